// Ranked rows → RankingEntry. rank(), count(*) over () are int8 on PostgreSQL: the pg parser in
// create-db.ts makes them numbers, and Number() here guards any path without it (STYLE B.6).
import { isRankAmongLoaded, rankDenominator } from '#shared/kpi/rank-denominator.ts'
import type { NotComparable, RankingEntry } from '#shared/dto/ranking.ts'
import { isRankOnly, withoutRankMove, yearOverYear } from '#shared/kpi/comparability.ts'
import type { GradeBand } from '#shared/kpi/grade.ts'
import { publishedFlags } from '#shared/kpi/published-flags.ts'
import type { NotComparableReason } from '#shared/kpi/comparability.ts'
import type { RankedRow } from '#server/cohorts/cohorts.repository.ts'
import type { StoredRankRow } from './stored-ranks.repository.ts'

/** What a line needs of its cohort-year: the size shown, the units loaded, a scheme change. */
export type CohortYearShape = { total: number; ranked: number; schemeChanged: boolean }

/** The cohort-year shape of a narrowed ranked row (profile, summary, compare). */
export function cohortYearShapeOf(
  row: Pick<RankedRow, 'total' | 'ranked'>,
  schemeChanged: boolean,
): CohortYearShape {
  return { total: Number(row.total), ranked: Number(row.ranked), schemeChanged }
}

const orNull = (value: number | null) => (value === null ? null : Number(value))

/** The columns a ranking line is built from (a full ranking's row or a narrowed RankedRow). */
type RankingRowLike = Omit<RankedRow, 'total' | 'tie_size' | 'ranked' | 'published_size'>

/** The columns both kinds of ranked row (computed and stored) hold under the same names. */
type LineColumn =
  | 'unit_code'
  | 'unit_name'
  | 'rank'
  | 'index_pct'
  | 'points'
  | 'max_points'
  | 'grade'
  | 'prev_rank'
  | 'prev_index_pct'
  | 'prev_total'
  | 'published_rank'
  | 'published_grade'
  | 'published_index_pct'
  | 'predecessors'
  | 'status'

type LineRow = Pick<RankingRowLike, LineColumn> | Pick<StoredRankRow, LineColumn>

/** The previous year's standing, where the row has one. */
function previousOf(row: LineRow, year: number) {
  const prevRank = orNull(row.prev_rank)
  const prevIndex = orNull(row.prev_index_pct)
  return prevRank === null || prevIndex === null
    ? null
    : { year: year - 1, indexPct: prevIndex, rank: prevRank, total: Number(row.prev_total) }
}

/** Why a change is withheld, with the previous year and the units merged into this one. */
function notComparableOf(
  row: LineRow,
  year: number,
  why: Pick<NotComparable, 'reason' | 'rankOnly'> | null,
): NotComparable | null {
  return (
    why && {
      ...why,
      previousYear: year - 1,
      predecessors: row.predecessors.map((p) => ({
        unit: { code: p.unit_code, name: p.unit_name },
        parent:
          p.parent_code === null
            ? null
            : { code: p.parent_code, name: p.parent_name ?? p.parent_code },
        year: p.year,
        indexPct: p.index_pct,
        rank: p.rank,
        total: p.total,
        via: p.via && { unit: { code: p.via.code, name: p.via.name }, date: p.via.date },
      })),
    }
  )
}

/** What the decision published, or null where it published nothing. */
function publishedOf(row: LineRow) {
  const hasPublished =
    row.published_rank !== null || row.published_grade !== null || row.published_index_pct !== null
  return hasPublished
    ? {
        rank: orNull(row.published_rank),
        grade: row.published_grade,
        indexPct: orNull(row.published_index_pct),
      }
    : null
}

/** The line, from the row and what its kind decides: the grade shown and the change. */
function lineOf(
  row: LineRow,
  year: number,
  bands: readonly GradeBand[],
  { total, ranked }: CohortYearShape,
  decided: Pick<RankingEntry, 'grade' | 'deltaPct' | 'rankChange' | 'notComparable'>,
): RankingEntry {
  const computedRank = Number(row.rank)
  const indexPct = Number(row.index_pct)
  const published = publishedOf(row)
  return {
    unit: { code: row.unit_code, name: row.unit_name },
    rank: published?.rank ?? computedRank,
    computedRank,
    indexPct,
    points: orNull(row.points),
    maxPoints: orNull(row.max_points),
    grade: decided.grade,
    previous: previousOf(row, year),
    deltaPct: decided.deltaPct,
    rankChange: decided.rankChange,
    notComparable: decided.notComparable,
    published,
    flags: publishedFlags(
      { rank: computedRank, grade: row.grade, indexPct },
      published && ranked < total ? { ...published, rank: null } : published,
      bands,
    ),
    status: row.status,
  }
}

/**
 * A ranked row → RankingEntry: the published rank where the decision gave one (the computed one
 * beside it), and the change on the previous year only where the two years compare (ADR 014).
 * A published rank is checked against the computed one only when the whole cohort is loaded:
 * of a partial table the computed rank is a rank among the units loaded.
 */
export function toRankingEntry(
  row: RankingRowLike,
  year: number,
  bands: readonly GradeBand[],
  cohort: CohortYearShape,
): RankingEntry {
  const rank = row.published_rank === null ? Number(row.rank) : Number(row.published_rank)
  const previous = previousOf(row, year)
  // A rank computed among a partial table's units is of those units: no move against a year's.
  const publishedRank = orNull(row.published_rank)
  const change = withoutRankMove(
    yearOverYear(
      { indexPct: Number(row.index_pct), rank, total: rankDenominator(publishedRank, cohort) },
      previous,
      {
        lineage: row.lineage.length > 0,
        schemeChanged: previous !== null && cohort.schemeChanged,
        otherCohort: row.other_cohort,
      },
    ),
    isRankAmongLoaded(publishedRank, cohort) || row.prev_among_loaded,
  )
  return lineOf(row, year, bands, cohort, {
    // The stored grade is computed from the scheme; without a scheme the published one stands in.
    grade: row.grade ?? row.published_grade,
    deltaPct: change.deltaPct,
    rankChange: change.rankChange,
    notComparable: notComparableOf(row, year, change.notComparable),
  })
}

/** The flat CSV row of a ranking entry (canonical snake_case keys). */
export function toRankingCsvRow(entry: RankingEntry, year: number) {
  return {
    year,
    unit_code: entry.unit.code,
    unit_name: entry.unit.name,
    rank: entry.rank,
    computed_rank: entry.computedRank,
    index_pct: entry.indexPct,
    points: entry.points,
    max_points: entry.maxPoints,
    grade: entry.grade,
    previous_year: entry.previous?.year,
    previous_index_pct: entry.previous?.indexPct,
    previous_rank: entry.previous?.rank,
    delta_pct: entry.deltaPct,
    rank_change: entry.rankChange,
    not_comparable: entry.notComparable?.reason,
    published_rank: entry.published?.rank,
    published_grade: entry.published?.grade,
    published_index_pct: entry.published?.indexPct,
    flags: entry.flags.join(' '),
    status: entry.status,
  }
}

export const RANKING_CSV_COLUMNS = [
  'year',
  'unit_code',
  'unit_name',
  'rank',
  'computed_rank',
  'index_pct',
  'points',
  'max_points',
  'grade',
  'previous_year',
  'previous_index_pct',
  'previous_rank',
  'delta_pct',
  'rank_change',
  'not_comparable',
  'published_rank',
  'published_grade',
  'published_index_pct',
  'flags',
  'status',
] as const

/**
 * A stored rank row (ADR 015) → RankingEntry: the same line toRankingEntry() builds, with the
 * previous year and the change read from the facts stored beside the rank rather than computed
 * per request.
 */
export function toStoredRankingEntry(
  row: StoredRankRow,
  year: number,
  bands: readonly GradeBand[],
  cohort: CohortYearShape,
): RankingEntry {
  const reason = row.not_comparable as NotComparableReason | null
  return lineOf(row, year, bands, cohort, {
    grade: row.shown_grade,
    deltaPct: orNull(row.delta_pct),
    rankChange: orNull(row.rank_change),
    notComparable: notComparableOf(row, year, reason && { reason, rankOnly: isRankOnly(reason) }),
  })
}
