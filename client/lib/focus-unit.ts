// "My unit": the one unit a reader follows, chosen once and highlighted on every page. It lives
// in the URL (`focus=CODE`, so a shared link shows the same highlight) and in the browser's
// storage (so the next visit opens on it). The URL wins: a link names what it shows.
import { useCallback, useSyncExternalStore } from 'react'
import { useSearchParams } from 'react-router'
import { UNIT_CODE_PATTERN, unitCodeKey } from '#shared/domain/units.ts'
import { useSetLatestSearchParams } from './latest-url.tsx'

/** The URL parameter naming the focused unit. */
export const FOCUS_PARAM = 'focus'
/** Where the browser remembers it. */
export const FOCUS_STORAGE_KEY = 'par.focusUnit'
/** Fired on `window` when this tab changes the stored unit (`storage` fires only in other tabs). */
const CHANGE_EVENT = 'par:focus-unit'

/** A unit code as the URL or storage holds it, or null when it is absent or not a unit code. */
export function parseFocusCode(value: string | null | undefined): string | null {
  const code = value?.trim() ?? ''
  return UNIT_CODE_PATTERN.test(code) ? code : null
}

export type FocusUnitSource = 'url' | 'storage'

export type ResolvedFocusUnit = {
  code: string | null
  source: FocusUnitSource | null
  /** The URL's `focus` when it is not a unit code (said on screen, then ignored). */
  invalid: string | null
}

/** The unit in focus: the URL's when it names one, else the stored one, else none. */
export function resolveFocusUnit(fromUrl: string | null, stored: string | null): ResolvedFocusUnit {
  const url = parseFocusCode(fromUrl)
  const invalid = fromUrl !== null && fromUrl.trim() !== '' && url === null ? fromUrl : null
  if (url) return { code: url, source: 'url', invalid }
  const kept = parseFocusCode(stored)
  if (kept) return { code: kept, source: 'storage', invalid }
  return { code: null, source: null, invalid }
}

/** Codes compare without regard to case (ADR 014). */
export function isFocusUnit(code: string, focus: string | null | undefined): boolean {
  return !!focus && unitCodeKey(code) === unitCodeKey(focus)
}

/** The unit remembered in this browser, as stored (unchecked), or null. */
export function readStoredFocusUnit(): string | null {
  try {
    return globalThis.localStorage?.getItem(FOCUS_STORAGE_KEY) ?? null
  } catch {
    // Storage refused (private mode, blocked cookies): the URL still carries the choice.
    return null
  }
}

/** Remembers (or forgets, with null) the unit in this browser. */
export function storeFocusUnit(code: string | null) {
  try {
    if (code) globalThis.localStorage?.setItem(FOCUS_STORAGE_KEY, code)
    else globalThis.localStorage?.removeItem(FOCUS_STORAGE_KEY)
  } catch {
    // As in readStoredFocusUnit: nothing to remember with.
  }
  globalThis.dispatchEvent?.(new Event(CHANGE_EVENT))
}

function subscribe(onChange: () => void) {
  const onStorage = (e: StorageEvent) => {
    if (e.key === FOCUS_STORAGE_KEY) onChange()
  }
  window.addEventListener(CHANGE_EVENT, onChange)
  window.addEventListener('storage', onStorage)
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange)
    window.removeEventListener('storage', onStorage)
  }
}

/** The stored unit, re-read when it changes in this tab or another. */
export function useStoredFocusUnit(): string | null {
  return useSyncExternalStore(subscribe, readStoredFocusUnit, () => null)
}

/**
 * The reader's unit and how to change it. Choosing one stores it and pushes it into the URL
 * (a new history entry: back returns to the view before); null clears both.
 */
export function useFocusUnit() {
  const [params] = useSearchParams()
  // Built on the URL just chosen: a year picked a moment before is kept.
  const setParams = useSetLatestSearchParams()
  const stored = useStoredFocusUnit()
  const resolved = resolveFocusUnit(params.get(FOCUS_PARAM), stored)
  const setFocusUnit = useCallback(
    (code: string | null) => {
      storeFocusUnit(code)
      setParams((current) => {
        const next = new URLSearchParams(current)
        if (code) next.set(FOCUS_PARAM, code)
        else next.delete(FOCUS_PARAM)
        return next
      })
    },
    [setParams],
  )
  return { ...resolved, setFocusUnit }
}
