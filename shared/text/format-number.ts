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

/**
 * An index, points scored or a change in points as official tables and announcements print them:
 * exactly two decimals (issue 16), a decimal comma in Vietnamese, a point in English.
 * @example formatOfficial(80.1, 'vi') // '80,10'
 */
export function formatOfficial(value: number, lang: TextLang): string {
  const text = round(value, 2).toFixed(2)
  return lang === 'vi' ? text.replace('.', ',') : text
}

/**
 * A scheme's maximum points, which is a property of the scheme, not a result: written as the
 * scheme writes it, with no forced trailing zeros ("100", "71,5", "2,25").
 * @example formatMaxPoints(71.5, 'vi') // '71,5'
 */
export function formatMaxPoints(value: number, lang: TextLang): string {
  return formatNumber(value, lang, 2)
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
