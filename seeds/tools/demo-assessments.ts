// Invented assessment results, shaped by the seed facts of DOMAIN.md: Thạnh Hóa 74.75 (12th of
// 15) in 2022 and 80.1 (5th of 15) in 2023. Everything else is generated, deterministically.
import { DEMO_SCHEMES, type DemoScheme } from './demo-schemes.ts'
import type { DemoUnit } from './demo-units.ts'
import { between, createRandom, round2 } from './random.ts'

export const DEMO_YEARS = [2019, 2020, 2021, 2022, 2023, 2024] as const

export type DemoAssessment = {
  unit: DemoUnit
  year: number
  maxPoints: number
  points: number
  indexPct: number
  rank: number
  grade: string
  fields: Record<string, number>
  published: { rank: number; grade: string; indexPct: number }
}

/** Unit maxima below 100: criteria that do not apply are removed (DOMAIN.md). */
export const REDUCED_FIELDS: Record<string, Record<string, number>> = {
  'LONG_AN.SO_GIAO_THONG': { PUBLIC_FINANCE: 3.5 },
  'LONG_AN.SO_TAI_NGUYEN': { PUBLIC_FINANCE: 3.5 },
  'LONG_AN.BQL_KHU_KINH_TE': { IMPACT: 22, PUBLIC_FINANCE: 6.5 },
  // 2025: the offices without public-service procedures lose the survey and one-stop criteria.
  'TAY_NINH.VP_UBND': { IMPACT: 30 },
  'TAY_NINH.THANH_TRA': { IMPACT: 30 },
  'TAY_NINH.SO_TAI_CHINH': { PUBLIC_FINANCE: 3.5 },
  'AN_GIANG.VP_UBND': { IMPACT: 30 },
}

/** The province whose scheme scores a unit: its code's prefix, or the parent of an official numeric code. */
export function provinceOf(unit: DemoUnit): string {
  return /^\d/.test(unit.code) ? (unit.parentCode ?? '') : (unit.code.split('.')[0] ?? '')
}

export function schemeFor(unit: DemoUnit, year: number): DemoScheme {
  const province = provinceOf(unit)
  const scheme = DEMO_SCHEMES.find(
    (s) =>
      s.province === province &&
      s.kind === unit.kind &&
      s.yearFrom <= year &&
      year <= (s.yearTo ?? Number.POSITIVE_INFINITY),
  )
  if (!scheme) throw new Error(`no demo scheme for ${unit.code} ${year}`)
  return scheme
}

export function fieldMaxima(unit: DemoUnit, year: number): Record<string, number> {
  const reduced = REDUCED_FIELDS[unit.code] ?? {}
  const maxima: Record<string, number> = {}
  for (const [code, max] of schemeFor(unit, year).fields) {
    const value = round2(max - (reduced[code] ?? 0))
    if (value > 0) maxima[code] = value
  }
  return maxima
}

export function gradeOf(unit: DemoUnit, year: number, indexPct: number): string {
  const band = schemeFor(unit, year).bands.find(([, min]) => indexPct >= min)
  return band?.[2] ?? ''
}

/** Splits a total into per-field points (in hundredths) that sum exactly to the total. */
export function splitFields(
  random: () => number,
  maxima: Record<string, number>,
  points: number,
  maxPoints: number,
) {
  const entries = Object.entries(maxima)
  const target = Math.round(points * 100)
  const cents = entries.map(([, max]) =>
    Math.min(
      Math.round(max * 100),
      Math.round(max * 100 * (points / maxPoints) * between(random, 0.93, 1.07)),
    ),
  )
  let residual = target - cents.reduce((a, b) => a + b, 0)
  for (let pass = 0; residual !== 0 && pass < 50; pass++) {
    for (let i = 0; i < cents.length && residual !== 0; i++) {
      const cap = Math.round((entries[i]?.[1] ?? 0) * 100)
      const step = Math.sign(residual) * Math.min(Math.abs(residual), 25)
      const next = Math.max(0, Math.min(cap, (cents[i] ?? 0) + step))
      residual -= next - (cents[i] ?? 0)
      cents[i] = next
    }
  }
  return Object.fromEntries(entries.map(([code], i) => [code, (cents[i] ?? 0) / 100]))
}

export function competitionRanks(values: number[]): number[] {
  return values.map((v) => 1 + values.filter((other) => other > v).length)
}

/** Generates one cohort's results for every demo year. `fixed` pins index values (seed facts). */
export function generateCohort(
  units: DemoUnit[],
  fixed: Record<string, Record<number, number>> = {},
  adjust?: (year: number, indexByUnit: Map<string, number>) => void,
): DemoAssessment[] {
  const random = createRandom(units[0]?.parentCode ?? 'cohort')
  const base = new Map(
    units.map((u) => [
      u.code,
      { level: between(random, 66, 86), trend: between(random, -0.4, 1.6) },
    ]),
  )
  const result: DemoAssessment[] = []
  for (const year of DEMO_YEARS) {
    const indexByUnit = new Map<string, number>()
    for (const unit of units) {
      const b = base.get(unit.code)!
      const pinned = fixed[unit.code]?.[year]
      const value = pinned ?? b.level + b.trend * (year - 2019) + between(random, -3.5, 3.5)
      indexByUnit.set(unit.code, round2(Math.min(97.5, Math.max(48, value))))
    }
    adjust?.(year, indexByUnit)
    const rows = units.map((unit) => {
      const maxPoints = Object.values(fieldMaxima(unit, year)).reduce((a, b) => round2(a + b), 0)
      const points = round2(((indexByUnit.get(unit.code) ?? 0) * maxPoints) / 100)
      return { unit, maxPoints, points, indexPct: round2((points / maxPoints) * 100) }
    })
    const ranks = competitionRanks(rows.map((r) => r.indexPct))
    rows.forEach((row, i) => {
      const grade = gradeOf(row.unit, year, row.indexPct)
      const rank = ranks[i] ?? 0
      result.push({
        ...row,
        year,
        rank,
        grade,
        fields: splitFields(random, fieldMaxima(row.unit, year), row.points, row.maxPoints),
        published: { rank, grade, indexPct: row.indexPct },
      })
    })
  }
  return result
}

/**
 * Moves the other units so the pinned unit lands exactly on `rank`: `rank − 1` units strictly
 * above it and the rest strictly below (at least 0.3 points away).
 */
export function placeAt(indexByUnit: Map<string, number>, pinnedCode: string, rank: number): void {
  const pinned = indexByUnit.get(pinnedCode)!
  const others = [...indexByUnit.entries()]
    .filter(([code]) => code !== pinnedCode)
    .sort((a, b) => b[1] - a[1])
  others.forEach(([code, value], i) => {
    if (i < rank - 1)
      indexByUnit.set(code, round2(Math.max(value, pinned + 0.3 + 0.37 * (rank - 1 - i))))
    else indexByUnit.set(code, round2(Math.min(value, pinned - 0.3 - 0.41 * (i - rank + 1))))
  })
}
