import { useSetLatestSearchParams } from '#client/lib/latest-url.tsx'
import { DEFAULTS_PARAM } from '../utils/compare-url.ts'

/**
 * Writes URL changes: a reader's choice is a history entry; a completion replaces the entry. Each
 * builds on the URL just chosen, which may be ahead of the comparison on screen. An empty value
 * drops its parameter, except `units`: `?units=` says the reader removed them all. Units written
 * are the reader's: the page's own (`defaults`) go with them.
 */
export function useCompareUrl() {
  const setParams = useSetLatestSearchParams()
  return (changes: Record<string, string | null>, replace = false) =>
    setParams(
      (params) => {
        const next = new URLSearchParams(params)
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || (value === '' && key !== 'units')) next.delete(key)
          else next.set(key, value)
        }
        if ('units' in changes && changes.units !== null) next.delete(DEFAULTS_PARAM)
        return next
      },
      { replace },
    )
}
