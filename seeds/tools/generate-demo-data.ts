// Writes the demo dataset into seeds/*.csv, in the import formats of DESIGN.md. Deterministic:
// running it twice gives identical files. Run: npx tsx seeds/tools/generate-demo-data.ts
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type ActivitySource, generateAwards, generateTasks } from './demo-activity.ts'
import { type DemoAssessment, DEMO_YEARS, generateCohort, placeAt } from './demo-assessments.ts'
import { DEMO_LINEAGE, PLACEMENT_CHANGES, UNITS_2025 } from './demo-map-2025.ts'
import {
  anGiang2025,
  BLOCK,
  national,
  type PublishedResult,
  tayNinh2025,
  tayNinhDepartmentsReal,
} from './demo-results-present.ts'
import { DEMO_SCHEMES } from './demo-schemes.ts'
import {
  ALL_DEMO_UNITS,
  AN_GIANG_DISTRICTS,
  type DemoUnit,
  LONG_AN_DEPARTMENTS,
  LONG_AN_DISTRICTS,
  LONG_XUYEN_COMMUNES,
} from './demo-units.ts'
import { writeCsv } from './csv-writer.ts'

const seedsDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = (name: string) => join(seedsDir, name)
const viNumber = (n: number) => String(n).replace('.', ',')
const FIELD_CODES = [...new Set(DEMO_SCHEMES.flatMap((s) => s.fields.map(([code]) => code)))]

// The old map (units.csv) and the map of 1 July 2025 with the placements that change then
// (units-2025.csv): a second row for an existing code, another parent and the date it begins.
const UNIT_HEADERS = ['code', 'name', 'kind', 'parent_code', 'title', 'valid_from', 'valid_to']
const unitRow = (u: DemoUnit) => [
  u.code,
  u.name,
  u.kind,
  u.parentCode,
  u.title,
  u.validFrom,
  u.validTo,
]
writeCsv(out('units.csv'), UNIT_HEADERS, ALL_DEMO_UNITS.map(unitRow))
writeCsv(out('units-2025.csv'), UNIT_HEADERS, [...UNITS_2025, ...PLACEMENT_CHANGES].map(unitRow))

writeCsv(
  out('unit-lineage.csv'),
  ['event', 'from_code', 'to_code', 'effective_date', 'note'],
  DEMO_LINEAGE.map((l) => [l.event, l.from, l.to, l.date, l.note]),
)

writeCsv(
  out('schemes.csv'),
  [
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
  ],
  DEMO_SCHEMES.flatMap((s) => [
    ...s.fields.map(([code, max, component]) => [
      s.province,
      s.kind,
      s.yearFrom,
      s.yearTo,
      s.name,
      'field',
      code,
      max,
      component,
      '',
      '',
      '',
    ]),
    ...s.bands.map(([code, min, vi, en]) => [
      s.province,
      s.kind,
      s.yearFrom,
      s.yearTo,
      s.name,
      'grade',
      code,
      '',
      '',
      min,
      vi,
      en,
    ]),
  ]),
)

// Long An districts: the seed facts pin Thạnh Hóa; 2021 has a published tie for 2nd place.
const longAnDistricts = generateCohort(
  LONG_AN_DISTRICTS,
  { 'LONG_AN.THANH_HOA': { 2022: 74.75, 2023: 80.1 } },
  (year, index) => {
    if (year === 2022) placeAt(index, 'LONG_AN.THANH_HOA', 12)
    if (year === 2023) placeAt(index, 'LONG_AN.THANH_HOA', 5)
    if (year === 2021) {
      const sorted = [...index.entries()].sort((a, b) => b[1] - a[1])
      const [second, third] = [sorted[1], sorted[2]]
      if (second && third) index.set(third[0], second[1])
    }
  },
)
const longAnDepartments = generateCohort(LONG_AN_DEPARTMENTS)
const anGiangDistricts = generateCohort(AN_GIANG_DISTRICTS)
const longXuyenCommunes = generateCohort(LONG_XUYEN_COMMUNES)

// Deliberate differences between the published tables and what the product computes, so the
// data-quality view has something to show: a mis-typed rank and a mis-typed index.
function misprint(
  rows: DemoAssessment[],
  code: string,
  year: number,
  change: (a: DemoAssessment) => void,
) {
  const row = rows.find((a) => a.unit.code === code && a.year === year)
  if (row) change(row)
}
misprint(longAnDistricts, 'LONG_AN.DUC_HUE', 2020, (a) => (a.published.rank = a.rank + 1))
misprint(
  anGiangDistricts,
  'AN_GIANG.CHO_MOI',
  2021,
  (a) => (a.published.indexPct = Math.round((a.indexPct + 0.09) * 100) / 100),
)

// Long An's file imitates a table copied from a provincial decision: Vietnamese headers,
// semicolons, decimal commas and a "%" on the index.
writeCsv(
  out('assessments-long-an.csv'),
  [
    'STT',
    'Mã đơn vị',
    'Tên đơn vị',
    'Năm',
    'Điểm tối đa',
    'Tổng điểm',
    'Chỉ số',
    'Xếp hạng',
    'Xếp loại',
    ...FIELD_CODES.map((f) => `field:${f}`),
  ],
  [...longAnDistricts, ...longAnDepartments].map((a, i) => [
    i + 1,
    a.unit.code,
    a.unit.name,
    a.year,
    viNumber(a.maxPoints),
    viNumber(a.points),
    `${viNumber(a.published.indexPct)}%`,
    a.published.rank,
    a.published.grade,
    ...FIELD_CODES.map((f) => (a.fields[f] === undefined ? '' : viNumber(a.fields[f]))),
  ]),
  { delimiter: ';', bom: true },
)

writeCsv(
  out('assessments-an-giang.csv'),
  [
    'unit_code',
    'year',
    'max_points',
    'points',
    'index_pct',
    'rank',
    'grade',
    ...FIELD_CODES.map((f) => `field:${f}`),
  ],
  [...anGiangDistricts, ...longXuyenCommunes].map((a) => [
    a.unit.code,
    a.year,
    a.maxPoints,
    a.points,
    a.published.indexPct,
    a.published.rank,
    a.published.grade,
    ...FIELD_CODES.map((f) => a.fields[f]),
  ]),
)

// Tây Ninh: the departments' real 2022–2023 results, then the 2025 decision's three blocks. Canonical
// headers with the block ("cohort"), its published size ("cohort_size"), field points and, where a
// criterion does not apply to a unit, its own field maximum.
const tayNinh = [...tayNinhDepartmentsReal(), ...tayNinh2025()]
writeCsv(
  out('assessments-tay-ninh.csv'),
  [
    'unit_code',
    'unit_name',
    'year',
    'cohort',
    'cohort_size',
    'max_points',
    'points',
    'index_pct',
    'rank',
    'grade',
    ...FIELD_CODES.map((f) => `field:${f}`),
    ...FIELD_CODES.map((f) => `field_max:${f}`),
  ],
  tayNinh.map((a) => [
    a.unit.code,
    a.unit.name,
    a.year,
    a.cohort,
    a.cohortSize,
    a.maxPoints,
    a.points,
    a.indexPct,
    a.rank,
    a.grade,
    ...FIELD_CODES.map((f) => a.fields[f]),
    ...FIELD_CODES.map((f) => a.fieldMax[f]),
  ]),
)

// An Giang 2025 imitates a press table of percentages: Vietnamese headers, no points.
const anGiang = anGiang2025()
writeCsv(
  out('assessments-an-giang-2025.csv'),
  ['Mã đơn vị', 'Tên đơn vị', 'Năm', 'Khối', 'Số đơn vị', 'Chỉ số', 'Xếp hạng', 'Xếp loại'],
  anGiang.map((a) => [
    a.unit.code,
    a.unit.name,
    a.year,
    a.cohort,
    a.cohortSize,
    `${viNumber(a.indexPct)}%`,
    a.rank,
    a.grade,
  ]),
  { delimiter: ';' },
)

// The national table: provinces under the country, index only, a few of 63 (2023–2024) or 34 (2025).
writeCsv(
  out('assessments-national.csv'),
  ['unit_code', 'year', 'index_pct', 'rank', 'cohort_size'],
  national().map((a) => [a.unit.code, a.year, a.indexPct, a.rank, a.cohortSize]),
)

const cohorts = [
  { parent: 'LONG_AN', kind: 'DISTRICT', no: 200 },
  { parent: 'LONG_AN', kind: 'DEPARTMENT', no: 210 },
  { parent: 'AN_GIANG', kind: 'DISTRICT', no: 300 },
  { parent: 'AN_GIANG.LONG_XUYEN', kind: 'COMMUNE', no: 400 },
]
// Real decisions where found (seeds/README.md), otherwise invented numbers; one decision per
// province publishes all its 2025 blocks.
const present: [
  parent: string,
  kind: string,
  cohort: string,
  year: number,
  no: string,
  date: string,
][] = [
  ['TAY_NINH', 'DEPARTMENT', BLOCK.departments, 2022, '', '2022-12-12'],
  ['TAY_NINH', 'DEPARTMENT', BLOCK.departments, 2023, '2729/QĐ-UBND', '2023-12-25'],
  ['TAY_NINH', 'DEPARTMENT', BLOCK.departments, 2025, '118/QĐ-UBND', '2026-01-16'],
  ['TAY_NINH', 'COMMUNE', BLOCK.wards, 2025, '118/QĐ-UBND', '2026-01-16'],
  ['TAY_NINH', 'COMMUNE', BLOCK.communes, 2025, '118/QĐ-UBND', '2026-01-16'],
  ['AN_GIANG', 'DEPARTMENT', BLOCK.departments, 2025, '264/QĐ-UBND', '2026-01-23'],
  ['AN_GIANG', 'COMMUNE', BLOCK.wards, 2025, '264/QĐ-UBND', '2026-01-23'],
  ['AN_GIANG', 'COMMUNE', BLOCK.communesAndZones, 2025, '264/QĐ-UBND', '2026-01-23'],
  ['VN', 'PROVINCE', '', 2023, '', ''],
  ['VN', 'PROVINCE', '', 2024, '', '2025-04-06'],
  ['VN', 'PROVINCE', '', 2025, '507/QĐ-BNV', '2026-04-09'],
]
writeCsv(
  out('publications.csv'),
  ['parent_code', 'kind', 'cohort', 'year', 'decision_no', 'decision_date'],
  [
    ...cohorts.flatMap((c) =>
      DEMO_YEARS.map((year, i) => [
        c.parent,
        c.kind,
        '',
        year,
        `${c.no + i * 7}/QĐ-UBND`,
        `${year + 1}-03-${String(10 + i).padStart(2, '0')}`,
      ]),
    ),
    ...present,
  ],
)

/** Activity is generated from results; a table without ranks is ranked here by index. */
function activitySources(rows: PublishedResult[]): ActivitySource[] {
  return rows.map((a) => ({
    unit: a.unit,
    year: a.year,
    indexPct: a.indexPct,
    rank:
      a.rank ??
      1 +
        rows.filter((b) => b.year === a.year && b.cohort === a.cohort && b.indexPct > a.indexPct)
          .length,
  }))
}

const all: Record<string, ActivitySource[]> = {
  'long-an': [...longAnDistricts, ...longAnDepartments],
  'an-giang': [...anGiangDistricts, ...longXuyenCommunes, ...activitySources(anGiang)],
  'tay-ninh': activitySources(tayNinh.filter((a) => a.points !== null)),
}
for (const [slug, rows] of Object.entries(all)) {
  writeCsv(
    out(`tasks-${slug}.csv`),
    [
      'unit_code',
      'year',
      'field',
      'DONE_ON_TIME',
      'DONE_LATE',
      'IN_PROGRESS',
      'OVERDUE',
      'NOT_STARTED',
      'CANCELLED',
    ],
    generateTasks(rows),
  )
  writeCsv(
    out(`awards-${slug}.csv`),
    [
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
    ],
    generateAwards(rows).map((r) => [
      r.unit,
      r.year,
      r.award,
      r.recipient,
      r.count,
      r.name,
      r.issuer,
      r.decision,
      r.date,
      r.reason,
    ]),
  )
}

const th = longAnDistricts.filter(
  (a) => a.unit.code === 'LONG_AN.THANH_HOA' && (a.year === 2022 || a.year === 2023),
)
process.stdout.write(
  `demo data written; Thạnh Hóa: ${th.map((a) => `${a.year} ${a.indexPct} rank ${a.rank}`).join(', ')}\n`,
)
