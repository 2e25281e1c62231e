/** Vietnamese strings of the report area, under their own top-level keys (merged into `translation`). */
export const reportVi = {}
