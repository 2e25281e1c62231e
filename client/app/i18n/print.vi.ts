/** Vietnamese strings of the print area, under their own top-level keys (merged into `translation`). */
export const printVi = {}
