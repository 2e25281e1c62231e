// The number of units a cohort-year's decision ranked, as its published values give it. A size
// printed with the ranks is that size. A table that prints ranks alone, and lists fewer units
// than its highest rank (the first three and the last three of fifteen, as the press reports
// them), is part of a larger ranking whose size it does not say: the highest rank is the least
// it can be, and is taken as the size, so no rank is ever shown of fewer units than it ("15/6").
// The import says so where a file is such a table (RANKS_PAST_ROWS).

export type PublishedRankRow = {
  published_rank: number | null
  published_cohort_size: number | null
}

type Stored = number | string | null

/** A stored row's published rank and size as numbers (PostgreSQL reads some integers as text). */
export function publishedRankRowOf(row: {
  published_rank: Stored
  published_cohort_size: Stored
}): PublishedRankRow {
  const number = (value: Stored) => (value === null ? null : Number(value))
  return {
    published_rank: number(row.published_rank),
    published_cohort_size: number(row.published_cohort_size),
  }
}

/**
 * The cohort-year's size as its published values give it, or null where they give none: `rows`
 * are the cohort-year's rows a reader's ranking counts (drafts only for those who see them).
 */
export function impliedCohortSize(rows: readonly PublishedRankRow[]): number | null {
  let size: number | null = null
  let highestRank = 0
  for (const row of rows) {
    if (row.published_cohort_size !== null) size = Math.max(size ?? 0, row.published_cohort_size)
    if (row.published_rank !== null) highestRank = Math.max(highestRank, row.published_rank)
  }
  if (size !== null) return size
  return highestRank > rows.length ? highestRank : null
}
