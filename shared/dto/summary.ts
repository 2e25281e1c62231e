import type { TextLang } from '../text/format-number.ts'

/** GET /api/units/:code/summary */
export type UnitSummary = { text: string; year: number; lang: TextLang }
