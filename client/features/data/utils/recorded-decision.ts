import type { CohortYearStatus } from '#shared/dto/publication.ts'

/** A decision a draft year's file recorded, as the publish form's fields take it. */
export type RecordedDecision = { no: string; dateText: string }

/**
 * The decision a draft year has on record (its file's decision column or annex line, or the
 * one it was last published under), its date as dd/mm/yyyy: what the publish form offers. A
 * published year offers nothing: publishing it again is to replace its decision.
 */
export function recordedDecision(
  row: Pick<CohortYearStatus, 'status' | 'decisionNo' | 'decisionDate'> | undefined,
): RecordedDecision | null {
  if (!row || row.status !== 'DRAFT' || !row.decisionNo) return null
  const [year, month, day] = row.decisionDate?.split('-') ?? []
  return { no: row.decisionNo, dateText: year && month && day ? `${day}/${month}/${year}` : '' }
}
