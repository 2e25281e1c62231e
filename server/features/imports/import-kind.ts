import type { Kysely, Transaction } from 'kysely'
import type { Database, UnitPlacementRow } from '#server/db/schema.ts'
import { MAX_YEAR, MIN_YEAR } from '#shared/domain/units.ts'
import type { ChangeSet } from '#server/write-path/change-set.ts'
import type { ImportIssues } from './import-issues.ts'
import type { RowReader } from './row-reader.ts'
import type { Sheet } from './sheet.ts'
import type { UnitDirectory } from '#server/write-path/unit-directory.ts'
import type { WriteMeta } from '#server/write-path/write-changes.ts'

export type KindContext = {
  db: Kysely<Database> | Transaction<Database>
  units: UnitDirectory
  parentCode: string | undefined
  issues: ImportIssues
  set: ChangeSet
  now: string
  /** Units' placements as a units file leaves them so far (built as it is read). */
  placementPlan?: Map<string, UnitPlacementRow[]>
}

/** Writes a kind needs beyond plain-table upserts (schemes replace fields and bands). */
export type ExtraWrite = (trx: Transaction<Database>, meta: WriteMeta) => Promise<void>

/**
 * One import kind: validates every row (recording problems), then — only when the whole file
 * is valid — plans its changes into ctx.set. Returns extra writes, if any.
 */
export type KindHandler = (sheet: Sheet, ctx: KindContext) => Promise<ExtraWrite | void>

/**
 * A date cell that may hold a year (official tables write "2025" for the whole year): a year is
 * its first day for a start (`end` false) and its last day for an end.
 */
export function readDateOrYear(r: RowReader, key: string, end: boolean): string | null | undefined {
  const cell = r.text(key)
  if (/^\d{4}$/.test(cell)) {
    const year = Number(cell)
    if (year < MIN_YEAR || year > MAX_YEAR)
      return r.error(key, 'YEAR_OUT_OF_RANGE', { value: year, min: MIN_YEAR, max: MAX_YEAR })
    return end ? `${cell}-12-31` : `${cell}-01-01`
  }
  return r.date(key)
}

/** A required year within the product's range. */
export function readYear(r: RowReader, key = 'year', required = true): number | null | undefined {
  // A row without its own year is of the table's year (the import's, or its title's).
  const tableYear = key === 'year' ? r.sheet.defaultYear : null
  if (tableYear && r.text(key) === '') return tableYear.year
  const year = r.integer(key, required)
  if (year === null || year === undefined) return year
  if (tableYear?.from === 'request' && year !== tableYear.year)
    return r.error(key, 'YEAR_DIFFERS', { value: year, year: tableYear.year })
  const other = key === 'year' ? r.sheet.columnYears.find((c) => c.year !== year) : undefined
  if (other)
    return r.error(key, 'COLUMN_YEAR_DIFFERS', {
      column: other.header,
      columnYear: other.year,
      year,
    })
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return r.error(key, 'YEAR_OUT_OF_RANGE', { value: year, min: MIN_YEAR, max: MAX_YEAR })
  }
  return year
}

/** Remembers the first row of each key and reports later duplicates. */
export class DuplicateGuard {
  private readonly seen = new Map<string, number>()

  check(r: RowReader, key: string, column: string | null = null): boolean {
    const other = this.seen.get(key)
    if (other !== undefined) {
      r.error(column, 'DUPLICATE_ROW', { other, key })
      return false
    }
    this.seen.set(key, r.row)
    return true
  }
}
