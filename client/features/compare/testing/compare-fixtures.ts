// A comparison's parts as the compare tests build them: a district of Long An, and its result of
// a year (rank 1 of 15, out of 100, no grade, no scheme).
import type { ComparisonData } from '#shared/dto/compare.ts'

type Item = ComparisonData['items'][number]

/** A district of Long An named by its code. */
export const districtUnit = (code: string): Item['unit'] => ({
  code,
  name: code,
  kind: 'DISTRICT',
  parentCode: 'LONG_AN',
  title: 'HUYEN',
  validFrom: null,
  validTo: null,
})

/** A district's result in `year`, with each field's points of 10. */
export const districtYear = (
  year: number,
  indexPct: number,
  fields: [string, number][] = [],
): Item['years'][number] => ({
  year,
  indexPct,
  points: indexPct,
  maxPoints: 100,
  rank: 1,
  total: 15,
  rankChange: null,
  notComparable: null,
  grade: null,
  cohort: {
    parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
    kind: 'DISTRICT',
    block: null,
  },
  scheme: null,
  fields: fields.map(([code, points]) => ({ code, points, maxPoints: 10, sharePct: points * 10 })),
})
