import type { RankingEntry } from '#shared/dto/ranking.ts'
import type { PatternKind } from '#client/lib/palette.ts'
import { styleOf, type GradeStyle } from '#client/lib/grade-styles.ts'

export type RankingRow = {
  code: string
  name: string
  rank: number
  /** The rank the decision gave, null if it gave none (then a rank among the units loaded). */
  publishedRank?: number | null
  indexPct: number
  grade: string | null
  gradeLabel: string
  color: string
  pattern: PatternKind
}

/** Ranking entries → bars in rank order (ties keep the API's order), coloured by grade. */
export function toRankingSeries(
  items: readonly RankingEntry[],
  styles: GradeStyle[],
): RankingRow[] {
  return [...items]
    .sort((a, b) => a.rank - b.rank)
    .map((item) => {
      const style = styleOf(styles, item.grade)
      return {
        code: item.unit.code,
        name: item.unit.name,
        rank: item.rank,
        publishedRank: item.published?.rank ?? null,
        indexPct: item.indexPct,
        grade: item.grade,
        gradeLabel: style.label,
        color: style.color,
        pattern: style.pattern,
      }
    })
}
