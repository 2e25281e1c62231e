import { round } from '../kpi/round.ts'

export const TEXT_LANGS = ['vi', 'en'] as const
export type TextLang = (typeof TEXT_LANGS)[number]

/**
 * A number as written in running text: at most `maxDecimals` decimals, no trailing zeros, a
 * decimal comma in Vietnamese and a point in English; no grouping (indices and points < 1000).
 * @example formatNumber(80.1, 'vi') // '80,1'
 */
export function formatNumber(value: number, lang: TextLang, maxDecimals = 2): string {
  const text = String(round(value, maxDecimals))
  return lang === 'vi' ? text.replace('.', ',') : text
}

/** Ranks and rank moves as Vietnamese press releases print them: two digits (5 → "05"). */
export function padRank(value: number): string {
  return String(Math.abs(value)).padStart(2, '0')
}

/**
 * English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st.
 * @example ordinal(5) // '5th'
 */
export function ordinal(value: number): string {
  const lastTwo = value % 100
  if (lastTwo >= 11 && lastTwo <= 13) return `${value}th`
  const suffix = ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th'
  return `${value}${suffix}`
}
