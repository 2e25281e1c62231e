import type { QueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import {
  createMemoryRouter,
  redirect,
  type RouteObject,
  UNSAFE_createBrowserHistory,
  UNSAFE_createRouter,
  UNSAFE_hydrationRouteProperties,
  UNSAFE_mapRouteProperties,
} from 'react-router'
import { Skeleton } from '#client/components/ui/skeleton.tsx'
import { DEFAULT_VIEW } from '#client/lib/cohort-search.ts'
import { type CohortPage, cohortPageLoader, unitPageLoader } from './page-loaders.ts'
import { Layout } from './routes/layout.tsx'
import { NotFoundPage } from './routes/not-found.tsx'

// Pages are code-split (ADR 009): a route's `lazy` loads its page's code. A cohort page's
// `loader` starts its first requests at the same time (the router runs a route's static loader
// beside its lazy code), and the page renders once, with its data (ADR 029).

/** Shown in the page's place while a visit's first page loads its code and first data. */
function PageSkeleton() {
  return <Skeleton height={480} />
}

/** A page route: its code loaded on first use, as `{ Component }` for the router. */
function pageRoute(
  path: string,
  load: () => Promise<ComponentType>,
  loader?: RouteObject['loader'],
): RouteObject {
  return {
    path,
    lazy: async () => ({ Component: await load() }),
    HydrateFallback: PageSkeleton,
    ...(loader && {
      loader,
      // The first requests matter on entering the page. Later changes of its URL (cohort, sort,
      // page of the table) are asked for by the page itself, without holding the URL back.
      shouldRevalidate: ({ currentUrl, nextUrl }) => currentUrl.pathname !== nextUrl.pathname,
    }),
  }
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const cohortPage = (page: CohortPage) => cohortPageLoader(queryClient, page)
  return [
    {
      element: <Layout />,
      children: [
        // Redirected before anything renders, so the default page's loader starts at once.
        { index: true, loader: () => redirect(DEFAULT_VIEW) },
        pageRoute(
          'overview',
          async () => (await import('./routes/overview.tsx')).OverviewPage,
          cohortPage('overview'),
        ),
        pageRoute(
          'rankings',
          async () => (await import('./routes/rankings.tsx')).RankingsPage,
          cohortPage('rankings'),
        ),
        pageRoute(
          'units/:code',
          async () => (await import('./routes/unit-profile.tsx')).UnitProfilePage,
          unitPageLoader(queryClient),
        ),
        pageRoute('compare', async () => (await import('./routes/compare.tsx')).ComparePage),
        pageRoute(
          'tasks',
          async () => (await import('./routes/tasks.tsx')).TasksPage,
          cohortPage('tasks'),
        ),
        pageRoute(
          'awards',
          async () => (await import('./routes/awards.tsx')).AwardsPage,
          cohortPage('awards'),
        ),
        pageRoute('scorecard', async () => (await import('./routes/scorecard.tsx')).ScorecardPage),
        pageRoute('data', async () => (await import('./routes/data.tsx')).DataPage),
        pageRoute('admin', async () => (await import('./routes/admin.tsx')).AdminPage),
        pageRoute('login', async () => (await import('./routes/login.tsx')).LoginPage),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]
}

/**
 * The app's router, not started yet: boot.tsx starts it (`initialize()`: the URL's first
 * navigation, which runs its page's loader) in a task of its own. It is what createBrowserRouter
 * returns (react-router 7: a browser history, the routes, the same route properties, no server
 * data) before that last call. Together they were one task of 90–100 ms at a phone's speed (4×).
 */
export function createAppRouter(queryClient: QueryClient) {
  return UNSAFE_createRouter({
    history: UNSAFE_createBrowserHistory(),
    routes: createRoutes(queryClient),
    mapRouteProperties: UNSAFE_mapRouteProperties,
    hydrationRouteProperties: UNSAFE_hydrationRouteProperties,
  })
}

/** For component tests: the same routes in memory. */
export function createTestRouter(queryClient: QueryClient, initialPath: string) {
  return createMemoryRouter(createRoutes(queryClient), { initialEntries: [initialPath] })
}
