// The ranking of a cohort-year as a table download: rank of the cohort's size ("5/15"), the
// index and points with two decimals, the previous year and the change, as officials print them.
import { rankDenominator } from '#shared/kpi/rank-denominator.ts'
import { type GradeBand, gradeLabel } from '#shared/kpi/grade.ts'
import { isRankOnly, NOT_COMPARABLE_LABELS } from '#shared/kpi/comparability.ts'
import type { RankingEntry } from '#shared/dto/ranking.ts'
import { RANKING_CSV_COLUMNS, toRankingCsvRow } from './rankings.mapper.ts'
import type {
  DownloadTable,
  Localized,
  TableColumn,
  TableRow,
} from '#server/lib/table-download/table-columns.ts'
import {
  cohortTitle,
  sheetTitle,
  type CohortLabelInput,
} from '#server/lib/table-download/tables/cohort-label.ts'
import { rankOfSize, statusLabel } from '#server/lib/table-download/tables/shared-cells.ts'

const WHAT: Localized = { vi: 'Xếp hạng Chỉ số CCHC', en: 'PAR Index ranking' }

export const RANKING_COLUMNS: readonly TableColumn[] = [
  { key: 'year', vi: 'Năm', en: 'Year', kind: 'integer' },
  { key: 'rank_of_size', vi: 'Xếp hạng', en: 'Rank', kind: 'rank', width: 9 },
  { key: 'unit_code', vi: 'Mã đơn vị', en: 'Unit code', kind: 'text' },
  { key: 'unit_name', vi: 'Tên đơn vị', en: 'Unit', kind: 'text', width: 22 },
  { key: 'points', vi: 'Điểm đạt được', en: 'Points', kind: 'decimal2' },
  { key: 'max_points', vi: 'Điểm tối đa', en: 'Maximum points', kind: 'maximum' },
  { key: 'index_pct', vi: 'Chỉ số (%)', en: 'Index (%)', kind: 'decimal2' },
  { key: 'grade_label', vi: 'Xếp loại', en: 'Grade', kind: 'text' },
  {
    key: 'previous_index_pct',
    vi: 'Chỉ số năm trước (%)',
    en: 'Previous index (%)',
    kind: 'decimal2',
  },
  {
    key: 'delta_pct',
    // As the page's column and the press sentence say an index's change: in points.
    vi: 'Tăng, giảm (điểm)',
    en: 'Change (points)',
    kind: 'decimal2',
  },
  { key: 'previous_rank_of_size', vi: 'Xếp hạng năm trước', en: 'Previous rank', kind: 'rank' },
  { key: 'rank_change', vi: 'Tăng, giảm bậc', en: 'Places moved', kind: 'integer' },
  { key: 'status_label', vi: 'Tình trạng', en: 'Status', kind: 'text' },
  { key: 'note', vi: 'Ghi chú', en: 'Note', kind: 'text', width: 30 },
]

/**
 * Why a row's change is blank, as the page says it: the whole change withheld (a reorganised
 * unit, another scheme or cohort), or the rank move alone (the cohort's size changed).
 */
function changeNote(entry: RankingEntry, lang: 'vi' | 'en'): string | null {
  const reason = entry.notComparable?.reason
  if (!reason) return null
  const why = NOT_COMPARABLE_LABELS[reason][lang]
  // The page's words (withheldList, rankWithheldList in client/app/i18n).
  if (isRankOnly(reason))
    return lang === 'vi'
      ? `Thay đổi hạng không so sánh được (${why})`
      : `Rank move not comparable (${why})`
  return lang === 'vi'
    ? `Không so sánh được với năm trước (${why})`
    : `Not comparable with the year before (${why})`
}

export type RankingTableInput = {
  cohort: CohortLabelInput & { parentCode: string }
  year: number | null
  /** The cohort's shown size, and the units loaded (the denominator of a rank computed among them). */
  total: number
  ranked: number
  /** The entries, as read: a whole list comes a page at a time. */
  items: Iterable<RankingEntry> | AsyncIterable<RankingEntry>
  /** The year's grade bands: a report-grade file names each grade in its language. */
  gradeBands: readonly GradeBand[]
  source: Localized
  lang: 'vi' | 'en' | null
}

async function* rankingRows(input: RankingTableInput): AsyncGenerator<TableRow> {
  const lang = input.lang ?? 'vi'
  for await (const entry of input.items) {
    yield {
      ...toRankingCsvRow(entry, input.year ?? 0),
      rank_of_size: rankOfSize(entry.rank, rankDenominator(entry.published?.rank, input)),
      previous_rank_of_size: entry.previous
        ? rankOfSize(entry.previous.rank, entry.previous.total)
        : null,
      grade_label: gradeLabel(input.gradeBands, entry.grade, lang),
      status_label: statusLabel(entry.status, lang),
      note: changeNote(entry, lang),
    }
  }
}

export function rankingTable(input: RankingTableInput): DownloadTable {
  const { cohort, year } = input
  return {
    fileName: ['rankings', cohort.parentCode, cohort.kind, cohort.block, year],
    title: cohortTitle(WHAT, cohort, [year]),
    sheetName: sheetTitle({ vi: 'Xếp hạng', en: 'Ranking' }, year),
    columns: RANKING_COLUMNS,
    rawColumns: RANKING_CSV_COLUMNS,
    rows: rankingRows(input),
    source: input.source,
  }
}
