// A rank is shown of a size ("xếp hạng 27/30"). The rank a decision gave is of the size it
// published, whatever share of the cohort is loaded. A rank computed among the units loaded of a
// partial table (fewer loaded than the size published) is of the units loaded: shown of the
// published size it would claim a standing no decision gave ("4/34" for the fourth of ten).

type CohortShape = { total: number; ranked: number }

/** Whether a rank is one computed among the units loaded of a partial table (see above). */
export function isRankAmongLoaded(
  publishedRank: number | null | undefined,
  cohort: CohortShape,
): boolean {
  return publishedRank == null && cohort.ranked < cohort.total
}

/** The size a shown rank is of, and whether it is a rank among the units loaded. */
export type RankSize = { total: number; amongLoaded: boolean }

/** What a shown rank is of: the cohort's shown size, or the units loaded (see above). */
export function rankSize(publishedRank: number | null | undefined, cohort: CohortShape): RankSize {
  const amongLoaded = isRankAmongLoaded(publishedRank, cohort)
  return { total: amongLoaded ? cohort.ranked : cohort.total, amongLoaded }
}

/** The denominator of a shown rank (rankSize's `total`). */
export function rankDenominator(
  publishedRank: number | null | undefined,
  cohort: CohortShape,
): number {
  return rankSize(publishedRank, cohort).total
}
