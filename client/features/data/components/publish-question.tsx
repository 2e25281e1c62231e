import { useTranslation } from 'react-i18next'
import type { CohortYearStatus } from '#shared/dto/publication.ts'
import type { PublishBody } from '#shared/schemas/publications.schema.ts'
import { formatDate, formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'

/**
 * What publishing a cohort-year will do, asked before it is done: the year shown to every reader
 * at once under the decision typed, the decision it replaces when the year is already published
 * under another, and the imports of the year no longer undoable (a corrected file is the way).
 */
export function PublishQuestion({
  body,
  current,
  cohortLabel,
  decisionText,
}: {
  body: PublishBody
  current: CohortYearStatus
  cohortLabel: string
  decisionText: (r: CohortYearStatus) => string
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const decision = t('data.publish.decisionOf', {
    no: body.decisionNo,
    date: formatDate(body.decisionDate, lang),
  })
  const replaces =
    current.status === 'PUBLISHED' &&
    current.decisionNo !== null &&
    (current.decisionNo !== body.decisionNo || current.decisionDate !== body.decisionDate)
  const options = {
    year: body.year,
    cohort: cohortLabel,
    units: formatNumber(current.units, lang),
    // English says one unit in the singular (i18next picks the _one form by count).
    count: current.units,
    decision,
    current: decisionText(current),
  }
  return (
    <>
      {replaces ? t('data.publish.confirmReplace', options) : t('data.publish.confirmPublish', options)}{' '}
      {t('data.publish.confirmNoUndo', options)}
    </>
  )
}
