/** The two UI languages; Vietnamese is the default. */
export const LANGUAGES = ['vi', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' }

export function localeOf(lang: Language): string {
  return LOCALES[lang]
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

const numberFormats = new Map<string, Intl.NumberFormat>()

function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}:${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang), options)
    numberFormats.set(key, format)
  }
  return format
}

/** 80.1 → "80,1" (vi) / "80.1" (en); up to `digits` decimals, no trailing zeros. */
export function formatNumber(value: number | null | undefined, lang: Language, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–'
  return numberFormat(lang, { maximumFractionDigits: digits }).format(value)
}

/** A signed change: 5.35 → "+5,35", -1.2 → "−1,2", 0 → "0". */
export function formatDelta(value: number | null | undefined, lang: Language, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–'
  return numberFormat(lang, { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(
    value,
  )
}

/** A percentage given as 0–100: 80.1 → "80,1 %" (vi) / "80.1%" (en). */
export function formatPercent(value: number | null | undefined, lang: Language, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–'
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(value / 100)
}

/** Rank moves: +7 → "↑7", -2 → "↓2", 0 → "=", null → "–" (not comparable). */
export function formatRankChange(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–'
  if (value > 0) return `↑${value}`
  if (value < 0) return `↓${Math.abs(value)}`
  return '='
}

/** "5/15" in both languages. */
export function formatRank(rank: number | null | undefined, total?: number | null): string {
  if (rank === null || rank === undefined) return '–'
  return total ? `${rank}/${total}` : String(rank)
}

/**
 * An ISO date 'YYYY-MM-DD' → "01/07/2025" in both languages: two-digit day and month, as decisions
 * print them (vi-VN alone would give "1/7/2025").
 */
export function formatDate(iso: string | null | undefined, lang: Language): string {
  if (!iso) return '–'
  const [y, m, d] = iso.split('-').map(Number)
  if (!y || !m || !d) return iso
  return new Intl.DateTimeFormat(localeOf(lang), { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  )
}

/** Vietnamese collation for names, the server's own (shared/text/compare-vietnamese.ts). */
export { compareVietnamese as compareVi } from '#shared/text/compare-vietnamese.ts'

/** An ISO timestamp → "23/11/2026, 14:05" in the user's time zone; '–' when absent. */
export function formatTimestamp(iso: string | null | undefined, lang: Language): string {
  if (!iso) return '–'
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const style = { dateStyle: 'short', timeStyle: 'short' } as const
  return new Intl.DateTimeFormat(localeOf(lang), style).format(date)
}
