// A cohort-year's counts, stored on its cohort_year row (ADR 023) by the writer that computes
// the facts beside its ranks: a summary of a 10,600-unit cohort-year reads one row instead of
// aggregating its ranks on every request. The same counts a summary once took in SQL: the
// changes, the units per grade and per withheld reason, the index sum and the median.
import { z } from 'zod'
import { NOT_COMPARABLE_REASONS, type NotComparableReason } from '#shared/kpi/comparability.ts'

/** One ranked row as the counts read it. */
export type CountedRow = {
  grade: string | null
  indexPct: number
  deltaPct: number | null
  notComparable: NotComparableReason | null
}

export const cohortYearCountsSchema = z.object({
  ranked: z.number().int(),
  indexSum: z.number(),
  median: z.number().nullable(),
  improved: z.number().int(),
  declined: z.number().int(),
  unchanged: z.number().int(),
  /** No previous standing and no reason withheld: new to the cohort. */
  noPrevious: z.number().int(),
  /** Rows per grade (null: no grade), in first-seen order. */
  grades: z.array(z.tuple([z.string().nullable(), z.number().int()])),
  /** Rows per withheld reason (COHORT_SIZE and AMONG_LOADED withhold the rank move only). */
  reasons: z.array(z.tuple([z.enum(NOT_COMPARABLE_REASONS), z.number().int()])),
})

export type CohortYearCounts = z.infer<typeof cohortYearCountsSchema>

/** The counts of one cohort-year's rows. */
export function countCohortYear(rows: readonly CountedRow[]): CohortYearCounts {
  const grades = new Map<string | null, number>()
  const reasons = new Map<NotComparableReason, number>()
  let indexSum = 0
  let improved = 0
  let declined = 0
  let unchanged = 0
  let noPrevious = 0
  const indices: number[] = []
  for (const row of rows) {
    grades.set(row.grade, (grades.get(row.grade) ?? 0) + 1)
    if (row.notComparable) reasons.set(row.notComparable, (reasons.get(row.notComparable) ?? 0) + 1)
    indexSum += row.indexPct
    indices.push(row.indexPct)
    if (row.deltaPct === null) {
      if (row.notComparable === null) noPrevious += 1
    } else if (row.deltaPct > 0) improved += 1
    else if (row.deltaPct < 0) declined += 1
    else unchanged += 1
  }
  return {
    ranked: rows.length,
    indexSum,
    median: medianOf(indices),
    improved,
    declined,
    unchanged,
    noPrevious,
    grades: [...grades],
    reasons: [...reasons],
  }
}

/** The middle value, or the mean of the middle two; null when there is none. */
function medianOf(values: number[]): number | null {
  if (values.length === 0) return null
  values.sort((a, b) => a - b)
  const middle = Math.floor(values.length / 2)
  return values.length % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2
}

/** The stored text read back; null when the row predates the counts or they are unreadable. */
export function parseCohortYearCounts(text: string | null): CohortYearCounts | null {
  if (text === null) return null
  const parsed = cohortYearCountsSchema.safeParse(JSON.parse(text))
  return parsed.success ? parsed.data : null
}
