import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { cohortSearch, DEFAULT_COHORT } from '#client/lib/default-cohort.ts'

export function NotFoundPage() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <div className="panel notice">
      <h1 className="page-title">{t('state.notFoundTitle')}</h1>
      <p>{t('state.notFoundText', { path: pathname })}</p>
      <p>
        <Link to={`/overview${cohortSearch(DEFAULT_COHORT)}`}>{t('state.goDefault')}</Link>
      </p>
    </div>
  )
}
