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
import { PAGE_MODULES, type PageName, pageOfPath } from './page-modules.ts'
import { isCohortPage, prefetchCohortPage } from './prefetch-cohort-page.tsx'

type PageModule = Awaited<ReturnType<(typeof PAGE_MODULES)[PageName]>>

/** The page a visit opened on: its code, once loaded and its first data is in (or waited for). */
let firstPage: { page: PageName; ready: Promise<PageModule>; shown: boolean } | undefined

/** How long the first page waits for its data before it renders with its panels' skeletons. */
export const FIRST_DATA_WAIT_MS = 1500

export function startFirstPage(
  queryClient: QueryClient,
  location: { pathname: string; search: string },
): void {
  const page = pageOfPath(location.pathname)
  if (!page) return
  const code = PAGE_MODULES[page]()
  // A failure here is reported where the page's code is used (its lazy component).
  code.catch(() => {})
  if (!isCohortPage(page)) return
  const data = Promise.all([
    queryClient.ensureQueryData(authQueries.readAccess()),
    queryClient.ensureQueryData(authQueries.me()),
  ]).then(
    ([settings, me]) => {
      if (mayRead(settings.readAccess, me.user))
        return prefetchCohortPage(queryClient, page, new URLSearchParams(location.search))
    },
    // The access gate asks again and shows the error.
    () => {},
  )
  const waited = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, FIRST_DATA_WAIT_MS)
    void data.then(() => {
      clearTimeout(timer)
      resolve()
    })
  })
  firstPage = { page, ready: Promise.all([code, waited]).then(([module]) => module), shown: false }
}

/**
 * For the page a visit opened on, until it has been shown once: its code, delivered when its
 * first data is in too (see FirstPage). Otherwise null.
 */
export function firstPageCode(page: PageName): Promise<PageModule> | null {
  return firstPage?.page === page && !firstPage.shown ? firstPage.ready : null
}

export function markFirstPageShown(): void {
  if (firstPage) firstPage.shown = true
}
