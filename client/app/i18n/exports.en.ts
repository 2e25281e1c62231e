import type { Widen } from './resources.ts'
import type { exportsVi } from './exports.vi.ts'

/** English strings of the exports area: the same keys as the Vietnamese. */
export const exportsEn: Widen<typeof exportsVi> = {}
