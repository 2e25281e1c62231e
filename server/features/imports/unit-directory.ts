// Every unit in memory for one import: resolving codes, names within a parent, validity years
// and ancestors without a query per row. Unit tables are small (thousands), files are not.
import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import { foldUnitName } from '#shared/text/fold-unit-name.ts'
import type { RowReader } from './import-sheet.ts'

export type UnitInfo = {
  code: string
  name: string
  name_key: string
  kind: string
  parent_code: string | null
  valid_from: number | null
  valid_to: number | null
}

export type UnitDirectory = {
  byCode: Map<string, UnitInfo>
  /** parent code → name key → units (several when a name was reused over time). */
  byName: Map<string, Map<string, UnitInfo[]>>
}

/**
 * The last directory read through each database handle, with the unit table's fingerprint at
 * that time. A bulk load runs hundreds of imports in a row; re-reading 22,000 units for each
 * was 5 % of a national load.
 */
const lastRead = new WeakMap<object, { fingerprint: string; directory: UnitDirectory }>()

/**
 * The unit directory as `trx` sees it, reused from the last import through the same database
 * handle when the unit table has not changed since. The fingerprint is one scan: the count
 * (moves on inserts and deletes), the latest `updated_at` (every write of a unit row sets it
 * to the time of the write) and a sum over the columns the directory holds (a write within the
 * same millisecond as the latest one). An undo that restores older rows brings back exactly
 * the content the older fingerprint stood for.
 */
export async function unitDirectoryFor(
  db: Kysely<Database>,
  trx: Kysely<Database> | Transaction<Database>,
): Promise<UnitDirectory> {
  const stamp = await trx
    .selectFrom('unit')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.max('updated_at').as('at'),
      sql<number>`sum(length(name) + length(kind) + length(coalesce(parent_code, ''))
        + coalesce(valid_from, 0) + 3 * coalesce(valid_to, 0))`.as('sum'),
    ])
    .executeTakeFirstOrThrow()
  const fingerprint = `${Number(stamp.n)}|${stamp.at ?? ''}|${String(stamp.sum)}`
  const last = lastRead.get(db)
  if (last?.fingerprint === fingerprint) return last.directory
  const directory = await loadUnitDirectory(trx)
  lastRead.set(db, { fingerprint, directory })
  return directory
}

export async function loadUnitDirectory(
  db: Kysely<Database> | Transaction<Database>,
): Promise<UnitDirectory> {
  const units = await db
    .selectFrom('unit')
    .select(['code', 'name', 'name_key', 'kind', 'parent_code', 'valid_from', 'valid_to'])
    .execute()
  const byCode = new Map<string, UnitInfo>()
  const byName = new Map<string, Map<string, UnitInfo[]>>()
  for (const u of units) {
    byCode.set(u.code, u)
    const parent = u.parent_code ?? ''
    let names = byName.get(parent)
    if (!names) byName.set(parent, (names = new Map()))
    const list = names.get(u.name_key)
    if (list) list.push(u)
    else names.set(u.name_key, [u])
  }
  return { byCode, byName }
}

export function validIn(unit: UnitInfo, year: number): boolean {
  return (
    (unit.valid_from === null || year >= unit.valid_from) &&
    (unit.valid_to === null || year <= unit.valid_to)
  )
}

function validity(unit: UnitInfo): string {
  return `${unit.valid_from ?? '…'}–${unit.valid_to ?? '…'}`
}

/**
 * The unit of a row: by `unit_code`, or by `unit_name` within `parentCode` (DESIGN: names are
 * matched after NFC, case and whitespace folding and a leading "UBND" dropped; an unknown or
 * ambiguous name lists candidates, never a guess). Checks the unit exists in `year`.
 */
export function resolveUnit(
  r: RowReader,
  units: UnitDirectory,
  parentCode: string | undefined,
  year: number | undefined,
): UnitInfo | undefined {
  const code = r.text('unit_code')
  if (code !== '') {
    const unit = units.byCode.get(code)
    if (!unit) return r.error('unit_code', 'UNKNOWN_UNIT', { value: code })
    return checkYear(r, 'unit_code', unit, year)
  }
  const name = r.text('unit_name')
  if (name === '')
    return r.error(r.column('unit_code') ? 'unit_code' : 'unit_name', 'MISSING_VALUE')
  if (!parentCode) return r.error('unit_name', 'PARENT_REQUIRED')
  const siblings = units.byName.get(parentCode)
  const matches = (siblings?.get(foldUnitName(name)) ?? []).filter(
    (u) => year === undefined || validIn(u, year),
  )
  if (matches.length === 1) return checkYear(r, 'unit_name', matches[0] as UnitInfo, year)
  if (matches.length > 1) {
    return r.error(
      'unit_name',
      'AMBIGUOUS_UNIT',
      { value: name },
      { candidates: matches.map(candidate) },
    )
  }
  const all = [...(siblings?.values() ?? [])].flat()
  return r.error(
    'unit_name',
    'UNKNOWN_UNIT',
    { value: name },
    { candidates: closest(name, all, year) },
  )
}

function checkYear(r: RowReader, key: string, unit: UnitInfo, year: number | undefined) {
  if (year === undefined || validIn(unit, year)) return unit
  return r.error(key, 'UNIT_NOT_VALID_THAT_YEAR', { unit: unit.code, year, range: validity(unit) })
}

function candidate(u: UnitInfo) {
  return { code: u.code, name: u.name, validFrom: u.valid_from, validTo: u.valid_to }
}

/** Up to five units of the parent whose names are nearest the one written (edit distance). */
function closest(name: string, units: UnitInfo[], year: number | undefined) {
  const key = foldUnitName(name)
  return units
    .filter((u) => year === undefined || validIn(u, year))
    .map((u) => ({ u, d: distance(key, u.name_key) }))
    .sort((a, b) => a.d - b.d || a.u.code.localeCompare(b.u.code))
    .slice(0, 5)
    .map(({ u }) => candidate(u))
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
    prev = cur
  }
  return prev[b.length] ?? 0
}

/** The unit's ancestors, nearest first (district → province → country). */
export function ancestors(units: UnitDirectory, unit: UnitInfo): UnitInfo[] {
  const chain: UnitInfo[] = []
  let parent = unit.parent_code ? units.byCode.get(unit.parent_code) : undefined
  while (parent && chain.length < 10) {
    chain.push(parent)
    parent = parent.parent_code ? units.byCode.get(parent.parent_code) : undefined
  }
  return chain
}
