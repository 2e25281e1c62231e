import type { Context } from 'hono'
import { type CsvRow, toCsv } from './csv.ts'

/** The client asked for CSV: `?format=csv`, or an Accept header that prefers text/csv to JSON. */
export function wantsCsv(c: Context): boolean {
  const format = c.req.query('format')
  if (format) return format === 'csv'
  const accept = c.req.header('accept') ?? ''
  return /(^|,)\s*text\/csv/i.test(accept) && !/(^|,)\s*application\/json/i.test(accept)
}

/** A CSV download of `rows`, as an attachment with an ASCII file name. */
export function csvResponse(
  c: Context,
  fileName: string,
  columns: readonly string[],
  rows: readonly CsvRow[],
) {
  return c.body(toCsv(columns, rows), 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${fileName}"`,
  })
}
