import type { RankingSummary } from '#shared/dto/ranking.ts'
import { isRankAmongLoaded } from '#shared/kpi/rank-denominator.ts'
import type { GradeStyle } from '#client/lib/grade-styles.ts'
import type { PatternKind } from '#client/lib/palette.ts'

/**
 * The best or lowest unit of the tiles. Of a partly loaded cohort-year it is the best or lowest
 * of the units loaded, not of the cohort: `publishedRank` is the rank the decision gave it, of
 * the size it published ("7/82"), so that no reader takes it for first or last; null where the
 * cohort is loaded whole (its place in the tiles is its place) or no rank was published.
 */
export type KpiTileUnit = {
  name: string
  indexPct: number
  publishedRank: { rank: number; total: number } | null
}

export type KpiTiles = {
  count: number
  /** The cohort's size where fewer of its units are loaded (every tile is of those `count`). */
  partialOf: number | null
  average: number | null
  best: KpiTileUnit | null
  worst: KpiTileUnit | null
  grades: { code: string; label: string; color: string; pattern: PatternKind; count: number }[]
}

/** Cohort KPIs from its summary: mean index, best and lowest unit, units per grade (best band first). */
export function toKpiTiles(summary: RankingSummary, styles: GradeStyle[]): KpiTiles {
  if (summary.ranked === 0)
    return { count: 0, partialOf: null, average: null, best: null, worst: null, grades: [] }
  const partial = summary.ranked < summary.total
  const named = (entry: RankingSummary['best']): KpiTileUnit | null => {
    if (!entry) return null
    const published = entry.published?.rank
    const publishedRank =
      partial && published != null && !isRankAmongLoaded(published, summary)
        ? { rank: published, total: summary.total }
        : null
    return { name: entry.unit.name, indexPct: entry.indexPct, publishedRank }
  }
  return {
    count: summary.ranked,
    partialOf: partial ? summary.total : null,
    average: summary.averageIndexPct,
    best: named(summary.best),
    worst: named(summary.worst),
    grades: [...styles].reverse().map((s) => ({
      code: s.code,
      label: s.label,
      color: s.color,
      pattern: s.pattern,
      count: summary.gradeCounts.find((g) => g.grade === s.code)?.count ?? 0,
    })),
  }
}
