import type { Widen } from './resources.ts'
import type { comparingVi } from './comparing.vi.ts'

/** English strings of the compare that follows area: the same keys as the Vietnamese. */
export const comparingEn: Widen<typeof comparingVi> = {}
