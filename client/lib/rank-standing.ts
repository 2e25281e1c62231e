// A rank's place in its cohort, for charts that draw ranks of cohorts of different sizes on one
// axis (after a merger: 30th of 63, then 15th of 34). Drawn by rank, the last of the smaller
// cohort would sit halfway up and every unit would seem to rise; drawn by place, first is first
// and last is last in every year.

/** The sizes of the cohorts ranks were among, each once, in the order given (0: none). */
export function cohortSizes(totals: Iterable<number>): number[] {
  return [...new Set([...totals].filter((total) => total > 0))]
}

/** 0 for the first (or the only one), 1 for the last. */
export function standingOf(rank: number, total: number): number {
  return total <= 1 ? 0 : (rank - 1) / (total - 1)
}

/** What an axis of places writes: its title and its three marks. */
export type StandingLabels = { axis: string; first: string; middle: string; last: string }

/** The axis of places in the reader's language. */
export function standingLabels(t: (key: string) => string): StandingLabels {
  return {
    axis: t('standing.axis'),
    first: t('standing.first'),
    middle: t('standing.middle'),
    last: t('standing.last'),
  }
}
