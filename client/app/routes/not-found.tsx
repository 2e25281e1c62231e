import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { DEFAULT_VIEW } from '#client/lib/cohort-search.ts'
import { useDocumentTitle } from '#client/app/use-document-title.ts'

export function NotFoundPage() {
  useDocumentTitle('notFound')
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <div className="panel notice">
      <h1 className="page-title">{t('state.notFoundTitle')}</h1>
      <p>{t('state.notFoundText', { path: pathname })}</p>
      <p>
        <Link to={DEFAULT_VIEW}>{t('state.goDefault')}</Link>
      </p>
    </div>
  )
}
