// The unit a row of an import names, by code or by name within its parent: an unknown or
// ambiguous name becomes an issue on the row with the nearest candidates, never a guess.
import { editDistance } from '#shared/text/edit-distance.ts'
import { foldUnitName } from '#shared/text/fold-unit-name.ts'
import {
  parentIn,
  unitByCode,
  validIn,
  type UnitDirectory,
  type UnitInfo,
} from '#server/write-path/unit-directory.ts'
import type { IssueParams } from './import-issues.ts'
import type { RowReader } from './row-reader.ts'

function validity(unit: UnitInfo): string {
  return `${unit.valid_from ?? '…'}–${unit.valid_to ?? '…'}`
}

/**
 * The unit of a row: by `unit_code`, or by `unit_name` within `parentCode` (DESIGN: names are
 * matched on their folded key, foldUnitName; an unknown or ambiguous name lists candidates,
 * never a guess; a name without its title is the one unit bearing it, said in a warning, ADR
 * 048). Checks the unit exists in `year`. With `parentItself`, a name that is the parent's own
 * (a district's office listed among its communes' grants, "UBND huyện Cẩm Giàng") is the parent.
 */
export function resolveUnit(
  r: RowReader,
  units: UnitDirectory,
  parentCode: string | undefined,
  year: number | undefined,
  options: { parentItself?: boolean } = {},
): UnitInfo | undefined {
  const code = r.text('unit_code')
  if (code !== '') {
    const unit = unitByCode(units, code)
    if (!unit) return r.error('unit_code', 'UNKNOWN_UNIT', { value: code })
    return checkYear(r, 'unit_code', unit, year)
  }
  const name = r.text('unit_name')
  if (name === '')
    return r.error(r.column('unit_code') ? 'unit_code' : 'unit_name', 'MISSING_VALUE')
  if (!parentCode) return r.error('unit_name', 'PARENT_REQUIRED')
  const siblings = childrenByName(units, parentCode)
  const key = foldUnitName(name)
  const inYear = (u: UnitInfo) => year === undefined || validIn(u, year)
  let matches = (siblings?.get(key) ?? []).filter(inYear)
  const parentUnit = unitByCode(units, parentCode)
  if (
    matches.length === 0 &&
    options.parentItself &&
    parentUnit &&
    foldUnitName(parentUnit.name_key) === key
  )
    return checkYear(r, 'unit_name', parentUnit, year)
  // A name printed without its title ("Nam Giang" under "Huyện, thị xã", "Tư pháp" under the
  // departments) is the one unit placed under the parent that year bearing it, said in a warning.
  if (matches.length === 0 && siblings && !TITLE_WORD.test(key)) {
    const parent = unitByCode(units, parentCode)?.code ?? parentCode
    const placed = (u: UnitInfo) =>
      inYear(u) && (year === undefined || parentIn(u, year) === parent)
    matches = (untitledNames(siblings).get(key) ?? []).filter(placed)
    const only = matches.length === 1 ? matches[0] : undefined
    if (only) {
      r.warn('unit_name', 'UNIT_NAMED_WITHOUT_TITLE', {
        value: name,
        unit: only.name,
        code: only.code,
      })
      return checkYear(r, 'unit_name', only, year)
    }
  }
  if (matches.length === 1) return checkYear(r, 'unit_name', matches[0] as UnitInfo, year)
  if (matches.length > 1) {
    return r.error(
      'unit_name',
      'AMBIGUOUS_UNIT',
      { value: name, matches: named(matches.slice(0, 5)) },
      { candidates: matches.map(candidate) },
    )
  }
  const all = [...(siblings?.values() ?? [])].flat()
  const nearest = closest(name, all, year)
  // The nearest few named in the message too, so a reader of the table sees them on the row.
  const params: IssueParams = { value: name }
  if (nearest.length > 0) params.nearest = named(nearest.slice(0, 3))
  return r.error('unit_name', 'UNKNOWN_UNIT', params, { candidates: nearest })
}

/** The titles a unit's folded name opens with. */
const TITLE_WORD = /^(?:bộ|tỉnh|sở|ban|huyện|quận|thị xã|thành phố|thị trấn|xã|phường|đặc khu) /u

/** A parent's children by their folded names without the title, built once per directory. */
const untitledByParent = new WeakMap<Map<string, UnitInfo[]>, Map<string, UnitInfo[]>>()

function untitledNames(siblings: Map<string, UnitInfo[]>): Map<string, UnitInfo[]> {
  let untitled = untitledByParent.get(siblings)
  if (untitled) return untitled
  untitled = new Map()
  for (const [key, list] of siblings) {
    if (!TITLE_WORD.test(key)) continue
    const bare = key.replace(TITLE_WORD, '')
    untitled.set(bare, [...(untitled.get(bare) ?? []), ...list])
  }
  untitledByParent.set(siblings, untitled)
  return untitled
}

/** The children of a parent (its code written in any case) by folded name. */
function childrenByName(units: UnitDirectory, parentCode: string) {
  return units.byName.get(unitByCode(units, parentCode)?.code ?? parentCode)
}

/** How a name matches a unit: as written, only without its title, or not at all. */
export type UnitNameMatch = 'exact' | 'untitled' | null

/**
 * Whether `name` names a child of `parentCode` (in any year): as written, or only as the name of
 * one without its title ("Trung Bình" of "Xã Trung Bình"), which a summing phrase outweighs.
 */
export function namesChild(units: UnitDirectory, parentCode: string, name: string): UnitNameMatch {
  const siblings = childrenByName(units, parentCode)
  if (!siblings) return null
  const key = foldUnitName(name)
  if ((siblings.get(key)?.length ?? 0) > 0) return 'exact'
  return !TITLE_WORD.test(key) && untitledNames(siblings).has(key) ? 'untitled' : null
}

function checkYear(r: RowReader, key: string, unit: UnitInfo, year: number | undefined) {
  if (year === undefined || validIn(unit, year)) return unit
  return r.error(key, 'UNIT_NOT_VALID_THAT_YEAR', { unit: unit.code, year, range: validity(unit) })
}

/** Units as a message lists them: "Sở Y tế (08.SYT); Sở Tư pháp (08.STP)". */
function named(units: readonly { code: string; name: string }[]): string {
  return units.map((u) => `${u.name} (${u.code})`).join('; ')
}

function candidate(u: UnitInfo) {
  return { code: u.code, name: u.name, validFrom: u.valid_from, validTo: u.valid_to }
}

/** Up to five units of the parent whose names are nearest the one written (edit distance). */
function closest(
  name: string,
  units: UnitInfo[],
  year: number | undefined,
): ReturnType<typeof candidate>[] {
  const key = foldUnitName(name)
  return units
    .filter((u) => year === undefined || validIn(u, year))
    .map((u) => ({ u, d: editDistance(key, foldUnitName(u.name_key)) }))
    .sort((a, b) => a.d - b.d || a.u.code.localeCompare(b.u.code))
    .slice(0, 5)
    .map(({ u }) => candidate(u))
}
