import { useEffect, useSyncExternalStore } from 'react'

/**
 * What a printed page repeats at its top and bottom (print.css draws it in the page margins):
 * what the page shows and for which year, the figures' publication status and their source.
 * Each part is set by the component that knows it and cleared when that component goes away.
 */
export type RunningHeader = {
  /** "Xếp hạng Chỉ số CCHC — Tỉnh Tây Ninh (cấp xã), 2025" */
  heading: string | null
  /** "Đã công bố — QĐ 2729/QĐ-UBND ngày 29/12/2023" / "Dự thảo — chưa công bố" */
  status: string | null
  /** "Nguồn: Quyết định số … của UBND tỉnh …" */
  source: string | null
}

const EMPTY: RunningHeader = { heading: null, status: null, source: null }
let current: RunningHeader = EMPTY
const listeners = new Set<() => void>()

function update(part: Partial<RunningHeader>) {
  const next = { ...current, ...part }
  if ((Object.keys(next) as (keyof RunningHeader)[]).every((k) => next[k] === current[k])) return
  current = next
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** The running header as it stands; re-renders the caller when any part changes. */
export function useRunningHeader(): RunningHeader {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => EMPTY,
  )
}

/**
 * Sets one part of the running header while the caller is mounted (null: nothing to say). With
 * `enabled` false the caller leaves the part to another component (a page whose figures another
 * source gives: the awards' decisions, not the index's).
 */
export function useRunningHeaderPart(
  part: keyof RunningHeader,
  value: string | null,
  enabled = true,
) {
  useEffect(() => {
    if (!enabled) return
    update({ [part]: value })
    return () => update({ [part]: null })
  }, [part, value, enabled])
}
