// A cohort's ranks over its years as a table download: one line per unit and year, the rank of
// that year's size ("5/15") — or, for a rank computed among the units loaded of a partial table,
// of the units loaded ("1/2", as the ranking's download gives it); the source line names each
// year's decision.
import type { RankHistory } from '#shared/dto/ranking.ts'
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
import { rankOfSize } from '#server/lib/table-download/tables/shared-cells.ts'

const WHAT: Localized = {
  vi: 'Thứ hạng Chỉ số CCHC qua các năm',
  en: 'PAR Index ranks over the years',
}

/** The columns scripts have always read. */
export const HISTORY_RAW_COLUMNS = ['year', 'unit_code', 'unit_name', 'rank', 'total'] as const

export const HISTORY_COLUMNS: readonly TableColumn[] = [
  { key: 'year', vi: 'Năm', en: 'Year', kind: 'integer' },
  { key: 'unit_code', vi: 'Mã đơn vị', en: 'Unit code', kind: 'text' },
  { key: 'unit_name', vi: 'Tên đơn vị', en: 'Unit', kind: 'text', width: 22 },
  { key: 'rank_of_size', vi: 'Xếp hạng', en: 'Rank', kind: 'rank', width: 9 },
  { key: 'rank', vi: 'Thứ hạng', en: 'Place', kind: 'integer' },
  { key: 'total', vi: 'Số đơn vị xếp hạng', en: 'Units ranked', kind: 'integer' },
]

export type RankHistoryTableInput = {
  cohort: CohortLabelInput & { parentCode: string }
  history: Pick<RankHistory, 'years' | 'totals' | 'loaded' | 'units'>
  source: Localized
}

function* historyRows({
  years,
  totals,
  loaded,
  units,
}: RankHistoryTableInput['history']): Generator<TableRow> {
  for (const [i, year] of years.entries()) {
    for (const { unit, ranks, ranksAmongLoaded } of units) {
      const ofCohort = ranks[i] ?? null
      const rank = ofCohort ?? ranksAmongLoaded?.[i] ?? null
      if (rank === null) continue
      const total = ofCohort === null ? loaded[i] : totals[i]
      yield {
        year,
        unit_code: unit.code,
        unit_name: unit.name,
        rank,
        total,
        rank_of_size: rankOfSize(rank, total),
      }
    }
  }
}

export function rankHistoryTable(input: RankHistoryTableInput): DownloadTable {
  const { cohort, history } = input
  const last = history.years.at(-1) ?? null
  return {
    fileName: ['rank-history', cohort.parentCode, cohort.kind, cohort.block, last],
    title: cohortTitle(WHAT, cohort, history.years),
    sheetName: sheetTitle({ vi: 'Thứ hạng', en: 'Ranks' }, last),
    columns: HISTORY_COLUMNS,
    rawColumns: HISTORY_RAW_COLUMNS,
    rows: historyRows(history),
    source: input.source,
  }
}
