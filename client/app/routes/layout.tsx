import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Outlet, useLocation, useSearchParams } from 'react-router'
import { PrintRunningHeader } from '#client/components/ui/print-running-header.tsx'
// After the screen styles (main.tsx imports them first), so print rules win at equal specificity.
import '../print.css'
import './layout.css'
import { PagePending } from './page-pending.tsx'
import { MainNav } from './main-nav.tsx'
import { LatestUrlProvider } from '#client/lib/latest-url.tsx'
import { useCompletedUrl } from '#client/lib/use-completed-url.ts'
import { viewSearch } from '#client/lib/view-state.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { usePageHeadingFocus } from '#client/app/use-page-heading-focus.ts'
import { authQueries } from '#client/features/auth/api/auth.queries.ts'
import { ReadAccessGate } from '#client/features/auth/components/read-access-gate.tsx'
import { UserMenu } from '#client/features/auth/components/user-menu.tsx'
import { hasRole } from '#client/features/auth/utils/roles.ts'

/** Main navigation; entries with a `role` show only to users with at least that role. */
const NAV_ITEMS = [
  { to: '/overview', key: 'overview', cohort: true },
  { to: '/rankings', key: 'rankings', cohort: true },
  { to: '/scorecard', key: 'scorecard', cohort: true },
  { to: '/compare', key: 'compare', cohort: false },
  { to: '/tasks', key: 'tasks', cohort: true },
  { to: '/awards', key: 'awards', cohort: true },
  { to: '/data', key: 'data', cohort: false, role: 'EDITOR' },
  { to: '/admin', key: 'admin', cohort: false, role: 'ADMIN' },
] as const

/** Pages whose cohort and year the cohort view writes into the URL (with the unit in focus). */
const COHORT_PATHS = new Set<string>(NAV_ITEMS.filter((item) => item.cohort).map((item) => item.to))

export function Layout() {
  const { t, i18n } = useTranslation()
  const lang = useLang()
  const [params] = useSearchParams()
  const { pathname } = useLocation()
  // The cohort, year and unit in focus go along to the other cohort pages; the unit to all.
  const carried = viewSearch(params)
  const focusOnly = viewSearch(params, ['focus'])
  useCompletedUrl(null, !COHORT_PATHS.has(pathname))
  usePageHeadingFocus(pathname)
  const other = lang === 'vi' ? 'en' : 'vi'
  const role = useQuery(authQueries.me()).data?.user?.role
  const navItems = NAV_ITEMS.filter((item) => !('role' in item) || hasRole(role, item.role)).map(
    (item) => ({
      path: item.to,
      // Compare opens on the cohort, year and unit in focus too (it picks the top units).
      to: `${item.to}${item.cohort || item.key === 'compare' ? carried : focusOnly}`,
      label: t(
        item.key === 'admin' || item.key === 'scorecard' ? `${item.key}.nav` : `nav.${item.key}`,
      ),
    }),
  )
  return (
    <LatestUrlProvider>
      <div className="app">
        <PrintRunningHeader />
        <a className="skip-link" href="#main">
          {t('app.skipLink')}
        </a>
        <header className="app-header">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true" />
            <span>
              <span className="brand-name">{t('app.name')}</span>
              <span className="brand-tagline">{t('app.tagline')}</span>
            </span>
          </div>
          <MainNav items={navItems} pathname={pathname} />
          <UserMenu />
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
          <PagePending>
            <ReadAccessGate>
              <Outlet />
            </ReadAccessGate>
          </PagePending>
        </main>
      </div>
    </LatestUrlProvider>
  )
}
