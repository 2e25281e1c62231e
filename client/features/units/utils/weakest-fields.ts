import type { FieldResult } from '#shared/dto/profile.ts'

export type FieldLoss = {
  code: string
  points: number
  maxPoints: number
  /** Points short of the field's maximum. */
  lost: number
  share: number
}

/**
 * A unit's fields by the points they lost against their maximum, most first: the points the
 * index would gain back, which is what a department head asks of a year ("where did we lose
 * points"). By share alone a field out of 8 that lost 2 came before one out of 30 that lost 6.36.
 * Fields that do not apply (maximum 0 or unknown) are left out, and so are fields at their
 * maximum; ties go to the lower share, then field-code order.
 */
export function weakestFields(fields: readonly FieldResult[], count = 3): FieldLoss[] {
  return fields
    .filter((f): f is FieldResult & { maxPoints: number } => (f.maxPoints ?? 0) > 0)
    .map((f) => ({
      code: f.code,
      points: f.points,
      maxPoints: f.maxPoints,
      // Rounded as the points are printed: 30 − 23.64 is 6.359999… in binary.
      lost: Math.round((f.maxPoints - f.points) * 100) / 100,
      share: f.points / f.maxPoints,
    }))
    .filter((f) => f.lost > 0)
    .sort((a, b) => b.lost - a.lost || a.share - b.share || a.code.localeCompare(b.code))
    .slice(0, count)
}
