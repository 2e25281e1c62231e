import type { Scheme } from '#shared/dto/scheme.ts'
import type { FullScheme } from './schemes.repository.ts'

/** Rows → DTO; numbers wrapped in Number() for drivers that return text. */
export function toScheme({ scheme, fields, bands }: FullScheme): Scheme {
  return {
    id: scheme.id,
    provinceCode: scheme.province_code,
    unitKind: scheme.unit_kind,
    yearFrom: Number(scheme.year_from),
    yearTo: scheme.year_to === null ? null : Number(scheme.year_to),
    name: scheme.name,
    decisionNo: scheme.decision_no,
    fields: fields.map((f) => ({
      code: f.field_code,
      maxPoints: Number(f.max_points),
      component: f.component,
    })),
    bands: bands.map((b) => ({
      code: b.grade_code,
      labelVi: b.label_vi,
      labelEn: b.label_en,
      minPct: Number(b.min_pct),
    })),
  }
}
