// A cohort-year's per-unit table download (reform tasks, awards): one row per unit entry, the
// file named, titled and sheeted the same way; only the columns and the row of an entry differ.
import type { DownloadTable, Localized, TableColumn, TableRow } from '../table-columns.ts'
import { cohortTitle, sheetTitle, type CohortLabelInput } from './cohort-label.ts'

export type CohortYearTableInput<Entry> = {
  cohort: CohortLabelInput & { parentCode: string }
  year: number | null
  items: readonly Entry[]
  source: Localized
}

/** What tells one cohort-year table from another. */
export type CohortYearTableSpec<Entry> = {
  /** The file name's first word ("tasks", "awards"). */
  file: string
  /** What the title says the table holds. */
  what: Localized
  sheet: Localized
  columns: readonly TableColumn[]
  rawColumns: readonly string[]
  toRow: (entry: Entry, year: number | null) => TableRow
}

export function cohortYearTable<Entry>(
  spec: CohortYearTableSpec<Entry>,
  input: CohortYearTableInput<Entry>,
): DownloadTable {
  const { cohort, year } = input
  return {
    fileName: [spec.file, cohort.parentCode, cohort.kind, cohort.block, year],
    title: cohortTitle(spec.what, cohort, [year]),
    sheetName: sheetTitle(spec.sheet, year),
    columns: spec.columns,
    rawColumns: spec.rawColumns,
    rows: input.items.map((entry) => spec.toRow(entry, year)),
    source: input.source,
  }
}
