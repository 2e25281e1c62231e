/** Vietnamese strings of the my unit (focus), state that holds, rank history and phone tables area, under their own top-level keys (merged into `translation`). */
export const focusVi = {}
