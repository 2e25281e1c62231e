/** A scoring scheme: fields with maxima and grade bands for (province, unit kind, years). */
export type Scheme = {
  id: string
  provinceCode: string
  unitKind: string
  yearFrom: number
  yearTo: number | null
  name: string
  decisionNo: string | null
  fields: { code: string; maxPoints: number; component: string }[]
  bands: { code: string; labelVi: string; labelEn: string; minPct: number }[]
}

export type SchemeSaveResult = { scheme: Scheme; regraded: number }
