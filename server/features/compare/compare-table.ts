// Units compared side by side as a table download: one line per unit and year, each ranked in
// its own cohort ("5/15").
import type { ComparisonData } from '#shared/dto/compare.ts'
import { COMPARE_CSV_COLUMNS, toCompareCsvRows } from './compare.mapper.ts'
import type {
  DownloadTable,
  Localized,
  TableColumn,
  TableRow,
} from '#server/lib/table-download/table-columns.ts'
import { rankOfSize } from '#server/lib/table-download/tables/shared-cells.ts'
import { type GradeBand, gradeLabel } from '#shared/kpi/grade.ts'

export const COMPARE_COLUMNS: readonly TableColumn[] = [
  { key: 'unit_code', vi: 'Mã đơn vị', en: 'Unit code', kind: 'text' },
  { key: 'unit_name', vi: 'Tên đơn vị', en: 'Unit', kind: 'text', width: 22 },
  { key: 'year', vi: 'Năm', en: 'Year', kind: 'integer' },
  { key: 'points', vi: 'Điểm đạt được', en: 'Points', kind: 'decimal2' },
  { key: 'max_points', vi: 'Điểm tối đa', en: 'Maximum points', kind: 'maximum' },
  { key: 'index_pct', vi: 'Chỉ số (%)', en: 'Index (%)', kind: 'decimal2' },
  { key: 'rank_of_size', vi: 'Xếp hạng', en: 'Rank', kind: 'rank', width: 9 },
  { key: 'grade', vi: 'Xếp loại', en: 'Grade', kind: 'text' },
]

export type CompareTableInput = {
  codes: readonly string[]
  comparison: ComparisonData
  source: Localized
  /** Each unit-year's grade bands (`${unit}|${year}`): a file in a language names its grade. */
  bands?: ReadonlyMap<string, readonly GradeBand[]>
  /** The file's language; null for the CSV for scripts, which keeps the grade's code. */
  lang?: 'vi' | 'en' | null
}

function* compareRows({ comparison, bands, lang }: CompareTableInput): Generator<TableRow> {
  for (const row of toCompareCsvRows(comparison)) {
    const own = bands?.get(`${row.unit_code}|${row.year}`) ?? []
    yield {
      ...row,
      rank_of_size: rankOfSize(row.rank, row.total),
      grade: lang ? gradeLabel(own, row.grade, lang) : row.grade,
    }
  }
}

export function compareTable(input: CompareTableInput): DownloadTable {
  const { codes, comparison, source } = input
  const names = comparison.items.map((i) => i.unit.name).join(', ')
  const years = comparison.years
  const span =
    years.length === 0 ? '' : years.length === 1 ? `${years[0]}` : `${years[0]}–${years.at(-1)}`
  return {
    fileName: ['compare', ...codes],
    title: {
      vi: `So sánh Chỉ số CCHC — ${names}${span ? `, ${span}` : ''}`,
      en: `PAR Index comparison — ${names}${span ? `, ${span}` : ''}`,
    },
    sheetName: { vi: 'So sánh', en: 'Comparison' },
    columns: COMPARE_COLUMNS,
    rawColumns: COMPARE_CSV_COLUMNS,
    rows: compareRows(input),
    source,
  }
}
