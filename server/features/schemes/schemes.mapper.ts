import type { Scheme, SchemeCriterion } from '#shared/dto/scheme.ts'
import type { FullScheme } from '#server/write-path/schemes.repository.ts'

const numberOrNull = (value: number | null) => (value === null ? null : Number(value))

/**
 * Rows → DTO; numbers wrapped in Number() for drivers that return text, the band bound stored as
 * integer 0/1 (no boolean type on SQLite) turned into a boolean.
 */
export function toScheme({ scheme, fields, bands, criteria }: FullScheme): Scheme {
  const criteriaOf = new Map<string, SchemeCriterion[]>()
  for (const c of criteria) {
    const list = criteriaOf.get(c.field_code) ?? []
    list.push({
      code: c.criterion_code,
      name: c.name,
      maxPoints: Number(c.max_points),
      component: c.component,
    })
    criteriaOf.set(c.field_code, list)
  }
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
      appraisalMax: numberOrNull(f.appraisal_max),
      surveyMax: numberOrNull(f.survey_max),
      criteria: criteriaOf.get(f.field_code) ?? [],
    })),
    bands: bands.map((b) => ({
      code: b.grade_code,
      labelVi: b.label_vi,
      labelEn: b.label_en,
      minPct: Number(b.min_pct),
      minInclusive: Number(b.min_inclusive) !== 0,
    })),
  }
}
