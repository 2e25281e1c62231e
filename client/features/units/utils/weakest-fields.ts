import type { FieldResult } from '#shared/dto/profile.ts'

export type FieldShare = { code: string; points: number; maxPoints: number; share: number }

/**
 * A unit's fields by the share of the field's maximum it scored, lowest first: where it lost the
 * most, whatever the field's weight (a field out of 2 and one out of 30 compare). Fields that do
 * not apply (maximum 0 or unknown) are left out; ties go in field-code order.
 */
export function weakestFields(fields: readonly FieldResult[], count = 3): FieldShare[] {
  return fields
    .filter((f): f is FieldResult & { maxPoints: number } => (f.maxPoints ?? 0) > 0)
    .map((f) => ({
      code: f.code,
      points: f.points,
      maxPoints: f.maxPoints,
      share: f.points / f.maxPoints,
    }))
    .sort((a, b) => a.share - b.share || a.code.localeCompare(b.code))
    .slice(0, count)
}
