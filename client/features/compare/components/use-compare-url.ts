import { useSetLatestSearchParams } from '#client/lib/latest-url.tsx'

/**
 * Writes URL changes: a reader's choice is a history entry; a completion replaces the entry. Each
 * builds on the URL just chosen, which may be ahead of the comparison on screen. An empty value
 * drops its parameter, except `units`: `?units=` says the reader removed them all.
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
        return next
      },
      { replace },
    )
}
