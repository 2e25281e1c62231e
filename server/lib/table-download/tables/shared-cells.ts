// Cells several tables print the same way.
import type { TextLang } from '#shared/text/format-number.ts'

/** A rank of the cohort's size, as official tables and the press print it: "5/15". */
export function rankOfSize(
  rank: number | null | undefined,
  size: number | null | undefined,
): string | null {
  if (rank === null || rank === undefined) return null
  return size ? `${rank}/${size}` : String(rank)
}

const STATUS_LABELS: Record<string, Record<TextLang, string>> = {
  PUBLISHED: { vi: 'Đã công bố', en: 'Published' },
  DRAFT: { vi: 'Dự thảo', en: 'Draft' },
}

/** An assessment's status in the reader's language (an unknown code as it is). */
export function statusLabel(status: string, lang: TextLang): string {
  return STATUS_LABELS[status]?.[lang] ?? status
}
