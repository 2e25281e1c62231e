// Awards of a cohort-year as a table download: totals by recipient, then one column per award of
// the taxonomy, named as the law names it.
import { AWARD_CODES, AWARD_KINDS } from '#shared/domain/award-kinds.ts'
import type { AwardEntry } from '#shared/dto/award.ts'
import { AWARD_CSV_COLUMNS, toAwardCsvRow } from './awards.mapper.ts'
import type {
  DownloadTable,
  Localized,
  TableColumn,
} from '#server/lib/table-download/table-columns.ts'
import {
  cohortYearTable,
  type CohortYearTableInput,
} from '#server/lib/table-download/tables/cohort-year-table.ts'

const WHAT: Localized = { vi: 'Thi đua, khen thưởng', en: 'Emulation and commendation' }

export const AWARD_COLUMNS: readonly TableColumn[] = [
  { key: 'year', vi: 'Năm', en: 'Year', kind: 'integer' },
  { key: 'unit_code', vi: 'Mã đơn vị', en: 'Unit code', kind: 'text' },
  { key: 'unit_name', vi: 'Tên đơn vị', en: 'Unit', kind: 'text', width: 22 },
  { key: 'total', vi: 'Tổng số', en: 'Total', kind: 'integer' },
  { key: 'collective', vi: 'Tập thể', en: 'Collectives', kind: 'integer' },
  { key: 'individual', vi: 'Cá nhân', en: 'Individuals', kind: 'integer' },
  { key: 'household', vi: 'Hộ gia đình', en: 'Households', kind: 'integer' },
  ...AWARD_CODES.map((code): TableColumn => ({
    key: code,
    vi: AWARD_KINDS[code].vi,
    en: AWARD_KINDS[code].en,
    kind: 'integer',
    width: 14,
  })),
]

export function awardTable(input: CohortYearTableInput<AwardEntry>): DownloadTable {
  return cohortYearTable(
    {
      file: 'awards',
      what: WHAT,
      sheet: { vi: 'Khen thưởng', en: 'Awards' },
      columns: AWARD_COLUMNS,
      rawColumns: AWARD_CSV_COLUMNS,
      toRow: toAwardCsvRow,
    },
    input,
  )
}
