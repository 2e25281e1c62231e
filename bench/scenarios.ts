// What a run measures: the dataset shapes (growth steps and the national dataset) and the
// read requests probed on each. The demo dataset is ~54 units over 6 years; growth steps keep
// its structure (11 districts a province, 15 communes a district) and multiply the units.
import { MAP_2025 } from './dataset-map-2025.ts'
import { type DatasetShape, LAST_YEAR, STRESS_PARENT } from './dataset.ts'
import type { Probe } from './latency.ts'
import type { PhonePage } from './lighthouse.ts'
import type { SpaVisit } from './spa-requests.ts'

export const GROWTH_SHAPES: Record<'1x' | '10x' | '100x', DatasetShape> = {
  '1x': {
    label: '1× demo',
    provinces: 2,
    districts: 22,
    communes: 30,
    years: 6,
    stressCommunes: 0,
    activity: true,
  },
  '10x': {
    label: '10× demo',
    provinces: 3,
    districts: 33,
    communes: 495,
    years: 6,
    stressCommunes: 0,
    activity: true,
  },
  '100x': {
    label: '100× demo',
    provinces: 30,
    districts: 330,
    communes: 4_950,
    years: 6,
    stressCommunes: 0,
    activity: true,
  },
}

/**
 * 63 provinces, 693 districts, 10,600 communes over 10 years (2015–2024), the 10,600-commune
 * stress cohort, and the present map: 34 provinces and 3,321 communes in 2025–2026.
 */
export const NATIONAL_SHAPE: DatasetShape = {
  label: 'national (old map 2015–2024 + 2025 map)',
  provinces: 63,
  districts: 693,
  communes: 10_600,
  years: 10,
  stressCommunes: 10_600,
  activity: true,
  map2025: true,
}

/**
 * --quick: the 10× structure, the full-size stress cohort (2 years) and the full-size present
 * map (34 provinces, 3,321 communes), each with tasks and awards: the SPA's tasks and awards
 * requests at those sizes read real rows, not empty cohorts.
 */
export const QUICK_NATIONAL_SHAPE: DatasetShape = {
  ...GROWTH_SHAPES['10x'],
  label: '10× demo + 10,600-commune cohort (2 years) + 2025 map',
  stressCommunes: 10_600,
  stressYears: 2,
  activity: true,
  map2025: true,
}

const year = LAST_YEAR

/** The cohort every growth step shares: the 11 districts of P01 (size independent of scale). */
export const GROWTH_PROBES: Probe[] = [
  {
    name: 'rankings (P01 districts, 11)',
    path: `/api/rankings?parent=P01&kind=DISTRICT&year=${year}`,
  },
  { name: 'unit profile', path: '/api/units/P01.D01/profile' },
]

export const SMALL_COHORT = { parent: 'P01.D01', kind: 'COMMUNE', year }
export const STRESS_COHORT = { parent: STRESS_PARENT, kind: 'COMMUNE', year }
/** The largest provincial cohort of the present map: P01's 166 communes, 2025. */
export const PROVINCIAL_2025_COHORT = {
  parent: 'P01',
  kind: 'COMMUNE',
  year: MAP_2025.provincialYear,
}
/** The 3,321 communes of the present map in one national cohort, 2026. */
export const NATIONAL_COMMUNE_COHORT = {
  parent: 'VN',
  kind: 'COMMUNE',
  year: MAP_2025.nationalYear,
}
const query = (c: { parent: string; kind: string; year: number }) =>
  `parent=${c.parent}&kind=${c.kind}&year=${c.year}`
/** The page the first-100 probe asks for. */
export const FIRST_PAGE = { offset: 0, limit: 100 }

export const NATIONAL_PROBES: Probe[] = [
  {
    name: 'rankings (15-unit cohort)',
    path: `/api/rankings?parent=P01.D01&kind=COMMUNE&year=${year}`,
  },
  {
    name: 'rankings (10,600-commune cohort, all rows)',
    path: `/api/rankings?parent=${STRESS_PARENT}&kind=COMMUNE&year=${year}`,
  },
  {
    name: 'rankings (10,600-commune cohort, first 100)',
    path: `/api/rankings?parent=${STRESS_PARENT}&kind=COMMUNE&year=${year}&limit=100`,
  },
  {
    name: 'rankings (10,600-commune cohort, last 100)',
    path: `/api/rankings?parent=${STRESS_PARENT}&kind=COMMUNE&year=${year}&limit=100&offset=10500`,
  },
  {
    name: 'rank history (10,600-commune cohort, all years)',
    path: `/api/rankings/history?parent=${STRESS_PARENT}&kind=COMMUNE&year=${year}`,
  },
  { name: 'unit profile', path: '/api/units/P01.D01.C01/profile' },
  { name: 'compare (4 units)', path: '/api/compare?units=P01.D01,P01.D02,P01.D03,P01.D04' },
  { name: 'tasks (P01 districts)', path: `/api/tasks?parent=P01&kind=DISTRICT&year=${year}` },
  { name: 'awards (P01 districts)', path: `/api/awards?parent=P01&kind=DISTRICT&year=${year}` },
  {
    name: 'CSV export (10,600 rows)',
    path: `/api/rankings?parent=${STRESS_PARENT}&kind=COMMUNE&year=${year}&format=csv`,
  },
  // The present map: placements resolved for 2025–2026, cohorts stored on the assessments.
  {
    name: 'rankings (2025 map, P01 communes, 166)',
    path: `/api/rankings?${query(PROVINCIAL_2025_COHORT)}`,
  },
  {
    name: 'rankings (2025 map, 3,321 communes nationally, all rows)',
    path: `/api/rankings?${query(NATIONAL_COMMUNE_COHORT)}`,
  },
  {
    name: 'rankings (2025 map, 3,321 communes nationally, first 100)',
    path: `/api/rankings?${query(NATIONAL_COMMUNE_COHORT)}&limit=100`,
  },
  { name: 'unit profile (2025 map commune)', path: '/api/units/P01.X001/profile' },
  {
    name: 'tasks (2025 map, P01 communes)',
    path: `/api/tasks?${query(PROVINCIAL_2025_COHORT)}`,
  },
]

/**
 * The SPA's pages at the largest cohorts, loaded in Chromium to find every API request they make
 * (spa-requests.ts): the 10,600-unit stress cohort, the 3,321-commune national cohort and the
 * largest provincial cohort of 2025, each as overview, rankings, tasks and awards, and a unit
 * profile in each.
 */
export const SPA_VISITS: SpaVisit[] = (
  [
    ['10,600-commune cohort', STRESS_COHORT, `${STRESS_PARENT}.C00001`],
    ['3,321-commune national cohort (2026)', NATIONAL_COMMUNE_COHORT, 'P17.X050'],
    ['P01 communes (2025, 166)', PROVINCIAL_2025_COHORT, 'P01.X001'],
  ] as const
).flatMap(([cohort, c, unit]) => [
  ...(['overview', 'rankings', 'tasks', 'awards'] as const).map((page) => ({
    label: `${page}, ${cohort}`,
    cohort,
    path: `/${page}?${query(c)}`,
  })),
  { label: `profile of ${unit}`, cohort, path: `/units/${unit}` },
])

/** Phones (Lighthouse) on the demo data: the overview, the rankings page and a unit profile. */
export const PHONE_PAGES: PhonePage[] = [
  { name: 'overview', path: '/overview' },
  { name: 'rankings', path: '/rankings' },
  { name: 'unit profile (Thạnh Hóa)', path: '/units/LONG_AN.THANH_HOA' },
]

/** The cached read loaded under concurrency (a typical dashboard request). */
export const THROUGHPUT_PATH = NATIONAL_PROBES[0]?.path ?? ''

export type RunSettings = {
  quick: boolean
  samples: number
  warmup: number
  /** Time allowed per probe and per cache state (a slow request gets fewer samples). */
  budgetMs: number
  load: { connections: number; durationSeconds: number }
  growth: (keyof typeof GROWTH_SHAPES)[]
  national: DatasetShape
  /** Dataset loaded into PostgreSQL for its import figure. */
  postgresShape: DatasetShape
  /** Samples and time per request the SPA was seen to make. */
  spa: { samples: number; warmup: number; budgetMs: number; minSamples: number }
  /** Lighthouse runs per phone page (the median run is kept; five, as Lighthouse advises). */
  phoneRuns: number
}

export function runSettings(quick: boolean): RunSettings {
  return quick
    ? {
        quick,
        samples: 60,
        warmup: 5,
        budgetMs: 3_000,
        load: { connections: 10, durationSeconds: 3 },
        growth: ['1x', '10x'],
        national: QUICK_NATIONAL_SHAPE,
        postgresShape: GROWTH_SHAPES['10x'],
        spa: { samples: 100, warmup: 5, budgetMs: 1_500, minSamples: 20 },
        phoneRuns: 5,
      }
    : {
        quick,
        samples: 300,
        warmup: 30,
        budgetMs: 100_000,
        load: { connections: 10, durationSeconds: 10 },
        growth: ['1x', '10x', '100x'],
        national: NATIONAL_SHAPE,
        postgresShape: NATIONAL_SHAPE,
        spa: { samples: 200, warmup: 10, budgetMs: 10_000, minSamples: 20 },
        phoneRuns: 5,
      }
}
