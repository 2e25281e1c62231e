/** A criterion (tiêu chí) of a scheme's field: its maximum and the part it belongs to. */
export type SchemeCriterion = { code: string; name: string; maxPoints: number; component: string }

/**
 * A field of a scheme. `appraisalMax` and `surveyMax` are its two parts when it has both (they
 * add up to maxPoints); null when the whole field is its `component`.
 */
export type SchemeField = {
  code: string
  maxPoints: number
  component: string
  appraisalMax: number | null
  surveyMax: number | null
  criteria: SchemeCriterion[]
}

/** A grade band: the index must reach minPct (`minInclusive`, "≥ 90") or exceed it ("> 95"). */
export type SchemeBand = {
  code: string
  labelVi: string
  labelEn: string
  minPct: number
  minInclusive: boolean
}

/** A scoring scheme: fields with maxima and criteria, and grade bands for (province, unit kind, years). */
export type Scheme = {
  id: string
  provinceCode: string
  unitKind: string
  yearFrom: number
  yearTo: number | null
  name: string
  decisionNo: string | null
  fields: SchemeField[]
  bands: SchemeBand[]
}

export type SchemeSaveResult = { scheme: Scheme; regraded: number }
