import { lazy, Suspense, type ComponentType } from 'react'
import { createBrowserRouter, createMemoryRouter, Navigate, type RouteObject } from 'react-router'
import { Skeleton } from '#client/components/ui/skeleton.tsx'
import { DEFAULT_COHORT } from '#client/lib/default-cohort.ts'
import { Layout } from './routes/layout.tsx'
import { NotFoundPage } from './routes/not-found.tsx'

// Pages are code-split: the first load carries the shell and the page it opens only.
function page(load: () => Promise<{ [name: string]: ComponentType }>, name: string) {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }))
  return (
    <Suspense fallback={<Skeleton height={480} />}>
      <Page />
    </Suspense>
  )
}

const defaultOverview = `/overview?parent=${DEFAULT_COHORT.parent}&kind=${DEFAULT_COHORT.kind}`

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to={defaultOverview} replace /> },
      { path: 'overview', element: page(() => import('./routes/overview.tsx'), 'OverviewPage') },
      { path: 'rankings', element: page(() => import('./routes/rankings.tsx'), 'RankingsPage') },
      { path: 'units/:code', element: page(() => import('./routes/unit-profile.tsx'), 'UnitProfilePage') },
      { path: 'compare', element: page(() => import('./routes/compare.tsx'), 'ComparePage') },
      { path: 'tasks', element: page(() => import('./routes/tasks.tsx'), 'TasksPage') },
      { path: 'awards', element: page(() => import('./routes/awards.tsx'), 'AwardsPage') },
      { path: 'data', element: page(() => import('./routes/data.tsx'), 'DataPage') },
      { path: 'admin', element: page(() => import('./routes/admin.tsx'), 'AdminPage') },
      { path: 'login', element: page(() => import('./routes/login.tsx'), 'LoginPage') },
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
