// Awards of a cohort-year as a table download: totals by recipient, then one column per award of
// the taxonomy, named as the law names it.
import { AWARD_CODES, AWARD_KINDS } from '#shared/domain/award-kinds.ts'
import type { AwardEntry } from '#shared/dto/award.ts'
import { AWARD_CSV_COLUMNS, toAwardCsvRow } from '#server/features/awards/awards.mapper.ts'
import type { DownloadTable, Localized, TableColumn } from '../table-columns.ts'
import { cohortTitle, sheetTitle, type CohortLabelInput } from './cohort-label.ts'

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

export type AwardTableInput = {
  cohort: CohortLabelInput & { parentCode: string }
  year: number | null
  items: readonly AwardEntry[]
  source: Localized
}

export function awardTable(input: AwardTableInput): DownloadTable {
  const { cohort, year } = input
  return {
    fileName: ['awards', cohort.parentCode, cohort.kind, cohort.block, year],
    title: cohortTitle(WHAT, cohort, [year]),
    sheetName: sheetTitle({ vi: 'Khen thưởng', en: 'Awards' }, year),
    columns: AWARD_COLUMNS,
    rawColumns: AWARD_CSV_COLUMNS,
    rows: input.items.map((entry) => toAwardCsvRow(entry, year)),
    source: input.source,
  }
}
