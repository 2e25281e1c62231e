// What a downloadable table is: columns with their headers in both languages and the kind of
// number each holds, the rows (streamed), a title and the source line printed under the table.
import type { CsvValue } from '#shared/text/csv.ts'
import type { TextLang } from '#shared/text/format-number.ts'

/**
 * How a column's values are written. integer: whole numbers; decimal2: indices and points, always
 * two decimals as official tables print them (80,10); percent: rates on a 0–100 scale, a
 * percentage cell (0.00 %) in XLSX and two decimals under a "(%)" header in CSV; maximum: a
 * scheme's maximum points, written as the scheme writes it ("100", "71,5"), not as a result;
 * rank: a rank of its cohort's size, text ("5/15"; "5 trên 15" in CSV, rankOfSizeInCsv);
 * text: as it is.
 */
export const COLUMN_KINDS = ['text', 'integer', 'decimal2', 'percent', 'maximum', 'rank'] as const
export type ColumnKind = (typeof COLUMN_KINDS)[number]

export type Localized = Record<TextLang, string>

export type TableColumn = {
  /** The row's key (also the header of the plain CSV for scripts). */
  key: string
  /** Headers with their unit of measure ("Chỉ số (%)", "Điểm đạt được"). */
  vi: string
  en: string
  kind: ColumnKind
  /** Least width in characters (XLSX); the content widens it. */
  width?: number
}

export type TableRow = Record<string, CsvValue>
export type TableRows = Iterable<TableRow> | AsyncIterable<TableRow>

export type DownloadTable = {
  /** File name parts, slugged to ASCII (downloadFileName); the extension follows the format. */
  fileName: readonly (string | number | null | undefined)[]
  /** What the table is ("Xếp hạng Chỉ số CCHC — Tỉnh Long An, cấp huyện, năm 2023"). */
  title: Localized
  /** The sheet's name (at most 31 characters once cleaned); the title's start when absent. */
  sheetName?: Localized
  /** Columns of the report-grade downloads (XLSX, CSV with a `lang`). */
  columns: readonly TableColumn[]
  /** Keys of the plain CSV for scripts (no `lang`): unchanged headers and values. */
  rawColumns: readonly string[]
  rows: TableRows
  /** The line under the table naming where the figures come from (source-line.ts). */
  source: Localized
}

/** A column's header in `lang`; a percent column says "(%)" where its cells do not (CSV). */
export function columnHeader(column: TableColumn, lang: TextLang, percentSign: boolean): string {
  const header = column[lang]
  return column.kind === 'percent' && percentSign ? `${header} (%)` : header
}
