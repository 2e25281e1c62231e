// The cohort an assessments row is ranked in: the parent the decision ranked it under, and one
// published size per cohort-year.
import { unitByCode } from '#server/write-path/unit-directory.ts'
import type { KindContext } from './import-kind.ts'
import type { PlannedAssessment } from './planned-assessment.ts'
import type { RowReader } from './row-reader.ts'

/** The first row that gave a cohort-year's published size, to report a file disagreeing with itself. */
export type SizeSeen = Map<string, { row: number; size: number }>

/**
 * The parent the decision ranked the unit under: the `cohort_parent` column, else the import's
 * `?parent=`, when either is the unit's parent or an ancestor that year (a province ranking its
 * communes across districts); else the parent in force that year.
 */
export function readCohortParent(
  r: RowReader,
  ctx: KindContext,
  unitCode: string,
  year: number,
  placed: string | null,
  chain: string[],
): string | null | undefined {
  const written = r.text('cohort_parent')
  const named = written !== '' ? written : ctx.parentCode
  if (named === undefined) return placed
  const parent = unitByCode(ctx.units, named)
  if (parent && (parent.code === placed || chain.includes(parent.code))) return parent.code
  return r.error(written !== '' ? 'cohort_parent' : 'unit_code', 'COHORT_PARENT', {
    unit: unitCode,
    value: named,
    year,
    current: placed ?? '—',
  })
}

/** One published size per cohort-year: a file that gives two is refused on the later row. */
export function checkSize(r: RowReader, sizes: SizeSeen, key: string, item: PlannedAssessment) {
  const size = item.assessment.published_cohort_size
  if (size === null) return
  const seen = sizes.get(key)
  if (!seen) sizes.set(key, { row: r.row, size })
  else if (seen.size !== size)
    r.error('cohort_size', 'INCONSISTENT_VALUE', {
      value: size,
      other: seen.size,
      row: seen.row,
      what: 'cohort-year',
    })
}
