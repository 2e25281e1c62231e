import { lazy, Suspense, type ComponentType } from 'react'
import { createBrowserRouter, createMemoryRouter, Navigate, type RouteObject } from 'react-router'
import { Skeleton } from '#client/components/ui/skeleton.tsx'
import { DEFAULT_VIEW } from '#client/lib/cohort-search.ts'
import { PAGE_MODULES, type PageName, pageComponent } from './page-modules.ts'
import { type CohortPage, PrefetchCohortPage } from './prefetch-cohort-page.tsx'
import { Layout } from './routes/layout.tsx'
import { FirstPage } from './first-page.tsx'
import { NotFoundPage } from './routes/not-found.tsx'

// Pages are code-split: the first load carries the shell and the page it opens only. A cohort
// page's first requests start beside its code (PrefetchCohortPage), not after it has loaded.
// The page a visit opens on renders once, with its data (FirstPage).
function page(key: PageName, name: string, prefetch?: CohortPage) {
  const Page = lazy(async () => ({
    default: pageComponent(await PAGE_MODULES[key](), name) as ComponentType,
  }))
  const skeleton = <Skeleton height={480} />
  return (
    <>
      {prefetch && <PrefetchCohortPage page={prefetch} />}
      <FirstPage page={key} name={name} fallback={skeleton}>
        <Suspense fallback={skeleton}>
          <Page />
        </Suspense>
      </FirstPage>
    </>
  )
}

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to={DEFAULT_VIEW} replace /> },
      { path: 'overview', element: page('overview', 'OverviewPage', 'overview') },
      { path: 'rankings', element: page('rankings', 'RankingsPage', 'rankings') },
      { path: 'units/:code', element: page('units', 'UnitProfilePage') },
      { path: 'compare', element: page('compare', 'ComparePage') },
      { path: 'tasks', element: page('tasks', 'TasksPage', 'tasks') },
      { path: 'awards', element: page('awards', 'AwardsPage', 'awards') },
      { path: 'scorecard', element: page('scorecard', 'ScorecardPage') },
      { path: 'data', element: page('data', 'DataPage') },
      { path: 'admin', element: page('admin', 'AdminPage') },
      { path: 'login', element: page('login', 'LoginPage') },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]

export function createAppRouter() {
  return createBrowserRouter(routes)
}

/** For component tests: the same routes in memory. */
export function createTestRouter(initialPath: string) {
  return createMemoryRouter(routes, { initialEntries: [initialPath] })
}
