import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import {
  type Location,
  UNSAFE_DataRouterContext,
  useLocation,
  useSearchParams,
  type SetURLSearchParams,
} from 'react-router'

// The router renders a new URL in a transition: while the new view's queries load (suspense),
// React keeps the old view on screen, and useLocation() still answers the old URL. A picker that
// read its value from there snapped back to the old year until the data came, and nothing said
// that the page was changing. This module follows the router's own state outside the transition:
// controls show the URL just chosen at once, and the layout marks the page as loading until the
// view of that URL is on screen.

type Latest = { location: Location | null; pending: boolean }

const LatestContext = createContext<Latest>({ location: null, pending: false })

/** The router's state as it is now, ahead of what is rendered; none outside a data router. */
function useRouterState() {
  const router = use(UNSAFE_DataRouterContext)?.router
  const [state, setState] = useState(() => router?.state)
  useEffect(() => {
    if (!router) return
    // Updated outside the router's transition: an urgent render of this provider and its readers.
    setState(router.state)
    return router.subscribe((next) => setState(next))
  }, [router])
  return state
}

/**
 * Gives the URL the reader has just chosen, and whether the page on screen is still another's
 * (its data or code on the way), to the controls and the layout below.
 */
export function LatestUrlProvider({ children }: { children: ReactNode }) {
  const shown = useLocation()
  const state = useRouterState()
  const latest = state?.location ?? null
  const pending =
    (state !== undefined && state.navigation.state !== 'idle') ||
    (latest !== null && latest.key !== shown.key)
  // Another page's URL is not this page's controls' to show.
  const location = latest?.pathname === shown.pathname ? latest : null
  const value = useMemo(() => ({ location, pending }), [location, pending])
  return <LatestContext value={value}>{children}</LatestContext>
}

/** True while the page on screen is not yet the one the URL names. */
export function useNavigationPending(): boolean {
  return use(LatestContext).pending
}

/**
 * Sets the URL's search params building on the URL just chosen (a function is given those), not
 * on the view on screen, which may be a step behind: a sort chosen while a search loads keeps the
 * search. Reads the router when called: the caller does not re-render as the URL moves.
 */
export function useSetLatestSearchParams(): SetURLSearchParams {
  const [, setShown] = useSearchParams()
  const readLatest = useReadLatestSearchParams()
  return useCallback<SetURLSearchParams>(
    (next, options) => setShown(typeof next === 'function' ? next(readLatest()) : next, options),
    [readLatest, setShown],
  )
}

/**
 * Reads the search params of the URL just chosen when called (the view on screen's outside a
 * data router, or once the router is on another page): what a change builds on, and what it
 * compares itself with to tell a step the reader may go back to from a correction of the last.
 */
export function useReadLatestSearchParams(): () => URLSearchParams {
  const [shown] = useSearchParams()
  const { pathname } = useLocation()
  const router = use(UNSAFE_DataRouterContext)?.router
  return useCallback(() => {
    const now = router?.state.location
    return now?.pathname === pathname ? new URLSearchParams(now.search) : shown
  }, [router, pathname, shown])
}

/**
 * The search params of the URL just chosen, and a setter that builds on them: what a picker,
 * a search box or a pager shows and changes. Content reads useSearchParams(), the URL on screen.
 */
export function useLatestSearchParams(): [URLSearchParams, SetURLSearchParams] {
  const [shown] = useSearchParams()
  const { location } = use(LatestContext)
  const search = location?.search
  const latest = useMemo(
    () => (search === undefined ? shown : new URLSearchParams(search)),
    [search, shown],
  )
  return [latest, useSetLatestSearchParams()]
}
