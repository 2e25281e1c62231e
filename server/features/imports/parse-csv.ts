/** One CSV record with the spreadsheet row it starts on (header = 1). */
export type CsvRecord = { row: number; cells: string[] }

/**
 * RFC 4180 CSV: quoted fields may hold separators, quotes ("") and line breaks; CRLF or LF.
 * The separator is the first of `;` or `,` found outside quotes on the header line, so
 * spreadsheets saved with a Vietnamese locale (semicolons) work unchanged.
 */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const separator = detectSeparator(source)
  const records: CsvRecord[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let recordStart = 1
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          cell += '"'
          i++
        } else quoted = false
      } else {
        if (ch === '\n') line++
        cell += ch
      }
      continue
    }
    if (ch === '"' && cell.trim() === '') {
      cell = ''
      quoted = true
    } else if (ch === separator) {
      cells.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++
      cells.push(cell)
      records.push({ row: recordStart, cells })
      cells = []
      cell = ''
      line++
      recordStart = line
    } else cell += ch
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell)
    records.push({ row: recordStart, cells })
  }
  return records
}

function detectSeparator(text: string): ';' | ',' {
  let quoted = false
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === ';' || ch === ',')) return ch
    else if (!quoted && (ch === '\n' || ch === '\r')) break
  }
  return ','
}
