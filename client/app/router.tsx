import { lazy, Suspense, type ComponentType } from 'react'
import { createBrowserRouter, createMemoryRouter, Navigate, type RouteObject } from 'react-router'
import { Skeleton } from '#client/components/ui/skeleton.tsx'
import { DEFAULT_COHORT } from '#client/lib/default-cohort.ts'
import { PAGE_MODULES } from './page-modules.ts'
import { type CohortPage, PrefetchCohortPage } from './prefetch-cohort-page.tsx'
import { Layout } from './routes/layout.tsx'
import { NotFoundPage } from './routes/not-found.tsx'

// Pages are code-split: the first load carries the shell and the page it opens only. A cohort
// page's first requests start beside its code (PrefetchCohortPage), not after it has loaded.
function page(
  load: () => Promise<{ [name: string]: ComponentType }>,
  name: string,
  prefetch?: CohortPage,
) {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }))
  return (
    <>
      {prefetch && <PrefetchCohortPage page={prefetch} />}
      <Suspense fallback={<Skeleton height={480} />}>
        <Page />
      </Suspense>
    </>
  )
}

const defaultOverview = `/overview?parent=${DEFAULT_COHORT.parent}&kind=${DEFAULT_COHORT.kind}`

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to={defaultOverview} replace /> },
      { path: 'overview', element: page(PAGE_MODULES.overview, 'OverviewPage', 'overview') },
      { path: 'rankings', element: page(PAGE_MODULES.rankings, 'RankingsPage', 'rankings') },
      { path: 'units/:code', element: page(PAGE_MODULES.units, 'UnitProfilePage') },
      { path: 'compare', element: page(PAGE_MODULES.compare, 'ComparePage') },
      { path: 'tasks', element: page(PAGE_MODULES.tasks, 'TasksPage', 'tasks') },
      { path: 'awards', element: page(PAGE_MODULES.awards, 'AwardsPage', 'awards') },
      { path: 'data', element: page(PAGE_MODULES.data, 'DataPage') },
      { path: 'admin', element: page(PAGE_MODULES.admin, 'AdminPage') },
      { path: 'login', element: page(PAGE_MODULES.login, 'LoginPage') },
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
