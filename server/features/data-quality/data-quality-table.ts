// Published figures that differ from the computed ones, as a table download for the editor who
// checks them against the decision.
import type { DataQualityReport } from '#shared/dto/data-quality.ts'
import { gradeLabel } from '#shared/kpi/grade.ts'
import { PUBLISHED_FLAG_LABELS } from '#shared/kpi/published-flags.ts'
import type { TextLang } from '#shared/text/format-number.ts'
import type {
  DownloadTable,
  Localized,
  TableColumn,
  TableRow,
} from '#server/lib/table-download/table-columns.ts'
import {
  cohortTitle,
  type CohortLabelInput,
} from '#server/lib/table-download/tables/cohort-label.ts'
import { statusLabel } from '#server/lib/table-download/tables/shared-cells.ts'

const WHAT: Localized = {
  vi: 'Chênh lệch giữa số liệu công bố và số liệu tính lại',
  en: 'Published figures that differ from the computed ones',
}

export const DATA_QUALITY_COLUMNS: readonly TableColumn[] = [
  { key: 'year', vi: 'Năm', en: 'Year', kind: 'integer' },
  { key: 'unit_code', vi: 'Mã đơn vị', en: 'Unit code', kind: 'text' },
  { key: 'unit_name', vi: 'Tên đơn vị', en: 'Unit', kind: 'text', width: 22 },
  { key: 'status_label', vi: 'Tình trạng', en: 'Status', kind: 'text' },
  { key: 'published_rank', vi: 'Hạng công bố', en: 'Published rank', kind: 'integer' },
  { key: 'computed_rank', vi: 'Hạng tính lại', en: 'Computed rank', kind: 'integer' },
  {
    key: 'published_index_pct',
    vi: 'Chỉ số công bố (%)',
    en: 'Published index (%)',
    kind: 'decimal2',
  },
  {
    key: 'computed_index_pct',
    vi: 'Chỉ số tính lại (%)',
    en: 'Computed index (%)',
    kind: 'decimal2',
  },
  { key: 'published_grade', vi: 'Xếp loại công bố', en: 'Published grade', kind: 'text' },
  { key: 'computed_grade', vi: 'Xếp loại tính lại', en: 'Computed grade', kind: 'text' },
  { key: 'flags', vi: 'Khác biệt', en: 'Differences', kind: 'text' },
]

export type DataQualityTableInput = {
  cohort: CohortLabelInput & { parentCode: string }
  report: DataQualityReport
  source: Localized
  /** The file's language; null for the CSV for scripts, which keeps the codes. */
  lang: TextLang | null
}

function* dataQualityRows({ report, lang }: DataQualityTableInput): Generator<TableRow> {
  const bands = new Map(report.gradeBands.map((b) => [b.year, b.bands]))
  for (const item of report.items) {
    // Each year's grades as that year's scheme names them.
    const grade = (code: string | null) =>
      lang ? gradeLabel(bands.get(item.year) ?? [], code, lang) : code
    yield {
      year: item.year,
      unit_code: item.unit.code,
      unit_name: item.unit.name,
      status: item.status,
      status_label: statusLabel(item.status, lang ?? 'vi'),
      published_rank: item.published.rank,
      computed_rank: item.computed.rank,
      published_index_pct: item.published.indexPct,
      computed_index_pct: item.computed.indexPct,
      published_grade: grade(item.published.grade),
      computed_grade: grade(item.computed.grade),
      flags: lang
        ? item.flags.map((flag) => PUBLISHED_FLAG_LABELS[flag][lang]).join(', ')
        : item.flags.join(' '),
    }
  }
}

export function dataQualityTable(input: DataQualityTableInput): DownloadTable {
  const { cohort, report } = input
  return {
    fileName: ['data-quality', cohort.parentCode, cohort.kind, cohort.block, report.year],
    title: cohortTitle(WHAT, cohort, [report.year]),
    sheetName: { vi: 'Chất lượng dữ liệu', en: 'Data quality' },
    columns: DATA_QUALITY_COLUMNS,
    rawColumns: [
      'year',
      'unit_code',
      'unit_name',
      'status',
      'published_rank',
      'computed_rank',
      'published_index_pct',
      'computed_index_pct',
      'published_grade',
      'computed_grade',
      'flags',
    ],
    rows: dataQualityRows(input),
    source: input.source,
  }
}
