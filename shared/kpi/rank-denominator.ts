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

/** The denominator of a shown rank: the cohort's shown size, or the units loaded (see above). */
export function rankDenominator(
  publishedRank: number | null | undefined,
  cohort: CohortShape,
): number {
  return isRankAmongLoaded(publishedRank, cohort) ? cohort.ranked : cohort.total
}
