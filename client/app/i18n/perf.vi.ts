/** Vietnamese strings of the perf area, under their own top-level keys (merged into `translation`). */
export const perfVi = {}
