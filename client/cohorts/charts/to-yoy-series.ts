import type { RankingEntry } from '#shared/dto/ranking.ts'
import type { NotComparableReason } from '#shared/kpi/comparability.ts'

export type YoyRow = {
  code: string
  name: string
  deltaPct: number
  rankChange: number | null
  previousRank: number | null
  previousTotal: number | null
  rank: number
  /** The rank the decision gave, null if it gave none (then a rank among the units loaded). */
  publishedRank?: number | null
  /** Set when the rank move alone is withheld (the cohort's size changed). */
  rankWithheld: NotComparableReason | null
}

type Named = { code: string; name: string }

export type YoySeries = {
  /** Units with an index change, largest gain first. */
  rows: YoyRow[]
  /** Units whose change is withheld, by reason (ADR 014), in the API's order. */
  withheld: Partial<Record<NotComparableReason, Named[]>>
  /** Units with no result in the cohort the previous year (new to it). */
  noPrevious: Named[]
}

/**
 * Year-over-year changes, largest gain first. A withheld change or a unit without a previous
 * result is returned apart, never drawn as a zero change.
 */
export function toYoySeries(items: readonly RankingEntry[]): YoySeries {
  const rows: YoyRow[] = []
  const withheld: YoySeries['withheld'] = {}
  const noPrevious: Named[] = []
  for (const item of items) {
    const unit = { code: item.unit.code, name: item.unit.name }
    if (item.deltaPct === null) {
      const reason = item.notComparable?.reason
      if (reason) (withheld[reason] ??= []).push(unit)
      else noPrevious.push(unit)
      continue
    }
    rows.push({
      ...unit,
      deltaPct: item.deltaPct,
      rankChange: item.rankChange,
      previousRank: item.previous?.rank ?? null,
      previousTotal: item.previous?.total ?? null,
      rank: item.rank,
      publishedRank: item.published?.rank ?? null,
      rankWithheld: item.notComparable?.rankOnly ? item.notComparable.reason : null,
    })
  }
  rows.sort((a, b) => b.deltaPct - a.deltaPct || a.rank - b.rank)
  return { rows, withheld, noPrevious }
}

/** Whether any bar's label writes a rank move ("↑7"): its key is then due in the legend. */
export function drawsRankMoves(rows: readonly Pick<YoyRow, 'rankChange'>[]): boolean {
  return rows.some((row) => row.rankChange !== null)
}
