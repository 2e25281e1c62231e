// What a run measures: the dataset shapes (growth steps and the national dataset) and the
// read requests probed on each. The demo dataset is ~54 units over 6 years; growth steps keep
// its structure (11 districts a province, 15 communes a district) and multiply the units.
import { type DatasetShape, LAST_YEAR, STRESS_PARENT } from './dataset.ts'
import type { Probe } from './latency.ts'

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

/** 63 provinces, 693 districts, 10,600 communes over 10 years, plus the 10,600-commune stress cohort. */
export const NATIONAL_SHAPE: DatasetShape = {
  label: 'national',
  provinces: 63,
  districts: 693,
  communes: 10_600,
  years: 10,
  stressCommunes: 10_600,
  activity: true,
}

/** --quick: the 10× structure plus the full-size stress cohort (assessments only, 2 years). */
export const QUICK_NATIONAL_SHAPE: DatasetShape = {
  ...GROWTH_SHAPES['10x'],
  label: '10× demo + 10,600-commune cohort (2 years)',
  stressCommunes: 10_600,
  stressYears: 2,
  activity: false,
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
      }
}
