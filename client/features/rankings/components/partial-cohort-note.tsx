import { useTranslation } from 'react-i18next'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'

/** "Đã nhập 6 trên 34 đơn vị được xếp hạng": the table's ranks are of the whole cohort. */
export function usePartialNote(cohort: { ranked: number; total: number }): string | null {
  const { t } = useTranslation()
  const lang = useLang()
  if (cohort.ranked >= cohort.total) return null
  return t('rankings.partial', {
    ranked: formatNumber(cohort.ranked, lang),
    total: formatNumber(cohort.total, lang),
  })
}

/** The partial-cohort note, shown where the ranks are: above a chart or table. */
export function PartialCohortNote({
  ranked,
  total,
  help = false,
}: {
  ranked: number
  total: number
  help?: boolean
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const note = usePartialNote({ ranked, total })
  if (!note) return null
  return (
    <p className="chart-note partial-note" data-testid="partial-cohort-note">
      <strong>{note}.</strong>
      {help && ` ${t('rankings.partialHelp', { total: formatNumber(total, lang) })}`}
    </p>
  )
}
