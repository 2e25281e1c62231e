import { useSyncExternalStore } from 'react'
import {
  DEFAULT_EXPORT_TARGET,
  isExportTargetId,
  type ExportTargetId,
} from '#client/lib/export-targets.ts'

const STORAGE_KEY = 'par.chartExportTarget'
const listeners = new Set<() => void>()
/** The choice of this page, which holds even where storage is refused. */
let current: ExportTargetId | null = null

function read(): ExportTargetId {
  if (current) return current
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    current = isExportTargetId(value) ? value : DEFAULT_EXPORT_TARGET
  } catch {
    current = DEFAULT_EXPORT_TARGET
  }
  return current
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function choose(next: ExportTargetId) {
  current = next
  try {
    localStorage.setItem(STORAGE_KEY, next)
  } catch {
    // Private mode or a policy: remembered for this page only.
  }
  for (const listener of listeners) listener()
}

/** The image size chosen for exports: one choice for every chart, remembered per browser. */
export function useExportTarget() {
  const target = useSyncExternalStore(subscribe, read, () => DEFAULT_EXPORT_TARGET)
  return [target, choose] as const
}
