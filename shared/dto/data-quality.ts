import type { PublishedFlag } from '../kpi/published-flags.ts'

/** A unit-year whose published rank, grade or index differs from what the product computes. */
export type DataQualityItem = {
  unit: { code: string; name: string }
  year: number
  status: string
  computed: { rank: number; grade: string | null; indexPct: number }
  published: { rank: number | null; grade: string | null; indexPct: number | null }
  flags: PublishedFlag[]
}

export type DataQualityReport = {
  parentCode: string
  kind: string
  year: number | null
  /** Unit-years compared. */
  checked: number
  items: DataQualityItem[]
}
