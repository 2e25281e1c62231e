import type { Widen } from './resources.ts'
import type { reportVi } from './report.vi.ts'

/** English strings of the report area: the same keys as the Vietnamese. */
export const reportEn: Widen<typeof reportVi> = {}
