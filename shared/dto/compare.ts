import type { NotComparable } from './ranking.ts'
import type { Unit } from './unit.ts'

export type CompareYear = {
  year: number
  indexPct: number
  /** null for index-only results. */
  points: number | null
  maxPoints: number | null
  /** The published rank where given, of the published size where given. */
  rank: number
  total: number
  rankChange: number | null
  notComparable: NotComparable | null
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
