import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { kindLabel } from '#client/lib/cohort-label.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { compareQueries } from '../api/compare.queries.ts'
import { compareBasis } from '../utils/to-compare-shares.ts'

/**
 * Said before any figure when the units compared were scored under different schemes or are of
 * different levels: their maxima differ, so fields compare as shares and ranks not at all.
 */
export function CompareBasisNote({ units, year }: { units: string[]; year: number }) {
  const { t } = useTranslation()
  const lang = useLang()
  const { data } = useSuspenseQuery(compareQueries.detail(units))
  const basis = compareBasis(data, year)
  if (!basis.schemesDiffer && !basis.levelsDiffer) return null
  return (
    <div className="panel notice compare-basis" role="note" data-testid="compare-basis">
      <p>
        <strong>{t('comparing.schemesDiffer')}</strong>
      </p>
      {basis.levelsDiffer && (
        <p>
          {t('comparing.levelsDiffer', {
            levels: basis.levels.map((k) => kindLabel(k, lang).toLowerCase()).join('; '),
          })}
        </p>
      )}
      <ul>
        {basis.schemes.map((s) => (
          <li key={s.code}>
            {t('comparing.schemeOf', { unit: s.name, scheme: s.scheme ?? t('comparing.noScheme') })}
          </li>
        ))}
      </ul>
    </div>
  )
}
