// The one CSV writer of the product: server downloads, the SPA's chart and table exports and the
// import templates all write through it. RFC 4180 (CRLF, quotes doubled, a field quoted when it
// holds the separator, a quote or a line break), a UTF-8 byte-order mark (without it Excel
// misreads Vietnamese), and formula injection neutralised as OWASP recommends: a text cell that
// starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so a
// spreadsheet shows it as text instead of running it. Numbers stay numbers: -5.35 is written as
// -5.35, whether it comes as a number or as the text of a plain number ("-5,35" in a Vietnamese file);
// the text of a number as the page shows it, with a minus sign ("−5,35", U+2212), is written with
// "-", which every spreadsheet reads as a number where it reads the minus sign as text.

export type CsvValue = string | number | boolean | null | undefined

export type CsvOptions = {
  /** Field separator: ',' (default) or ';' as Vietnamese-locale spreadsheets save. */
  separator?: ',' | ';' | '\t'
  /** Start with a UTF-8 byte-order mark (default true). */
  bom?: boolean
}

export const CSV_BOM = '\uFEFF'

/**
 * A rank of its cohort's size as a CSV cell: "5 trên 15" / "5 of 15". Written "5/15", a
 * spreadsheet opening the file takes it for a date (5 December under Vietnamese settings, 15 May
 * under American ones); an XLSX cell keeps "5/15" as text.
 */
export function rankOfSizeInCsv(text: string, lang: 'vi' | 'en'): string {
  return text.replace(/(\d+)\/(\d+)/g, lang === 'vi' ? '$1 trên $2' : '$1 of $2')
}

/** The separator a language's spreadsheets expect: ";" where "," is the decimal mark. */
export function csvSeparator(lang: 'vi' | 'en' | null): ',' | ';' {
  return lang === 'vi' ? ';' : ','
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_LEAD = /^[=+\-@\t\r]/
/** A plain number, written as text: 5, -5.35, +5, -5,35, 1e-3. Safe to leave as it is. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?$/

/** A number's minus sign as pages and images write it (U+2212). */
const MINUS_SIGN = /^\u2212(?=[\d.,])/

/**
 * The text of one value, neutralised when a spreadsheet would take it for a formula; a number
 * shown with a minus sign ("−5,35") written with the "-" spreadsheets read.
 */
export function neutraliseCell(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  const asciiMinus = value.replace(MINUS_SIGN, '-')
  const text = PLAIN_NUMBER.test(asciiMinus) ? asciiMinus : value
  return FORMULA_LEAD.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text
}

/** One CSV field: neutralised, then quoted when it holds the separator, a quote or a line break. */
export function csvField(value: CsvValue, separator: string = ','): string {
  const text = neutraliseCell(value)
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One CSV line of fields, without its CRLF (streamed downloads write line by line). */
export function csvLine(row: readonly CsvValue[], separator: string = ','): string {
  return row.map((value) => csvField(value, separator)).join(separator)
}

/** A CSV document: the header row, then one line per row, CRLF after every line. */
export function toCsv(
  header: readonly CsvValue[],
  rows: readonly (readonly CsvValue[])[],
  options: CsvOptions = {},
): string {
  const separator = options.separator ?? ','
  const body = [header, ...rows].map((row) => csvLine(row, separator)).join('\r\n')
  return `${options.bom === false ? '' : CSV_BOM}${body}\r\n`
}
