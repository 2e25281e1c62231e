import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { cohortSearch, DEFAULT_COHORT } from '#client/lib/default-cohort.ts'

/** Invalid URL parameters: say which, and offer a valid view instead of crashing. */
export function BadParams({ invalid }: { invalid: string[] }) {
  const { t } = useTranslation()
  return (
    <div className="panel notice" role="alert">
      <p>{t('state.badParams', { params: invalid.join(', ') })}</p>
      <p>
        <Link to={`/overview${cohortSearch(DEFAULT_COHORT)}`}>{t('state.goDefault')}</Link>
      </p>
    </div>
  )
}
