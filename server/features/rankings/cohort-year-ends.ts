// The ends of every order a summary shows, cut from one read of the cohort-year's narrow facts
// (code, rank, change, rank move, withheld reason — all in the covering rank index): the top and
// bottom by rank, the movers by change and by rank move, the first units new to the cohort and
// of each withheld reason. Eight cuts of the index range, each a scan and a sort of the whole
// cohort-year in SQL, cost the 10,600-unit cohort about 15 ms a summary; one read, ≈ 4 ms.
import type { NotComparableReason } from '#shared/kpi/comparability.ts'

export type EndsRow = {
  unit_code: string
  rank: number
  delta_pct: number | null
  rank_change: number | null
  not_comparable: NotComparableReason | null
}

/** Rank ascending, then code: the order every list falls back on (stored-ranks.repository.ts). */
const byRank = (a: EndsRow, b: EndsRow) =>
  a.rank - b.rank || (a.unit_code < b.unit_code ? -1 : a.unit_code > b.unit_code ? 1 : 0)

/**
 * The first `n` rows with a value in `column`, that value in `dir` order, ties by rank: kept in
 * a sorted window of `n` while the rows pass once (no sort of the whole cohort-year).
 */
function movers(
  rows: readonly EndsRow[],
  column: 'delta_pct' | 'rank_change',
  dir: 'asc' | 'desc',
  n: number,
): string[] {
  const sign = dir === 'asc' ? 1 : -1
  const before = (a: EndsRow, b: EndsRow) => sign * (a[column]! - b[column]!) || byRank(a, b)
  const best: EndsRow[] = []
  for (const row of rows) {
    if (row[column] === null) continue
    if (best.length === n && before(row, best[n - 1]!) >= 0) continue
    let at = best.length
    while (at > 0 && before(row, best[at - 1]!) < 0) at -= 1
    best.splice(at, 0, row)
    if (best.length > n) best.pop()
  }
  return best.map((r) => r.unit_code)
}

/** The first `n` rows (in the order given) that `keep` accepts. */
function firstCodes(rows: readonly EndsRow[], n: number, keep: (row: EndsRow) => boolean) {
  const out: string[] = []
  for (const row of rows) {
    if (out.length === n) break
    if (keep(row)) out.push(row.unit_code)
  }
  return out
}

/** Ends of every order of one cohort-year's rows, `n` units each. */
export function cohortYearEnds(
  rows: readonly EndsRow[],
  n: number,
  withheldReasons: readonly NotComparableReason[],
) {
  // The read gives rank order already (the rank index's own order); sorting a sorted list is
  // one pass, and keeps this correct for any input.
  const ranked = [...rows].sort(byRank)
  const unchanged = (reason: NotComparableReason | null) => (r: EndsRow) =>
    r.delta_pct === null && r.not_comparable === reason
  return {
    lists: {
      top: firstCodes(ranked, n, () => true),
      bottom: ranked.slice(Math.max(0, ranked.length - n)).map((r) => r.unit_code),
      risers: movers(ranked, 'delta_pct', 'desc', n),
      fallers: movers(ranked, 'delta_pct', 'asc', n),
      rankRisers: movers(ranked, 'rank_change', 'desc', n),
      rankFallers: movers(ranked, 'rank_change', 'asc', n),
    },
    noPrevious: firstCodes(ranked, n, unchanged(null)),
    withheld: withheldReasons.map((reason) => firstCodes(ranked, n, unchanged(reason))),
  }
}
