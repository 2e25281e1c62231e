import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { DEFAULT_VIEW } from '#client/lib/cohort-search.ts'

/** Invalid URL parameters: say which, and offer a valid view instead of crashing. */
export function BadParams({ invalid }: { invalid: string[] }) {
  const { t } = useTranslation()
  return (
    <div className="panel notice" role="alert">
      <p>{t('state.badParams', { params: invalid.join(', ') })}</p>
      <p>
        <Link to={DEFAULT_VIEW}>{t('state.goDefault')}</Link>
      </p>
    </div>
  )
}
