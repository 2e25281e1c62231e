import { useTranslation } from 'react-i18next'
import { NavLink, Outlet, useSearchParams } from 'react-router'
import { useLang } from '#client/lib/use-lang.ts'

/** Main navigation. `data` is reserved for the Data page (imports, publishing) once it exists. */
const NAV_ITEMS = [
  { to: '/overview', key: 'overview', cohort: true },
  { to: '/rankings', key: 'rankings', cohort: true },
  { to: '/compare', key: 'compare', cohort: false },
  { to: '/tasks', key: 'tasks', cohort: true },
  { to: '/awards', key: 'awards', cohort: true },
  { to: '/data', key: 'data', cohort: false, hidden: true },
] as const

/** Keeps the cohort and year when moving between cohort pages. */
function carriedSearch(params: URLSearchParams): string {
  const kept = new URLSearchParams()
  for (const key of ['parent', 'kind', 'year']) {
    const value = params.get(key)
    if (value) kept.set(key, value)
  }
  const s = kept.toString()
  return s ? `?${s}` : ''
}

export function Layout() {
  const { t, i18n } = useTranslation()
  const lang = useLang()
  const [params] = useSearchParams()
  const carried = carriedSearch(params)
  const other = lang === 'vi' ? 'en' : 'vi'
  return (
    <div className="app">
      <a className="skip-link" href="#main">{t('app.skipLink')}</a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span>
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </span>
        </div>
        <nav aria-label={t('app.mainNav')} className="main-nav">
          <ul>
            {NAV_ITEMS.filter((item) => !('hidden' in item && item.hidden)).map((item) => (
              <li key={item.key}>
                <NavLink to={`${item.to}${item.cohort ? carried : ''}`}>{t(`nav.${item.key}`)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <button
          type="button"
          className="lang-switch"
          lang={other}
          aria-label={t('app.switchToLabel')}
          onClick={() => void i18n.changeLanguage(other)}
        >
          {t('app.switchTo')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  )
}
