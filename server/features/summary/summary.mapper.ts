// Ranked row → SummaryFacts, through the same ranking line every page shows (published rank and
// size, comparability), so the sentence never says what the table does not.
import { isRankAmongLoaded, rankDenominator } from '#shared/kpi/rank-denominator.ts'
import type { UnitKind, UnitTitle } from '#shared/domain/units.ts'
import type { SummaryFacts } from '#shared/text/summary-sentence.ts'
import { cohortYearShapeOf, toRankingEntry } from '../rankings/rankings.mapper.ts'
import type { SummaryParts } from './summary.repository.ts'

export function toSummaryFacts(parts: SummaryParts, kind: string): SummaryFacts {
  const { row } = parts
  const year = Number(row.year)
  const shape = cohortYearShapeOf(row, parts.schemeChanged)
  const entry = toRankingEntry(row, year, [], shape)
  const withheld = entry.notComparable && !entry.notComparable.rankOnly
  const amongLoaded = isRankAmongLoaded(entry.published?.rank, shape)
  return {
    year,
    unitName: row.unit_name,
    unitTitle: parts.title as UnitTitle | null,
    unitKind: kind as UnitKind,
    points: entry.points,
    maxPoints: entry.maxPoints,
    indexPct: entry.indexPct,
    rank: entry.rank,
    total: rankDenominator(entry.published?.rank, shape),
    amongLoaded,
    // Of a published result only: a draft's rank is the product's as a matter of course.
    rankWorkedOut: entry.status === 'PUBLISHED' && entry.published?.rank == null && !amongLoaded,
    cohortBlock: parts.block === '' ? null : parts.block,
    tied: Number(row.tie_size) > 1,
    previous:
      entry.previous === null || withheld
        ? null
        : {
            year: entry.previous.year,
            indexPct: entry.previous.indexPct,
            rank: entry.notComparable?.rankOnly ? null : entry.previous.rank,
          },
    notComparable: entry.notComparable && {
      reason: entry.notComparable.reason,
      previousYear: entry.notComparable.previousYear,
    },
  }
}
