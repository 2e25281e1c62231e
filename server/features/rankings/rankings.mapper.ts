// Ranked rows → RankingEntry. rank(), count(*) over () are int8 on PostgreSQL: the pg parser in
// create-db.ts makes them numbers, and Number() here guards any path without it (STYLE B.6).
import type { RankingEntry } from '#shared/dto/ranking.ts'
import type { GradeBand } from '#shared/kpi/grade.ts'
import { publishedFlags } from '#shared/kpi/published-flags.ts'
import { deltaPct, rankChange } from '#shared/kpi/year-over-year.ts'
import type { RankedRow } from '../cohorts/cohorts.repository.ts'

const orNull = (value: number | null) => (value === null ? null : Number(value))

/** The columns a ranking line is built from (a full ranking's row or a narrowed RankedRow). */
type RankingRowLike = Omit<RankedRow, 'total' | 'tie_size'>

export function toRankingEntry(
  row: RankingRowLike,
  year: number,
  bands: readonly GradeBand[],
): RankingEntry {
  const rank = Number(row.rank)
  const indexPct = Number(row.index_pct)
  const prevRank = orNull(row.prev_rank)
  const prevIndex = orNull(row.prev_index_pct)
  const hasPublished =
    row.published_rank !== null || row.published_grade !== null || row.published_index_pct !== null
  const published = hasPublished
    ? {
        rank: orNull(row.published_rank),
        grade: row.published_grade,
        indexPct: orNull(row.published_index_pct),
      }
    : null
  return {
    unit: { code: row.unit_code, name: row.unit_name },
    rank,
    indexPct,
    points: Number(row.points),
    maxPoints: Number(row.max_points),
    // The stored grade is computed from the scheme; without a scheme the published one stands in.
    grade: row.grade ?? row.published_grade,
    previous:
      prevRank === null || prevIndex === null
        ? null
        : { year: year - 1, indexPct: prevIndex, rank: prevRank },
    deltaPct: deltaPct(indexPct, prevIndex),
    rankChange: rankChange(rank, prevRank),
    published,
    flags: publishedFlags({ rank, grade: row.grade, indexPct }, published, bands),
    status: row.status,
  }
}

/** The flat CSV row of a ranking entry (canonical snake_case keys). */
export function toRankingCsvRow(entry: RankingEntry, year: number) {
  return {
    year,
    unit_code: entry.unit.code,
    unit_name: entry.unit.name,
    rank: entry.rank,
    index_pct: entry.indexPct,
    points: entry.points,
    max_points: entry.maxPoints,
    grade: entry.grade,
    previous_year: entry.previous?.year,
    previous_index_pct: entry.previous?.indexPct,
    previous_rank: entry.previous?.rank,
    delta_pct: entry.deltaPct,
    rank_change: entry.rankChange,
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
  'index_pct',
  'points',
  'max_points',
  'grade',
  'previous_year',
  'previous_index_pct',
  'previous_rank',
  'delta_pct',
  'rank_change',
  'published_rank',
  'published_grade',
  'published_index_pct',
  'flags',
  'status',
] as const
