// An assessment's field points, stored on the assessment row as one JSON text (ADR 013):
// {"CODE":[points,max],...}, codes in sorted order, max null when the unit's own maximum for
// the field is not recorded (readers then take the scheme's). One row per assessment instead of
// one per field point: a national load writes 220,000 rows, not 2 million.

/** One field's points in an assessment, as the readers and the audit images see it. */
export type FieldPoint = {
  unit_code: string
  year: number
  field_code: string
  points: number
  max_points: number | null
}

/** The stored text's shape: field code → [points, maximum or null]. */
export type StoredFieldPoints = Record<string, [number, number | null]>

/** The field points of one assessment (none for null or an empty object), sorted by code. */
export function parseFieldPoints(
  unitCode: string,
  year: number,
  text: string | null,
): FieldPoint[] {
  if (!text) return []
  const stored = JSON.parse(text) as StoredFieldPoints
  const out: FieldPoint[] = []
  for (const code of Object.keys(stored).sort()) {
    const [points, max] = stored[code] as [number, number | null]
    out.push({ unit_code: unitCode, year, field_code: code, points, max_points: max ?? null })
  }
  return out
}

/** The stored text of a set of field points (null for none); the same points give the same text. */
export function formatFieldPoints(
  points: Iterable<Pick<FieldPoint, 'field_code' | 'points' | 'max_points'>>,
): string | null {
  const byCode = new Map<string, [number, number | null]>()
  for (const p of points) byCode.set(p.field_code, [p.points, p.max_points ?? null])
  if (byCode.size === 0) return null
  const stored: StoredFieldPoints = {}
  for (const code of [...byCode.keys()].sort())
    stored[code] = byCode.get(code) as StoredFieldPoints[string]
  return JSON.stringify(stored)
}

/** The field points of many assessments, flattened (year, then code order within a unit). */
export function fieldPointsOf(
  rows: readonly { unit_code: string; year: number; field_points: string | null }[],
): FieldPoint[] {
  const out: FieldPoint[] = []
  for (const row of rows)
    for (const p of parseFieldPoints(row.unit_code, Number(row.year), row.field_points)) out.push(p)
  return out
}

/**
 * An assessment row as its audit images record it: without the field points text. An import's
 * entry lists the fields it changed as `fields`; other writers (publications, grades) change no
 * points, and a copy of every point in two images per row would be most of each entry.
 */
export function withoutFieldPoints<R extends { field_points?: string | null }>(
  row: R,
): Omit<R, 'field_points'> {
  const { field_points: _points, ...image } = row
  return image
}
