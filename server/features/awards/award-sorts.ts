import type { AwardEntry } from '#shared/dto/award.ts'
import type { AwardSort } from '#shared/schemas/awards.schema.ts'

/** The value each order of the award list sorts on (null: by name). */
export const AWARD_SORT_VALUE: Record<AwardSort, ((entry: AwardEntry) => number) | null> = {
  name: null,
  total: (e) => e.total,
  collective: (e) => e.collective,
  individual: (e) => e.individual,
  household: (e) => e.household,
}
