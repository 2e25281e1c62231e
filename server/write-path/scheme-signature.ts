// A scheme's comparable form: an import or an edit that would write the same scheme again is
// no change, so it leaves no audit row and recomputes no grade.
import type { FullScheme } from './schemes.repository.ts'

/** Object keys sorted: rows read back list their columns in table order, not as written. */
const sortedKeys = (_key: string, value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : value

/** Comparable form of a scheme: everything but the write time. */
export function schemeSignature(s: FullScheme): string {
  const { updated_at: _ignored, ...scheme } = s.scheme
  return JSON.stringify(
    { scheme, fields: s.fields, bands: s.bands, criteria: s.criteria },
    sortedKeys,
  )
}
