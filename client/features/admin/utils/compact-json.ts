// Audit entries carry whole rows before and after a change; the log shows only what differs.

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '∅'
  if (typeof value === 'string') return value
  return JSON.stringify(value)
}

/**
 * "role: EDITOR → ADMIN; disabled_at: ∅ → 2026-…" for an update; "+ {…}" for an insert and
 * "− {…}" for a delete; keys whose value did not change are left out.
 */
export function describeAuditChange(before: unknown, after: unknown, maxLength = 240): string {
  let text: string
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    text = keys
      .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
      .map((k) => `${k}: ${show(before[k])} → ${show(after[k])}`)
      .join('; ')
  } else if (before === null || before === undefined) {
    text = `+ ${show(after)}`
  } else if (after === null || after === undefined) {
    text = `− ${show(before)}`
  } else {
    text = `${show(before)} → ${show(after)}`
  }
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text
}

const SUBJECT_KEYS = ['email', 'code', 'name', 'unit_code'] as const

/** What an entry is about, readably: a user's email or a unit's code rather than a bare id. */
export function auditSubject(entry: {
  entityKey: string
  before: unknown
  after: unknown
}): string {
  for (const row of [entry.after, entry.before]) {
    if (!isObject(row)) continue
    for (const key of SUBJECT_KEYS) {
      const value = row[key]
      if (typeof value === 'string' && value !== '') return value
    }
  }
  return entry.entityKey
}
