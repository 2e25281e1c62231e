// Award headlines that name every part of their total: collectives, individuals and households
// ("3.677 khen thưởng: 51 tập thể, 465 cá nhân, 3.161 hộ gia đình"), parts with none left out,
// so the parts shown always add up to the total.
import type { AwardTotals } from '#shared/kpi/award-totals.ts'
import { formatNumber, type Language } from '#client/lib/format.ts'

type Translate = (key: string, options?: Record<string, unknown>) => string

const PARTS = ['collective', 'individual', 'household'] as const
type Counts = Pick<AwardTotals, (typeof PARTS)[number]>

/** "51 tập thể, 465 cá nhân, 3.161 hộ gia đình": the recipient types with any recipients. */
export function recipientParts(counts: Counts, lang: Language, t: Translate): string {
  return (
    PARTS.filter((part) => counts[part] > 0)
      // `count` chooses the English singular ("1 to a collective"); `value` is the number as shown.
      .map((part) =>
        t(`headlines.${part}`, { count: counts[part], value: formatNumber(counts[part], lang) }),
      )
      .join(', ')
  )
}

export function awardHeadline(
  totals: Pick<AwardTotals, 'total' | (typeof PARTS)[number]>,
  lang: Language,
  t: Translate,
): string {
  return t('headlines.awards', {
    total: formatNumber(totals.total, lang),
    parts: recipientParts(totals, lang, t),
  })
}
