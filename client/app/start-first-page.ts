// On a visit's first load the page would wait for the shell to render, then for the answers to
// "who is signed in" and "may anonymous visitors read", and only then fetch its code, then its
// data. Here all of that starts as soon as the shell's script runs: the page's code at once, its
// data as soon as the two answers allow it to be read (never a request that would be refused).
// The two answers themselves are preloaded by index.html while the scripts load (fetch reuses a
// preload made with the same credentials mode: `crossorigin`, i.e. same-origin cookies).
// Later navigations need none of this: the shell is up and PrefetchCohortPage does the rest.
import type { QueryClient } from '@tanstack/react-query'
import { authQueries } from '#client/features/auth/api/auth.queries.ts'
import { mayRead } from '#client/features/auth/utils/may-read.ts'
import { PAGE_MODULES, pageOfPath } from './page-modules.ts'
import { isCohortPage, prefetchCohortPage } from './prefetch-cohort-page.tsx'

export function startFirstPage(
  queryClient: QueryClient,
  location: { pathname: string; search: string },
): void {
  const page = pageOfPath(location.pathname)
  if (!page) return
  // A failure here is reported where the page's code is used (its lazy component).
  PAGE_MODULES[page]().catch(() => {})
  if (!isCohortPage(page)) return
  Promise.all([
    queryClient.ensureQueryData(authQueries.readAccess()),
    queryClient.ensureQueryData(authQueries.me()),
  ]).then(
    ([settings, me]) => {
      if (mayRead(settings.readAccess, me.user))
        prefetchCohortPage(queryClient, page, new URLSearchParams(location.search))
    },
    // The access gate asks again and shows the error.
    () => {},
  )
}
