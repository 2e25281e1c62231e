// CSV downloads written chunk by chunk: a cohort of 10,600 units never sits in memory as one
// string. Without a language, the plain CSV for scripts (keys as headers, raw numbers, ","); with
// one, the report-grade CSV: headers in that language, two-decimal numbers, and for Vietnamese
// the ";" separator and decimal comma that Excel under Vietnamese regional settings opens right,
// then the source line under the table.
import { CSV_BOM, csvLine, csvSeparator, type CsvValue } from '#shared/text/csv.ts'
import type { TextLang } from '#shared/text/format-number.ts'
import { reportCellText } from './cell-text.ts'
import { columnHeader, type DownloadTable, type TableRow } from './table-columns.ts'

/** Lines joined into one chunk: big enough to keep writes few, small enough to stay flat. */
const LINES_PER_CHUNK = 256

/** The CSV of `table` as text chunks (the first starts with the UTF-8 BOM). */
export async function* csvChunks(
  table: DownloadTable,
  lang: TextLang | null,
): AsyncGenerator<string> {
  const separator = csvSeparator(lang)
  const cellsOf: (row: TableRow) => CsvValue[] =
    lang === null
      ? (row) => table.rawColumns.map((key) => row[key])
      : (row) => table.columns.map((c) => reportCellText(row[c.key], c.kind, lang))
  const header =
    lang === null ? table.rawColumns : table.columns.map((c) => columnHeader(c, lang, true))
  let lines: string[] = [`${CSV_BOM}${csvLine(header, separator)}`]
  for await (const row of table.rows) {
    lines.push(csvLine(cellsOf(row), separator))
    if (lines.length >= LINES_PER_CHUNK) {
      yield `${lines.join('\r\n')}\r\n`
      lines = []
    }
  }
  // The source line under the table, after an empty line, in the report-grade CSV only: scripts
  // reading the plain CSV get rows and nothing else.
  if (lang !== null) lines.push('', csvLine([table.source[lang]], separator))
  if (lines.length > 0) yield `${lines.join('\r\n')}\r\n`
}
