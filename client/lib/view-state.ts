// The view a URL names (cohort, year, my unit) is the single source of truth for what a page
// shows: user choices push a history entry, corrections of an incomplete URL replace it, so
// back/forward step through the reader's choices and a shared link shows the same view.

/**
 * The year of `years` nearest to `wanted` (the later one on a tie: the more recent data), or
 * undefined when there are none.
 */
export function nearestYear(years: readonly number[], wanted: number): number | undefined {
  let best: number | undefined
  for (const y of years) {
    if (
      best === undefined ||
      Math.abs(y - wanted) < Math.abs(best - wanted) ||
      (Math.abs(y - wanted) === Math.abs(best - wanted) && y > best)
    )
      best = y
  }
  return best
}

/** What a cohort switch did to the year, kept in the history entry so the page can say so. */
export type YearMoved = { from: number; to: number }

/** The year to show after switching to a cohort with `years`, and whether it had to move. */
export function yearForCohort(
  years: readonly number[],
  current: number | undefined,
): { year: number | undefined; moved: YearMoved | null } {
  if (current === undefined) return { year: years[years.length - 1], moved: null }
  if (years.includes(current)) return { year: current, moved: null }
  const year = nearestYear(years, current)
  return { year, moved: year === undefined ? null : { from: current, to: year } }
}

/** The YearMoved a history entry's state carries, if any (state is untyped: checked here). */
export function yearMovedOf(state: unknown): YearMoved | null {
  if (typeof state !== 'object' || state === null || !('yearMoved' in state)) return null
  const moved = (state as { yearMoved: unknown }).yearMoved
  if (typeof moved !== 'object' || moved === null) return null
  const { from, to } = moved as Record<string, unknown>
  return typeof from === 'number' && typeof to === 'number' ? { from, to } : null
}

/** The URL keys a cohort page's view is made of, carried when moving between pages. */
export const VIEW_KEYS = ['parent', 'kind', 'cohort', 'year', 'focus'] as const

/** The view's part of a URL's search: "?parent=…&kind=…&year=2023&focus=…", or "". */
export function viewSearch(params: URLSearchParams, keys: readonly string[] = VIEW_KEYS): string {
  const kept = new URLSearchParams()
  for (const key of keys) {
    const value = params.get(key)
    if (value) kept.set(key, value)
  }
  const s = kept.toString()
  return s ? `?${s}` : ''
}

/** The cohort and year a cohort page resolved from its URL and the data. */
export type ResolvedView = { parent: string; kind: string; block: string | null; year: number }

/**
 * The URL a page should have once its view is known, or null when the URL already says all of
 * it: a cohort page's cohort and year written out (`resolved`), and the remembered unit
 * (`storedFocus`) when the URL names none. Every other parameter is kept.
 */
export function completedSearch(
  params: URLSearchParams,
  resolved: ResolvedView | null,
  storedFocus: string | null,
): URLSearchParams | null {
  const cohortMissing =
    resolved !== null && !(params.get('parent') && params.get('kind') && params.get('year'))
  const focusMissing = storedFocus !== null && !params.get('focus')
  if (!cohortMissing && !focusMissing) return null
  const next = new URLSearchParams()
  if (resolved && cohortMissing) {
    next.set('parent', resolved.parent)
    next.set('kind', resolved.kind)
    if (resolved.block) next.set('cohort', resolved.block)
    next.set('year', String(resolved.year))
  }
  for (const [key, value] of params) {
    if (next.has(key) || (cohortMissing && key === 'cohort')) continue
    if (key === 'focus' && focusMissing) continue
    next.set(key, value)
  }
  if (focusMissing) next.set('focus', storedFocus)
  return next
}

/** The same parameters with the view's first, in VIEW_KEYS order: one URL for one view. */
export function orderedView(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams()
  for (const key of VIEW_KEYS) {
    const value = params.get(key)
    if (value !== null) next.set(key, value)
  }
  const view = new Set<string>(VIEW_KEYS)
  for (const [key, value] of params) if (!view.has(key)) next.append(key, value)
  return next
}
