import type { Widen } from './resources.ts'
import type { scorecardVi } from './scorecard.vi.ts'

/** English strings of the scorecard area: the same keys as the Vietnamese. */
export const scorecardEn: Widen<typeof scorecardVi> = {}
