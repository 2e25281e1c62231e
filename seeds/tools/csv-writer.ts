import { writeFileSync } from 'node:fs'

export type CsvOptions = { delimiter?: ',' | ';'; bom?: boolean }

function quote(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter)
    ? `"${value.replaceAll('"', '""')}"`
    : value
}

/** Writes an RFC 4180 CSV file (CRLF line ends, quotes where needed). */
export function writeCsv(
  path: string,
  headers: string[],
  rows: (string | number | null | undefined)[][],
  options: CsvOptions = {},
): void {
  const delimiter = options.delimiter ?? ','
  const lines = [headers, ...rows].map((row) =>
    row
      .map((cell) => quote(cell === null || cell === undefined ? '' : String(cell), delimiter))
      .join(delimiter),
  )
  writeFileSync(path, `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`, 'utf8')
}
