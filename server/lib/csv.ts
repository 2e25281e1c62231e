// CSV for downloads: RFC 4180 (CRLF, quotes doubled, fields quoted when they hold a comma, quote
// or line break) with a UTF-8 byte-order mark, without which Excel misreads Vietnamese.

export type CsvValue = string | number | boolean | null | undefined
export type CsvRow = Record<string, CsvValue>

const BOM = '\uFEFF'

function field(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** A CSV document: a header row of `columns`, then one line per row (missing keys are empty). */
export function toCsv(columns: readonly string[], rows: readonly CsvRow[]): string {
  const lines = [columns.map(field).join(',')]
  for (const row of rows) lines.push(columns.map((column) => field(row[column])).join(','))
  return `${BOM}${lines.join('\r\n')}\r\n`
}

/**
 * A download file name: lower-case ASCII words joined by dashes (diacritics dropped, đ → d).
 * @example csvFileName(['rankings', 'LONG_AN', 'DISTRICT', 2023]) // 'rankings-long-an-district-2023.csv'
 */
export function csvFileName(parts: readonly (string | number | null | undefined)[]): string {
  const slug = parts
    .filter((part) => part !== null && part !== undefined && part !== '')
    .map((part) =>
      String(part)
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('-')
  return `${slug || 'export'}.csv`
}
