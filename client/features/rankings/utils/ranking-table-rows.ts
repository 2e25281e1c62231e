import type { NotComparable, RankingEntry } from '#shared/dto/ranking.ts'
import type { PublishedFlag } from '#shared/kpi/published-flags.ts'
import { styleOf, type GradeStyle } from '#client/lib/grade-styles.ts'
import type { PatternKind } from '#client/lib/palette.ts'

export type RankingTableRow = {
  code: string
  name: string
  /** The published rank where given (ADR 014). */
  rank: number
  computedRank: number
  indexPct: number
  /** null for index-only results. */
  points: number | null
  maxPoints: number | null
  grade: string | null
  gradeLabel: string
  gradeColor: string
  gradePattern: PatternKind
  previousIndex: number | null
  previousRank: number | null
  previousTotal: number | null
  deltaPct: number | null
  rankChange: number | null
  notComparable: NotComparable | null
  flags: PublishedFlag[]
  published: RankingEntry['published']
}

/** Ranking entries → flat rows for the sortable rankings table. */
export function toRankingTableRows(
  items: readonly RankingEntry[],
  styles: GradeStyle[],
): RankingTableRow[] {
  return items.map((item) => {
    const style = styleOf(styles, item.grade)
    return {
      code: item.unit.code,
      name: item.unit.name,
      rank: item.rank,
      computedRank: item.computedRank,
      indexPct: item.indexPct,
      points: item.points,
      maxPoints: item.maxPoints,
      grade: item.grade,
      gradeLabel: style.label,
      gradeColor: style.color,
      gradePattern: style.pattern,
      previousIndex: item.previous?.indexPct ?? null,
      previousRank: item.previous?.rank ?? null,
      previousTotal: item.previous?.total ?? null,
      deltaPct: item.deltaPct,
      rankChange: item.rankChange,
      notComparable: item.notComparable,
      flags: item.flags,
      published: item.published,
    }
  })
}
