// The awards page's figures come from the award decisions that granted them, not from the
// decision that published the cohort-year's PAR Index (the publication status beside the year,
// which the page says is the index's): the page names them under its headline.
import { decisionDateText, type AwardDecisionDigest } from '#shared/text/source-line.ts'
import { formatNumber, type Language } from '#client/lib/format.ts'

type Translate = (key: string, options?: Record<string, unknown>) => string

/**
 * "Theo 18 quyết định khen thưởng, ngày 10/01/2026–26/01/2026.", "Theo quyết định khen thưởng số
 * 15/QĐ-UBND ngày 10/01/2024.", or, with no numbered decision, the units' own records.
 */
export function awardDecisionsNote(
  decisions: AwardDecisionDigest,
  lang: Language,
  t: Translate,
): string {
  const { count, firstDate, lastDate, listed } = decisions
  const date = (iso: string) => decisionDateText(iso, lang)
  if (count === 0) return t('awards.decisionsNone')
  const only = count === 1 ? listed[0] : undefined
  if (only?.decisionNo)
    return only.decisionDate
      ? t('awards.decisionOneDated', { decision: only.decisionNo, date: date(only.decisionDate) })
      : t('awards.decisionOne', { decision: only.decisionNo })
  const n = formatNumber(count, lang)
  if (!firstDate || !lastDate) return t('awards.decisionsMany', { n })
  if (firstDate === lastDate) return t('awards.decisionsManyOneDay', { n, date: date(firstDate) })
  return t('awards.decisionsManyDated', { n, from: date(firstDate), to: date(lastDate) })
}
