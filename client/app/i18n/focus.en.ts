import type { Widen } from './resources.ts'
import type { focusVi } from './focus.vi.ts'

/** English strings of the my unit (focus), state that holds, rank history and phone tables area: the same keys as the Vietnamese. */
export const focusEn: Widen<typeof focusVi> = {}
