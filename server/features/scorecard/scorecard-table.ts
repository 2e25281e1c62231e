// The scorecard as a table download: one row per unit in the order asked, then per field the
// share of the unit's maximum and its change on the previous year (empty where not comparable).
import type { ScorecardField, ScorecardRow } from '#shared/dto/scorecard.ts'
import { KPI_FIELD_LABELS, type KpiField } from '#shared/domain/kpi-fields.ts'
import { type GradeBand, gradeLabel } from '#shared/kpi/grade.ts'
import type {
  DownloadTable,
  Localized,
  TableColumn,
  TableRow,
} from '../../lib/table-download/table-columns.ts'
import {
  cohortTitle,
  sheetTitle,
  type CohortLabelInput,
} from '../../lib/table-download/tables/cohort-label.ts'
import { rankOfSize } from '../../lib/table-download/tables/shared-cells.ts'

const WHAT: Localized = { vi: 'Bảng điểm lĩnh vực', en: 'Field scorecard' }

const FIXED_COLUMNS: readonly TableColumn[] = [
  { key: 'year', vi: 'Năm', en: 'Year', kind: 'integer' },
  { key: 'rank_of_size', vi: 'Xếp hạng', en: 'Rank', kind: 'rank', width: 9 },
  { key: 'unit_code', vi: 'Mã đơn vị', en: 'Unit code', kind: 'text' },
  { key: 'unit_name', vi: 'Tên đơn vị', en: 'Unit', kind: 'text', width: 22 },
  { key: 'index_pct', vi: 'Chỉ số (%)', en: 'Index (%)', kind: 'decimal2' },
  { key: 'grade', vi: 'Xếp loại', en: 'Grade', kind: 'text' },
]

function fieldLabel(code: string): Localized {
  return KPI_FIELD_LABELS[code as KpiField] ?? { vi: code, en: code }
}

/** Two columns per field: the share of the maximum and its change on the previous year. */
export function scorecardColumns(fields: readonly ScorecardField[]): TableColumn[] {
  return [
    ...FIXED_COLUMNS,
    ...fields.flatMap(({ code }): TableColumn[] => {
      const label = fieldLabel(code)
      return [
        {
          key: `${code}_share_pct`,
          vi: `${label.vi} (% điểm tối đa)`,
          en: `${label.en} (% of maximum)`,
          kind: 'decimal2',
        },
        {
          key: `${code}_change`,
          vi: `${label.vi}: tăng, giảm (điểm %)`,
          en: `${label.en}: change (percentage points)`,
          kind: 'decimal2',
        },
      ]
    }),
  ]
}

export type ScorecardTableInput = {
  cohort: CohortLabelInput & { parentCode: string }
  year: number | null
  total: number
  /** Units ranked: the denominator of a rank among the units loaded. */
  ranked: number
  fields: readonly ScorecardField[]
  /** The year's grade bands: a report-grade file (one in a language) names each grade. */
  gradeBands: readonly GradeBand[]
  items: readonly ScorecardRow[]
  source: Localized
  /** The file's language; null for the CSV for scripts, which keeps the grade's code. */
  lang: 'vi' | 'en' | null
}

function* scorecardRows(input: ScorecardTableInput): Generator<TableRow> {
  for (const row of input.items) {
    const out: TableRow = {
      year: input.year,
      rank_of_size: rankOfSize(row.rank, row.amongLoaded ? input.ranked : input.total),
      unit_code: row.unit.code,
      unit_name: row.unit.name,
      index_pct: row.indexPct,
      grade: input.lang === null ? row.grade : gradeLabel(input.gradeBands, row.grade, input.lang),
    }
    for (const { code } of input.fields) {
      const cell = row.cells[code]
      out[`${code}_share_pct`] = cell?.sharePct ?? null
      out[`${code}_change`] = cell?.deltaPct ?? null
    }
    yield out
  }
}

export function scorecardTable(input: ScorecardTableInput): DownloadTable {
  const { cohort, year } = input
  const columns = scorecardColumns(input.fields)
  return {
    fileName: ['scorecard', cohort.parentCode, cohort.kind, cohort.block, year],
    title: cohortTitle(WHAT, cohort, [year]),
    sheetName: sheetTitle({ vi: 'Bảng điểm', en: 'Scorecard' }, year),
    columns,
    rawColumns: columns.map((c) => c.key),
    rows: scorecardRows(input),
    source: input.source,
  }
}
