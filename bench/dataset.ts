// A deterministic synthetic dataset at any scale, as CSV bytes in the import formats of seeds/*.csv
// (units, schemes, assessments with field:CODE columns, tasks by status, awards). Same shape in,
// same bytes out: every run of the benchmark measures the same data.
import type { ImportFileKind } from '#shared/import/import-columns.ts'
import {
  buildMap2025,
  endsWithOldMap,
  LINEAGE_HEADER,
  MAP_2025,
  NEW_MAP_YEARS,
} from './dataset-map-2025.ts'
import {
  assessmentRow,
  awardRows,
  type Cell,
  FIELDS,
  LAST_YEAR,
  pad,
  schemeRows,
  taskRows,
  type Unit,
} from './dataset-rows.ts'

export { LAST_YEAR } from './dataset-rows.ts'

export type DatasetShape = {
  label: string
  provinces: number
  districts: number
  /** Communes spread over the districts (15–16 each at national scale). */
  communes: number
  years: number
  /** Extra communes under one synthetic parent, ranked as a single cohort (the stress cohort). */
  stressCommunes: number
  /** Years of the stress cohort (the latest ones); defaults to `years`. */
  stressYears?: number
  /** Tasks and awards for the stress cohort and the present map too, or assessments only. */
  activity: boolean
  /**
   * The present map as well (34 provinces, 3,321 communes from 1 July 2025, lineage from the old
   * units), assessed in 2025 (provincial cohorts) and 2026 (one national commune cohort).
   */
  map2025?: boolean
}

export type ImportFile = { kind: ImportFileKind; name: string; bytes: Uint8Array; rows: number }
export type CohortYear = { parent: string; kind: string; year: number; size: number }
export type Dataset = {
  shape: DatasetShape
  files: ImportFile[]
  units: number
  rows: number
  /** Years of the old map. */
  years: number[]
  /** Years of the present map (empty without it). */
  newMapYears: number[]
  /** Every cohort-year with assessments: what gets published. */
  cohortYears: CohortYear[]
  /** Communes of each province of the present map (empty without it). */
  map2025Sizes: Map<string, number>
}

export const STRESS_PARENT = 'NATIONAL_COMMUNES'

/** Units per import file: files of some tens of thousands of rows, loaded one after another. */
const CHUNK_UNITS = 2_000

const quote = (cell: Cell) =>
  /[",\r\n]/.test(String(cell)) ? `"${String(cell).replaceAll('"', '""')}"` : String(cell)
const encoder = new TextEncoder()

function csvFile(kind: ImportFileKind, name: string, header: string[], rows: Cell[][]): ImportFile {
  const text = [header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n')
  return { kind, name, bytes: encoder.encode(`${text}\r\n`), rows: rows.length }
}

/** The unit tree: VN → provinces → districts → communes, plus the stress cohort's parent. */
export function buildUnits(shape: DatasetShape): Unit[] {
  const units: Unit[] = [{ code: 'VN', name: 'Việt Nam', kind: 'COUNTRY', parent: '' }]
  const perProvince = Math.floor(shape.districts / Math.max(1, shape.provinces))
  const perDistrict = Math.floor(shape.communes / Math.max(1, shape.districts))
  // The remainder goes to the last districts, so P01.D01 keeps the typical 15 communes.
  const firstWithExtra = shape.districts - (shape.communes - perDistrict * shape.districts)
  let district = 0
  for (let p = 1; p <= shape.provinces; p += 1) {
    const province = `P${pad(p, 2)}`
    units.push({
      code: province,
      name: `Tỉnh Thử nghiệm ${pad(p, 2)}`,
      kind: 'PROVINCE',
      parent: 'VN',
    })
    const districts = p === shape.provinces ? shape.districts - district : perProvince
    for (let d = 1; d <= districts; d += 1, district += 1) {
      const code = `${province}.D${pad(d, 2)}`
      units.push({
        code,
        name: `Huyện Thử nghiệm ${pad(d, 2)}`,
        kind: 'DISTRICT',
        parent: province,
      })
      const communes = perDistrict + (district >= firstWithExtra ? 1 : 0)
      for (let c = 1; c <= communes; c += 1) {
        units.push({
          code: `${code}.C${pad(c, 2)}`,
          name: `Xã Thử nghiệm ${pad(c, 2)}`,
          kind: 'COMMUNE',
          parent: code,
        })
      }
    }
  }
  if (shape.stressCommunes > 0) {
    units.push({
      code: STRESS_PARENT,
      name: 'Toàn quốc (cụm xã thử tải)',
      kind: 'PROVINCE',
      parent: 'VN',
    })
    for (let c = 1; c <= shape.stressCommunes; c += 1) {
      units.push({
        code: `${STRESS_PARENT}.C${pad(c, 5)}`,
        name: `Xã thử tải ${pad(c, 5)}`,
        kind: 'COMMUNE',
        parent: STRESS_PARENT,
      })
    }
  }
  return units
}

function chunked<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** Every import file of the dataset, in load order (units, lineage, schemes, assessments, tasks, awards). */
export function generateDataset(shape: DatasetShape): Dataset {
  const oldUnits = buildUnits(shape)
  const firstYear = LAST_YEAR - shape.years + 1
  const years = Array.from({ length: shape.years }, (_, i) => firstYear + i)
  const map = shape.map2025 ? buildMap2025(oldUnits) : null
  const oldMapUnits = map
    ? oldUnits.map((u) => (endsWithOldMap(u) ? { ...u, validTo: MAP_2025.oldMapEnds } : u))
    : oldUnits
  const units = [...oldMapUnits, ...(map?.newProvinces ?? []), ...(map?.communes ?? [])]
  const scored = oldUnits.filter((u) => u.kind !== 'COUNTRY')
  const country = oldUnits.filter((u) => u.kind === 'COUNTRY')
  const files: ImportFile[] = [
    csvFile(
      'units',
      'units.csv',
      ['code', 'name', 'kind', 'parent_code', 'title', 'valid_from', 'valid_to'],
      units.map((u) => [
        u.code,
        u.name,
        u.kind,
        u.parent,
        u.title ?? '',
        u.validFrom ?? '',
        u.validTo ?? '',
      ]),
    ),
    csvFile('schemes', 'schemes.csv', SCHEME_HEADER, [
      ...schemeRows(oldUnits, firstYear),
      ...(map
        ? schemeRows(
            [...country, ...presentProvinces(units)],
            NEW_MAP_YEARS[0] ?? 0,
            NEW_MAP_YEARS.at(-1),
          )
        : []),
    ]),
  ]
  if (map) files.push(csvFile('lineage', 'lineage.csv', LINEAGE_HEADER, map.lineage))
  const isStress = (u: Unit) => u.parent === STRESS_PARENT
  const stressYears = years.slice(-(shape.stressYears ?? shape.years))
  chunked(scored, CHUNK_UNITS).forEach((part, i) => {
    const rows = part.flatMap((u) =>
      (isStress(u) ? stressYears : years).map((y) => assessmentRow(u, y)),
    )
    files.push(csvFile('assessments', `assessments-${i}.csv`, ASSESSMENT_HEADER, rows))
  })
  const cohortYears = oldCohortYears(scored, years, stressYears)
  const present = map ? [...presentProvinces(units), ...map.communes] : []
  if (map) {
    // 2025: each province ranks its communes, the country its 34 provinces; 2026: the country
    // ranks all 3,321 communes in one cohort (the file names it: cohort_parent VN).
    const nationalYear: number = MAP_2025.nationalYear
    const cell = (u: Unit, y: number) => (u.kind === 'COMMUNE' && y === nationalYear ? 'VN' : '')
    chunked(present, CHUNK_UNITS).forEach((part, i) => {
      const rows = part.flatMap((u) =>
        NEW_MAP_YEARS.map((y) => [...assessmentRow(u, y), cell(u, y)]),
      )
      files.push(
        csvFile(
          'assessments',
          `assessments-2025-map-${i}.csv`,
          [...ASSESSMENT_HEADER, 'cohort_parent'],
          rows,
        ),
      )
    })
    const provinces = presentProvinces(units).length
    for (const year of NEW_MAP_YEARS)
      cohortYears.push({ parent: 'VN', kind: 'PROVINCE', year, size: provinces })
    for (const [province, size] of map.sizes)
      cohortYears.push({ parent: province, kind: 'COMMUNE', year: MAP_2025.provincialYear, size })
    cohortYears.push({
      parent: 'VN',
      kind: 'COMMUNE',
      year: nationalYear,
      size: map.communes.length,
    })
  }
  const active: [Unit, number[]][] = [
    ...scored
      .filter((u) => shape.activity || !isStress(u))
      .map((u): [Unit, number[]] => [u, years]),
    ...(shape.activity ? present.map((u): [Unit, number[]] => [u, NEW_MAP_YEARS]) : []),
  ]
  chunked(active, CHUNK_UNITS).forEach((part, i) => {
    files.push(
      csvFile(
        'tasks',
        `tasks-${i}.csv`,
        TASK_HEADER,
        part.flatMap(([u, ys]) => ys.flatMap((y) => taskRows(u, y))),
      ),
    )
    files.push(
      csvFile(
        'awards',
        `awards-${i}.csv`,
        AWARD_HEADER,
        part.flatMap(([u, ys]) => ys.flatMap((y) => awardRows(u, y))),
      ),
    )
  })
  files.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
  const rows = files.reduce((sum, f) => sum + f.rows, 0)
  return {
    shape,
    files,
    units: units.length,
    rows,
    years,
    newMapYears: map ? NEW_MAP_YEARS : [],
    cohortYears,
    map2025Sizes: map?.sizes ?? new Map(),
  }
}

/** The provinces in force on the present map (P01…P34, old codes or new). */
function presentProvinces(units: readonly Unit[]): Unit[] {
  return units.filter(
    (u) =>
      u.kind === 'PROVINCE' &&
      /^P\d+$/.test(u.code) &&
      Number(u.code.slice(1)) <= MAP_2025.provinces,
  )
}

/** Each (parent, kind) of the old map in each year it was assessed. */
function oldCohortYears(
  scored: readonly Unit[],
  years: number[],
  stressYears: number[],
): CohortYear[] {
  const sizes = new Map<string, { parent: string; kind: string; size: number }>()
  for (const u of scored) {
    const key = `${u.parent}|${u.kind}`
    const cohort = sizes.get(key) ?? { parent: u.parent, kind: u.kind, size: 0 }
    cohort.size += 1
    sizes.set(key, cohort)
  }
  return [...sizes.values()].flatMap((c) =>
    (c.parent === STRESS_PARENT ? stressYears : years).map((year) => ({ ...c, year })),
  )
}

const SCHEME_HEADER = [
  'province_code',
  'unit_kind',
  'year_from',
  'year_to',
  'name',
  'item',
  'code',
  'max_points',
  'component',
  'min_pct',
  'label_vi',
  'label_en',
]
const ASSESSMENT_HEADER = [
  'unit_code',
  'year',
  'max_points',
  'points',
  ...FIELDS.map(([code]) => `field:${code}`),
]
const TASK_HEADER = [
  'unit_code',
  'year',
  'field',
  'DONE_ON_TIME',
  'DONE_LATE',
  'IN_PROGRESS',
  'OVERDUE',
  'NOT_STARTED',
  'CANCELLED',
]
const AWARD_HEADER = [
  'unit_code',
  'year',
  'award_code',
  'recipient_type',
  'count',
  'recipient_name',
  'issuer_level',
  'decision_no',
  'decision_date',
  'reason',
]

const KIND_ORDER: ImportFileKind[] = [
  'units',
  'lineage',
  'schemes',
  'assessments',
  'tasks',
  'awards',
]
