import { useEffect } from 'react'
import { useLocation, useSearchParams } from 'react-router'
import { FOCUS_PARAM, parseFocusCode, useStoredFocusUnit } from './focus-unit.ts'
import { completedSearch, type ResolvedView } from './view-state.ts'

/**
 * Writes out what a URL leaves to the app — a cohort page's cohort and year, the remembered
 * unit — replacing the history entry (a correction, not a step back/forward stops at), so the
 * address bar names the view on screen and a link copied from it shows the same view next year.
 * `resolved` is null on a page that has no cohort, or before it is known.
 */
export function useCompletedUrl(resolved: ResolvedView | null, enabled = true) {
  const [params, setParams] = useSearchParams()
  const { state } = useLocation()
  const stored = useStoredFocusUnit()
  // An invalid `focus` in the URL is left for the page to point out, not overwritten.
  const storedFocus = params.has(FOCUS_PARAM) ? null : parseFocusCode(stored)
  const next = enabled ? completedSearch(params, resolved, storedFocus)?.toString() : undefined
  useEffect(() => {
    if (next !== undefined) setParams(new URLSearchParams(next), { replace: true, state })
  }, [next, setParams, state])
}
