// Results in cohorts as published: Tây Ninh's departments in 2022–2023 (real, see seeds/README.md),
// the merged provinces' 2025 blocks (departments; wards; communes with special zones), and the
// national table of provinces (index only). Every 2025 score and rank, and every national value not
// listed as real in the README, is invented, deterministically.
import {
  competitionRanks,
  fieldMaxima,
  gradeOf,
  schemeFor,
  splitFields,
} from './demo-assessments.ts'
import {
  AN_GIANG_COMMUNES,
  AN_GIANG_WARDS,
  TAY_NINH_COMMUNES,
  TAY_NINH_WARDS,
} from './demo-map-2025.ts'
import {
  AN_GIANG_DEPARTMENTS,
  type DemoUnit,
  LONG_XUYEN_COMMUNES,
  PROVINCES,
  TAY_NINH_DEPARTMENTS,
  TAY_NINH_NEW_DEPARTMENTS,
} from './demo-units.ts'
import { between, createRandom, round2 } from './random.ts'

export type PublishedResult = {
  unit: DemoUnit
  year: number
  /** The block ("Khối") the decision ranked the unit in; '' is the default cohort. */
  cohort: string
  /** The number of units the decision ranked in that block ("Số đơn vị"). */
  cohortSize: number | null
  maxPoints: number | null
  points: number | null
  indexPct: number
  /** The published rank ("Xếp hạng"); null when the table printed none. */
  rank: number | null
  grade: string | null
  fields: Record<string, number>
  /** A unit's own maximum where it differs from the scheme's (0: the criterion does not apply). */
  fieldMax: Record<string, number>
}

/** Block names as the demo prints them (seeds/README.md: the real decisions' headings). */
export const BLOCK = {
  departments: 'Sở, ban, ngành',
  wards: 'Phường',
  communes: 'Xã',
  communesAndZones: 'Xã, đặc khu',
} as const

const unitByCode = new Map(
  [...TAY_NINH_DEPARTMENTS, ...TAY_NINH_NEW_DEPARTMENTS, ...AN_GIANG_DEPARTMENTS, ...PROVINCES].map(
    (u) => [u.code, u],
  ),
)
function unit(code: string): DemoUnit {
  const found = unitByCode.get(code)
  if (!found) throw new Error(`unknown demo unit ${code}`)
  return found
}

const indexOnly = (
  u: DemoUnit,
  year: number,
  cohort: string,
  cohortSize: number,
  indexPct: number,
  rank: number | null,
  grade: string | null = null,
): PublishedResult => ({
  unit: u,
  year,
  cohort,
  cohortSize,
  maxPoints: null,
  points: null,
  indexPct,
  rank,
  grade,
  fields: {},
  fieldMax: {},
})

/**
 * Tây Ninh, departments. 2022: only the first and the last of 19 were reported (index only).
 * 2023: the whole table of Quyết định 2729/QĐ-UBND (25 December 2023): maximum, appraised points,
 * index and grade as printed (the table has no rank column; the product ranks by index).
 */
export function tayNinhDepartmentsReal(): PublishedResult[] {
  const y2022 = [
    indexOnly(unit('TAY_NINH.VP_UBND'), 2022, BLOCK.departments, 19, 99.28, 1, 'Tốt'),
    indexOnly(unit('TAY_NINH.SO_Y_TE'), 2022, BLOCK.departments, 19, 55.27, 19, 'Kém'),
  ]
  const table: [code: string, max: number, points: number, index: number, grade: string][] = [
    ['VP_UBND', 71.5, 69.25, 96.85, 'Tốt'],
    ['THANH_TRA', 71.5, 69.0, 96.5, 'Tốt'],
    ['SO_TTTT', 100, 94.43, 94.43, 'Tốt'],
    ['SO_TAI_CHINH', 96.5, 91.0, 94.3, 'Tốt'],
    ['SO_TU_PHAP', 100, 94.0, 94.0, 'Tốt'],
    ['SO_NOI_VU', 96.5, 90.32, 93.6, 'Tốt'],
    ['SO_GIAO_DUC', 100, 90.0, 90.0, 'Tốt'],
    ['SO_KHCN', 100, 87.43, 87.43, 'Tốt'],
    ['SO_LDTBXH', 100, 86.84, 86.84, 'Tốt'],
    ['SO_VHTTDL', 96.5, 83.59, 86.62, 'Tốt'],
    ['SO_NN_PTNT', 100, 86.25, 86.25, 'Tốt'],
    ['BQL_KKT', 100, 86.05, 86.05, 'Tốt'],
    ['SO_NGOAI_VU', 71.5, 61.0, 85.31, 'Tốt'],
    ['SO_CONG_THUONG', 100, 84.75, 84.75, 'Tốt'],
    ['SO_XAY_DUNG', 100, 83.78, 83.78, 'Tốt'],
    ['SO_GTVT', 100, 82.38, 82.38, 'Tốt'],
    ['SO_KHDT', 96.5, 78.84, 81.7, 'Tốt'],
    ['SO_TNMT', 100, 78.49, 78.49, 'Khá'],
    ['SO_Y_TE', 100, 49.07, 49.07, 'Kém'],
  ]
  const y2023 = table.map(([code, max, points, index, grade]) => ({
    unit: unit(`TAY_NINH.${code}`),
    year: 2023,
    cohort: BLOCK.departments,
    cohortSize: table.length,
    maxPoints: max,
    points,
    indexPct: index,
    rank: null,
    grade,
    fields: {},
    fieldMax: {},
  }))
  return [...y2022, ...y2023]
}

/** Distinct published ranks in 1..size for `n` units, best first (a partly loaded block). */
function spreadRanks(random: () => number, n: number, size: number): number[] {
  const pool = Array.from({ length: size }, (_, i) => i + 1)
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[pool[i], pool[j]] = [pool[j] as number, pool[i] as number]
  }
  return pool.slice(0, n).sort((a, b) => a - b)
}

type BlockSpec = {
  units: DemoUnit[]
  year: number
  cohort: string
  cohortSize: number
  seed: string
  /** Range the invented index is drawn from. */
  range: [number, number]
  /** A press table of percentages only (no points, no maximum, no field split). */
  indexOnly?: boolean
}

/** One published block of one year: invented scores, ranks as the decision would print them. */
function generateBlock(spec: BlockSpec): PublishedResult[] {
  const random = createRandom(spec.seed)
  const drafts = spec.units.map((u) => {
    const maxima = fieldMaxima(u, spec.year)
    const maxPoints = Object.values(maxima).reduce((a, b) => round2(a + b), 0)
    const target = round2(between(random, spec.range[0], spec.range[1]))
    const points = round2((target * maxPoints) / 100)
    const indexPct = spec.indexOnly ? target : round2((points / maxPoints) * 100)
    return { u, maxima, maxPoints, points, indexPct }
  })
  const full = spec.units.length === spec.cohortSize
  const order = drafts.map((d, i) => [d.indexPct, i] as const).sort((a, b) => b[0] - a[0])
  const ranks = new Array<number>(drafts.length)
  if (full) {
    competitionRanks(drafts.map((d) => d.indexPct)).forEach((r, i) => (ranks[i] = r))
  } else {
    const spread = spreadRanks(random, drafts.length, spec.cohortSize)
    order.forEach(([, i], k) => (ranks[i] = spread[k] ?? 0))
  }
  const schemeMax = Object.fromEntries(
    spec.units[0] ? schemeFor(spec.units[0], spec.year).fields.map(([c, m]) => [c, m]) : [],
  )
  return drafts.map((d, i) => {
    const fieldMax: Record<string, number> = {}
    for (const [code, max] of Object.entries(schemeMax))
      if ((d.maxima[code] ?? 0) !== max) fieldMax[code] = d.maxima[code] ?? 0
    return {
      unit: d.u,
      year: spec.year,
      cohort: spec.cohort,
      cohortSize: spec.cohortSize,
      maxPoints: spec.indexOnly ? null : d.maxPoints,
      points: spec.indexOnly ? null : d.points,
      indexPct: d.indexPct,
      rank: ranks[i] ?? null,
      grade: gradeOf(d.u, spec.year, d.indexPct),
      fields: spec.indexOnly ? {} : splitFields(random, d.maxima, d.points, d.maxPoints),
      fieldMax: spec.indexOnly ? {} : fieldMax,
    }
  })
}

const TAY_NINH_DEPARTMENTS_2025 = [
  'VP_UBND',
  'THANH_TRA',
  'SO_NOI_VU',
  'SO_TU_PHAP',
  'SO_TAI_CHINH',
  'SO_CONG_THUONG',
  'SO_NN_MT',
  'SO_XAY_DUNG',
  'SO_KHCN',
  'SO_GIAO_DUC',
  'SO_Y_TE',
  'SO_VHTTDL',
  'BQL_KKT',
].map((s) => unit(`TAY_NINH.${s}`))

/** Tây Ninh 2025: one decision, three blocks; a full table with points and field splits. */
export function tayNinh2025(): PublishedResult[] {
  return [
    ...generateBlock({
      units: TAY_NINH_DEPARTMENTS_2025,
      year: 2025,
      cohort: BLOCK.departments,
      cohortSize: 15,
      seed: 'TAY_NINH:DEPARTMENT:2025',
      range: [78, 97],
    }),
    ...generateBlock({
      units: TAY_NINH_WARDS,
      year: 2025,
      cohort: BLOCK.wards,
      cohortSize: TAY_NINH_WARDS.length,
      seed: 'TAY_NINH:WARDS:2025',
      range: [76, 95],
    }),
    ...generateBlock({
      units: TAY_NINH_COMMUNES,
      year: 2025,
      cohort: BLOCK.communes,
      cohortSize: 82,
      seed: 'TAY_NINH:COMMUNES:2025',
      range: [68, 93],
    }),
  ]
}

const MY_HOA_HUNG = LONG_XUYEN_COMMUNES.find((u) => u.code.endsWith('.MY_HOA_HUNG'))
/** Mỹ Hòa Hưng as it stands in 2025: directly under the province. */
const MY_HOA_HUNG_2025: DemoUnit | undefined = MY_HOA_HUNG && {
  ...MY_HOA_HUNG,
  parentCode: 'AN_GIANG',
}

/** An Giang 2025: a press table of percentages and ranks, each block loaded partly. */
export function anGiang2025(): PublishedResult[] {
  return [
    ...generateBlock({
      units: AN_GIANG_DEPARTMENTS,
      year: 2025,
      cohort: BLOCK.departments,
      cohortSize: 17,
      seed: 'AN_GIANG:DEPARTMENT:2025',
      range: [80, 96],
      indexOnly: true,
    }),
    ...generateBlock({
      units: AN_GIANG_WARDS,
      year: 2025,
      cohort: BLOCK.wards,
      cohortSize: 14,
      seed: 'AN_GIANG:WARDS:2025',
      range: [78, 95],
      indexOnly: true,
    }),
    ...generateBlock({
      units: [...(MY_HOA_HUNG_2025 ? [MY_HOA_HUNG_2025] : []), ...AN_GIANG_COMMUNES],
      year: 2025,
      cohort: BLOCK.communesAndZones,
      cohortSize: 88,
      seed: 'AN_GIANG:COMMUNES:2025',
      range: [70, 94],
      indexOnly: true,
    }),
  ]
}

/**
 * The national PAR Index of provinces, index only, loaded partly. Real values (seeds/README.md):
 * 2023 Hải Phòng 91.81 % 2nd and Hà Nội 91.43 % 3rd; 2024 Hải Phòng 96.17 % 1st, with Bà Rịa - Vũng
 * Tàu 2nd and Hà Nội 3rd (their percentages were not found: invented). Everything else is invented.
 */
export function national(): PublishedResult[] {
  const rows: [year: number, size: number, code: string, index: number, rank: number][] = [
    [2023, 63, 'HAI_PHONG', 91.81, 2],
    [2023, 63, 'HA_NOI', 91.43, 3],
    [2023, 63, 'LONG_AN', 89.62, 12],
    [2023, 63, 'AN_GIANG', 87.15, 29],
    [2023, 63, 'TAY_NINH', 86.04, 37],
    [2023, 63, 'KIEN_GIANG', 84.9, 46],
    [2024, 63, 'HAI_PHONG', 96.17, 1],
    [2024, 63, 'BA_RIA_VUNG_TAU', 94.36, 2],
    [2024, 63, 'HA_NOI', 93.52, 3],
    [2024, 63, 'LONG_AN', 90.48, 11],
    [2024, 63, 'TAY_NINH', 88.61, 30],
    [2024, 63, 'AN_GIANG', 88.03, 34],
    [2024, 63, 'KIEN_GIANG', 86.27, 49],
    [2025, 34, 'HAI_PHONG', 94.88, 2],
    [2025, 34, 'HA_NOI', 95.06, 1],
    [2025, 34, 'QUANG_NINH', 93.7, 4],
    [2025, 34, 'HO_CHI_MINH', 93.91, 3],
    [2025, 34, 'TAY_NINH', 89.44, 15],
    [2025, 34, 'AN_GIANG', 87.96, 21],
  ]
  return rows.map(([year, size, code, index, rank]) =>
    indexOnly(unit(code), year, '', size, index, rank),
  )
}
