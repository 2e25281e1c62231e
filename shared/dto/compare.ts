import type { Unit } from './unit.ts'

export type CompareYear = {
  year: number
  indexPct: number
  points: number
  maxPoints: number
  rank: number
  total: number
  grade: string | null
  fields: { code: string; points: number; maxPoints: number | null }[]
}

export type CompareUnit = { unit: Unit; years: CompareYear[] }

/** GET /api/compare: units in the order asked, each with its yearly results. */
export type Comparison = {
  items: CompareUnit[]
  /** Every year any of the units has a result, ascending. */
  years: number[]
}
