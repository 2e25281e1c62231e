import { useSearchParams } from 'react-router'

/**
 * Writes URL changes: a reader's choice is a history entry; a completion replaces the entry. An
 * empty value drops its parameter, except `units`: `?units=` says the reader removed them all.
 */
export function useCompareUrl() {
  const [params, setParams] = useSearchParams()
  return (changes: Record<string, string | null>, replace = false) => {
    const next = new URLSearchParams(params)
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || (value === '' && key !== 'units')) next.delete(key)
      else next.set(key, value)
    }
    setParams(next, { replace })
  }
}
