import { useSyncExternalStore } from 'react'

/** The width below which the app lays itself out for a phone (as the stylesheets' breakpoint). */
export const PHONE_QUERY = '(max-width: 600px)'

function query(): MediaQueryList | null {
  return typeof matchMedia === 'function' ? matchMedia(PHONE_QUERY) : null
}

function subscribe(onChange: () => void) {
  const list = query()
  list?.addEventListener('change', onChange)
  return () => list?.removeEventListener('change', onChange)
}

/** True on a phone-sized screen, following rotation and resizing. */
export function usePhone(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? false,
    () => false,
  )
}
