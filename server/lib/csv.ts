// CSV of rows as records keyed by column, written by the shared writer (RFC 4180, UTF-8 BOM,
// formula-leading cells neutralised), and the ASCII file names of every download.
import { type CsvValue, toCsv as writeCsv } from '#shared/text/csv.ts'

export type { CsvValue }
export type CsvRow = Record<string, CsvValue>

/** A CSV document: a header row of `columns`, then one line per row (missing keys are empty). */
export function toCsv(columns: readonly string[], rows: readonly CsvRow[]): string {
  return writeCsv(
    columns,
    rows.map((row) => columns.map((column) => row[column])),
  )
}

/**
 * A download file name: lower-case ASCII words joined by dashes (diacritics dropped, đ → d).
 * @example csvFileName(['rankings', 'LONG_AN', 'DISTRICT', 2023]) // 'rankings-long-an-district-2023.csv'
 */
export function csvFileName(parts: readonly (string | number | null | undefined)[]): string {
  return downloadFileName(parts, 'csv')
}

/**
 * A download file name with its extension: ASCII only, so every browser and mail client keeps it.
 * @example downloadFileName(['rankings', 'LONG_AN', 'DISTRICT', 2023], 'xlsx') // 'rankings-long-an-district-2023.xlsx'
 */
export function downloadFileName(
  parts: readonly (string | number | null | undefined)[],
  extension: 'csv' | 'xlsx',
): string {
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
  return `${slug || 'export'}.${extension}`
}
