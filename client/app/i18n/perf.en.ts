import type { Widen } from './resources.ts'
import type { perfVi } from './perf.vi.ts'

/** English strings of the perf area: the same keys as the Vietnamese. */
export const perfEn: Widen<typeof perfVi> = {}
