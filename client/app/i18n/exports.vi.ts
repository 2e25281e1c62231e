/** Vietnamese strings of the exports area, under their own top-level keys (merged into `translation`). */
export const exportsVi = {}
