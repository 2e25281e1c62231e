import type { RankingEntry } from '#shared/dto/ranking.ts'

export type YoyRow = {
  code: string
  name: string
  deltaPct: number
  rankChange: number | null
  previousRank: number | null
  rank: number
}

/**
 * Year-over-year changes, largest gain first. Units without a previous result in the cohort
 * are not comparable: they are returned apart, never drawn as a zero change.
 */
export function toYoySeries(items: readonly RankingEntry[]) {
  const rows: YoyRow[] = []
  const notComparable: { code: string; name: string }[] = []
  for (const item of items) {
    if (item.deltaPct === null) {
      notComparable.push({ code: item.unit.code, name: item.unit.name })
      continue
    }
    rows.push({
      code: item.unit.code,
      name: item.unit.name,
      deltaPct: item.deltaPct,
      rankChange: item.rankChange,
      previousRank: item.previous?.rank ?? null,
      rank: item.rank,
    })
  }
  rows.sort((a, b) => b.deltaPct - a.deltaPct || a.rank - b.rank)
  return { rows, notComparable }
}
