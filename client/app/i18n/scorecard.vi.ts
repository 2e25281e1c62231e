/** Vietnamese strings of the scorecard area, under their own top-level keys (merged into `translation`). */
export const scorecardVi = {}
