import { localeOf, type Language } from '#client/lib/format.ts'

/** An ISO timestamp → "23/11/2026, 14:05" in the user's time zone; '–' when absent. */
export function formatTimestamp(iso: string | null | undefined, lang: Language): string {
  if (!iso) return '–'
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'short', timeStyle: 'short' }).format(
    date,
  )
}
