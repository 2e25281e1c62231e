// Every unit in memory for one import or recompute: codes, names within a parent, validity years
// and ancestors without a query per row. Unit tables are small (thousands), files are not.
import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import { unitCodeKey, yearReferenceDate } from '#shared/domain/units.ts'
import { foldUnitName } from '#shared/text/fold-unit-name.ts'
import { readUnitsVersion } from '#server/lib/data-version.ts'

/** A placement as the directory holds it (ISO dates, inclusive; null is open). */
export type PlacementInfo = {
  valid_from: string
  valid_to: string | null
  parent_code: string | null
  title: string | null
  /** The batch that wrote it (undo's key; carried so a later write's audit image keeps it). */
  import_batch_id: string | null
}

export type UnitInfo = {
  code: string
  name: string
  name_key: string
  kind: string
  valid_from: string | null
  valid_to: string | null
  /** Oldest first; never overlapping. */
  placements: PlacementInfo[]
}

export type UnitDirectory = {
  /** Upper-case code → unit (codes match without regard to case). */
  byCode: Map<string, UnitInfo>
  /** parent code → name key → units ever placed there (several when a name was reused). */
  byName: Map<string, Map<string, UnitInfo[]>>
}

/** The unit of a code as written, matched without regard to case. */
export function unitByCode(units: UnitDirectory, code: string): UnitInfo | undefined {
  return units.byCode.get(unitCodeKey(code))
}

/**
 * The last directory read through each database handle, with the unit table's fingerprint at
 * that time. A bulk load runs hundreds of imports in a row; re-reading 22,000 units for each
 * was 5 % of a national load.
 */
const lastRead = new WeakMap<object, { fingerprint: string; directory: UnitDirectory }>()

/**
 * The unit directory as `trx` sees it, reused from the last import through the same database
 * handle when the unit tables have not changed since: the units version (bumped by every write
 * of them) and a scan of each table. The unit table's part: the count
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
      sql<number>`sum(length(name) + length(kind) + length(coalesce(cast(valid_from as text), ''))
        + 3 * length(coalesce(cast(valid_to as text), '')))`.as('sum'),
    ])
    .executeTakeFirstOrThrow()
  // Placements change without touching the unit row: their own count and content join the print.
  const placed = await trx
    .selectFrom('unit_placement')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      sql<number>`sum(length(unit_code) + 2 * length(coalesce(parent_code, ''))
        + 3 * length(coalesce(cast(valid_to as text), '')) + 5 * length(coalesce(title, ''))
        + length(cast(valid_from as text)))`.as('sum'),
    ])
    .executeTakeFirstOrThrow()
  // Every write of a unit, placement or lineage row changes the units version (write-changes.ts,
  // undo-import.ts); the counts and sums above also catch writes made outside those paths.
  const version = await readUnitsVersion(trx)
  const fingerprint = `${version}|${Number(stamp.n)}|${stamp.at ?? ''}|${String(stamp.sum)}|${Number(placed.n)}|${String(placed.sum)}`
  const last = lastRead.get(db)
  if (last?.fingerprint === fingerprint) return last.directory
  const directory = await loadUnitDirectory(trx)
  lastRead.set(db, { fingerprint, directory })
  return directory
}

export async function loadUnitDirectory(
  db: Kysely<Database> | Transaction<Database>,
): Promise<UnitDirectory> {
  const [units, placements] = await Promise.all([
    db
      .selectFrom('unit')
      .select(['code', 'name', 'name_key', 'kind', 'valid_from', 'valid_to'])
      .execute(),
    db
      .selectFrom('unit_placement')
      .select(['unit_code', 'valid_from', 'valid_to', 'parent_code', 'title', 'import_batch_id'])
      .orderBy('unit_code')
      .orderBy('valid_from')
      .execute(),
  ])
  const byCode = new Map<string, UnitInfo>()
  const byName = new Map<string, Map<string, UnitInfo[]>>()
  for (const u of units) {
    byCode.set(unitCodeKey(u.code), {
      ...u,
      valid_from: u.valid_from === null ? null : String(u.valid_from),
      valid_to: u.valid_to === null ? null : String(u.valid_to),
      placements: [],
    })
  }
  for (const p of placements) {
    const unit = byCode.get(unitCodeKey(p.unit_code))
    if (!unit) continue
    unit.placements.push({
      valid_from: String(p.valid_from),
      valid_to: p.valid_to === null ? null : String(p.valid_to),
      parent_code: p.parent_code,
      title: p.title,
      import_batch_id: p.import_batch_id,
    })
    addName(byName, p.parent_code ?? '', unit)
  }
  for (const unit of byCode.values()) if (unit.placements.length === 0) addName(byName, '', unit)
  return { byCode, byName }
}

function addName(byName: UnitDirectory['byName'], parent: string, unit: UnitInfo) {
  let names = byName.get(parent)
  if (!names) byName.set(parent, (names = new Map()))
  // Folded again: a key stored by an earlier fold (before tone placements were matched) reads
  // as the name's key of today, with no stored row rewritten.
  const key = foldUnitName(unit.name_key)
  const list = names.get(key)
  if (!list) names.set(key, [unit])
  else if (!list.includes(unit)) list.push(unit)
}

/** Whether the unit existed at some time in `year`. */
export function validIn(unit: UnitInfo, year: number): boolean {
  return (
    (unit.valid_from === null || unit.valid_from <= yearReferenceDate(year)) &&
    (unit.valid_to === null || unit.valid_to >= `${year}-01-01`)
  )
}

/** The placement in force for `year` (ADR 014): containing 31 December, else the last begun. */
export function placementIn(unit: UnitInfo, year: number): PlacementInfo | undefined {
  const end = yearReferenceDate(year)
  const start = `${year}-01-01`
  let found: PlacementInfo | undefined
  for (const p of unit.placements) {
    if (p.valid_from <= end && (p.valid_to === null || p.valid_to >= start)) found = p
  }
  return found
}

/** The parent in force for `year` (null: none). */
export function parentIn(unit: UnitInfo, year: number): string | null {
  return placementIn(unit, year)?.parent_code ?? null
}

/** The unit's ancestors in force for `year`, nearest first (district → province → country). */
export function ancestors(units: UnitDirectory, unit: UnitInfo, year: number): UnitInfo[] {
  const chain: UnitInfo[] = []
  const up = (u: UnitInfo) => {
    const code = parentIn(u, year)
    return code === null ? undefined : unitByCode(units, code)
  }
  let parent = up(unit)
  while (parent && chain.length < 10) {
    chain.push(parent)
    parent = up(parent)
  }
  return chain
}
