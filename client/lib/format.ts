import { englishDate } from '#shared/text/date-text.ts'
import { formatMaxPoints as sharedFormatMaxPoints } from '#shared/text/format-number.ts'
import { decimalText } from './decimal-text.ts'
import type { Language } from './language.ts'

export { isLanguage, type Language, languageOf, LANGUAGES, localeOf } from './language.ts'

/**
 * The minus of a figure as the page, its print and its images write it: the minus sign (U+2212),
 * as wide as the plus of "+5,35" beside it and not a hyphen that could break the line. Files for
 * spreadsheets keep "-", which the CSV writer gives back (shared/text/csv.ts).
 */
export const MINUS_SIGN = '\u2212'

/**
 * A number's text as shown: its leading hyphen-minus (decimalText writes Intl's) made a minus
 * sign. Every formatter below writes through it, so a negative figure reads the same everywhere.
 * @example shownNumber('-1,20') // '−1,20'
 */
export function shownNumber(text: string): string {
  return text.startsWith('-') ? `${MINUS_SIGN}${text.slice(1)}` : text
}

/**
 * A count or a scheme's maximum, as written: up to `digits` decimals, no trailing zeros
 * (15 → "15", 71.5 → "71,5"). Indices, points and changes have their own fixed-decimal forms.
 */
export function formatNumber(value: number | null | undefined, lang: Language, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–'
  return shownNumber(decimalText(value, lang, { minDigits: 0, maxDigits: digits }))
}

/** Official tables print indices and scores with exactly two decimals: 80.1 → "80,10" / "80.10". */
const OFFICIAL_DECIMALS = 2

function fixed(
  value: number | null | undefined,
  lang: Language,
  digits: number,
  sign: 'auto' | 'exceptZero' = 'auto',
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–'
  return shownNumber(decimalText(value, lang, { minDigits: digits, maxDigits: digits, sign }))
}

/** A PAR Index (0–100) as official tables print it: 80.1 → "80,10" (vi) / "80.10" (en). */
export function formatIndex(value: number | null | undefined, lang: Language): string {
  return fixed(value, lang, OFFICIAL_DECIMALS)
}

/** Points scored (a unit's total or a field's), two decimals as the scheme's tables print them: "7,50". */
export function formatPoints(value: number | null | undefined, lang: Language): string {
  return fixed(value, lang, OFFICIAL_DECIMALS)
}

/**
 * A scheme's maximum points ("100", "71,5"): a property of the scheme, not a result, so written
 * as the scheme writes it, with no forced trailing zeros (shared/text/format-number.ts, the one
 * function the sentence, the report and the table downloads use).
 */
export function formatMaxPoints(value: number | null | undefined, lang: Language): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–'
  return sharedFormatMaxPoints(value, lang)
}

/** A signed change in index points, two decimals: 5.35 → "+5,35", -1.2 → "−1,20", 0 → "0,00". */
export function formatDelta(value: number | null | undefined, lang: Language): string {
  return fixed(value, lang, OFFICIAL_DECIMALS, 'exceptZero')
}

/** A percentage given as 0–100: 80.1 → "80,1 %" (vi) / "80.1%" (en); up to `digits` decimals. */
export function formatPercent(
  value: number | null | undefined,
  lang: Language,
  digits = 1,
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–'
  return shownNumber(
    decimalText(value / 100, lang, { minDigits: 0, maxDigits: digits, percent: true }),
  )
}

/**
 * A rate in a column of rates (a plan's completion): one decimal always, so the column reads
 * evenly ("71,0" under "93,5").
 */
export function formatRate(value: number | null | undefined, lang: Language): string {
  return fixed(value, lang, RATE_DECIMALS)
}

const RATE_DECIMALS = 1

/** A rate with its per cent sign, one decimal kept even when 0: 71.99 → "72,0%" / "72.0%". */
export function formatRatePercent(value: number | null | undefined, lang: Language): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–'
  return shownNumber(
    decimalText(value / 100, lang, {
      minDigits: RATE_DECIMALS,
      maxDigits: RATE_DECIMALS,
      percent: true,
    }),
  )
}

/** An index written with its per cent sign, two decimals: 90.48 → "90,48 %" / "90.48%". */
export function formatIndexPercent(value: number | null | undefined, lang: Language): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–'
  const digits = OFFICIAL_DECIMALS
  return shownNumber(
    decimalText(value / 100, lang, { minDigits: digits, maxDigits: digits, percent: true }),
  )
}

/**
 * An axis tick: a round scale mark, not a figure, so no trailing zeros ("80", "2,5"); the axis
 * title carries the unit.
 */
export function formatTick(value: number, lang: Language): string {
  return formatNumber(value, lang, 2)
}

/** A signed axis tick for changes: "+4", "−2", "0". */
export function formatDeltaTick(value: number, lang: Language): string {
  return shownNumber(decimalText(value, lang, { minDigits: 0, maxDigits: 2, sign: 'exceptZero' }))
}

/** Rank moves: +7 → "↑7", -2 → "↓2", 0 → "=", null → "–" (not comparable). */
export function formatRankChange(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–'
  if (value > 0) return `↑${value}`
  if (value < 0) return `↓${Math.abs(value)}`
  return '='
}

/** "5/15" in both languages (never "#5"). */
export function formatRank(rank: number | null | undefined, total?: number | null): string {
  if (rank === null || rank === undefined) return '–'
  return total ? `${rank}/${total}` : String(rank)
}

/** A rank in words, as running text and chart labels write it: "hạng 5" / "rank 5"; with a total "hạng 5/15". */
export function formatRankWords(
  rank: number | null | undefined,
  lang: Language,
  total?: number | null,
): string {
  if (rank === null || rank === undefined) return '–'
  return `${lang === 'vi' ? 'hạng' : 'rank'} ${formatRank(rank, total)}`
}

/**
 * An ISO date 'YYYY-MM-DD' → "01/07/2025" (vi), two-digit day and month as decisions print them
 * (vi-VN alone would give "1/7/2025"); "1 July 2025" (en), as English decisions and running text
 * write it: "01/07/2025" reads as 7 January to many readers of English.
 */
export function formatDate(iso: string | null | undefined, lang: Language): string {
  if (!iso) return '–'
  const [y, m, d] = iso.split('-').map(Number)
  if (!y || !m || !d) return iso
  return dayText(y, m, d, lang)
}

// Written out rather than by Intl.DateTimeFormat, so no locale data is loaded (decimal-text.ts).
function dayText(year: number, month: number, day: number, lang: Language): string {
  if (lang === 'en') return englishDate(year, month, day)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${two(day)}/${two(month)}/${year}`
}

/**
 * A span of years as a chart's subtitle writes it: "2019–2025", or the one year where it begins
 * and ends in the same one (never "2025–2025"), or the one known.
 */
export function formatYearSpan(first: number | undefined, last: number | undefined): string {
  if (first === undefined || first === last) return String(last ?? '')
  return last === undefined ? String(first) : `${first}–${last}`
}

/** Vietnamese collation for names, the server's own (shared/text/compare-vietnamese.ts). */
export { compareVi } from './compare-vi.ts'

/**
 * An ISO timestamp → "23/11/2026, 14:05" (vi) / "23 November 2026, 14:05" (en) in the user's time
 * zone, the date as formatDate writes it ('–' when absent). Intl's short style wrote
 * "14:05 23/11/26" for vi-VN.
 */
export function formatTimestamp(iso: string | null | undefined, lang: Language): string {
  if (!iso) return '–'
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const two = (n: number) => String(n).padStart(2, '0')
  const day = dayText(date.getFullYear(), date.getMonth() + 1, date.getDate(), lang)
  return `${day}, ${two(date.getHours())}:${two(date.getMinutes())}`
}

/** "63 và 34", "63, 45 và 34" / "63, 45 and 34": a list in running text, without locale data. */
export function listText(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items[0] ?? ''
  const and = lang === 'vi' ? 'và' : 'and'
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`
}
