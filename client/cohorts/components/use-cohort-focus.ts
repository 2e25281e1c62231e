import { useEffect, useState } from 'react'
import type { Focus } from '#client/components/charts/focus-controls.tsx'
import { DEFAULT_FOCUS_SIZE, FOCUS_THRESHOLD, type FocusResult } from '#client/lib/focus-units.ts'

/** How long typing pauses before a chart's search is sent. */
const SEARCH_DELAY_MS = 300

/**
 * The ends a summary is asked for: never fewer than half the focus threshold, so a cohort small
 * enough to be drawn whole comes back whole in one answer, and the default view of any cohort
 * shares one request with the tiles beside it.
 */
export function summaryEnds(size: number): number {
  return Math.max(size, Math.ceil(FOCUS_THRESHOLD / 2))
}

/**
 * A chart's focus state when the server holds the order: the N picker (from `initialSize`, else
 * the default) and a debounced search.
 */
export function useCohortFocus(initialSize: number = DEFAULT_FOCUS_SIZE) {
  const [size, setSize] = useState<number>(initialSize)
  const [query, setQuery] = useState('')
  const [searched, setSearched] = useState('')
  useEffect(() => {
    const timer = setTimeout(() => setSearched(query.replace(/\s+/g, ' ').trim()), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [query])
  return { size, setSize, query, setQuery, searched, ends: summaryEnds(size) }
}

export type CohortFocusState = ReturnType<typeof useCohortFocus>

/**
 * The focus controls' view of a chart whose rows came from the server; `sizes`, the ends it
 * offers where not every size of FOCUS_SIZES is drawn as chosen (`state.size` then one of them).
 */
export function asFocus<R extends { name: string }>(
  state: CohortFocusState,
  result: FocusResult<R>,
  sizes?: readonly number[],
): Focus<R> {
  return {
    sizes,
    size: state.size,
    setSize: state.setSize,
    query: state.query,
    setQuery: state.setQuery,
    result,
    enabled: result.total > FOCUS_THRESHOLD,
  }
}
