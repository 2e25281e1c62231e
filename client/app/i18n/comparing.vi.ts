/** Vietnamese strings of the compare that follows area, under their own top-level keys (merged into `translation`). */
export const comparingVi = {}
