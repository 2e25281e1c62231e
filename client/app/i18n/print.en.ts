import type { Widen } from './resources.ts'
import type { printVi } from './print.vi.ts'

/** English strings of the print area: the same keys as the Vietnamese. */
export const printEn: Widen<typeof printVi> = {}
