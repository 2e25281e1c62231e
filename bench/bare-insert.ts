// The floor for import throughput on this machine and engine, in the same run: the same rows
// (every CSV line of the dataset, file by file, in load order) written by the bare driver into
// plain tables with one column per CSV column — no parsing of dates or labels, no validation, no
// plan, no ranks, no audit, no indexes — one transaction per file, as the import commits one
// per file. The import's rows/s as a share of this says whether the code or the machine moved.
import SQLite from 'better-sqlite3'
import pg from 'pg'
import type { Dataset, ImportFile } from './dataset.ts'

export type BareInsertFigures = { rows: number; seconds: number; rowsPerSecond: number }

const decoder = new TextDecoder()

/** A CSV file as rows of cells (the generator quotes only cells with commas or quotes). */
function csvRows(file: ImportFile): { header: string[]; rows: (string | number)[][] } {
  const lines = decoder
    .decode(file.bytes)
    .split('\r\n')
    .filter((line) => line !== '')
  const split = (line: string) => {
    const cells: string[] = []
    for (const match of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) {
      const cell = match[1] ?? ''
      cells.push(cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell)
      if (match[2] === '') break
    }
    return cells
  }
  const [head, ...body] = lines
  // Numbers as numbers, as the import stores them.
  const typed = (cell: string) =>
    cell !== '' && Number.isFinite(Number(cell)) ? Number(cell) : cell
  return { header: split(head ?? ''), rows: body.map((line) => split(line).map(typed)) }
}

const tableOf = (file: ImportFile, i: number) => `bare_${file.kind}_${i}`
const columns = (header: string[]) => header.map((_, i) => `c${i}`)

export function bareInsertSqlite(filename: string, dataset: Dataset): BareInsertFigures {
  const db = new SQLite(filename)
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.pragma('cache_size = -65536')
    const parsed = dataset.files.map(csvRows)
    const start = performance.now()
    parsed.forEach(({ header, rows }, i) => {
      const file = dataset.files[i] as ImportFile
      const cols = columns(header)
      db.exec(`create table ${tableOf(file, i)} (${cols.join(', ')})`)
      const insert = db.prepare(
        `insert into ${tableOf(file, i)} values (${cols.map(() => '?').join(', ')})`,
      )
      db.transaction(() => {
        for (const row of rows) insert.run(...row)
      })()
    })
    return figures(dataset.rows, start)
  } finally {
    db.close()
  }
}

/** Multi-row INSERTs of up to 60,000 parameters (PostgreSQL takes 65,535 at most). */
export async function bareInsertPostgres(
  url: string,
  dataset: Dataset,
): Promise<BareInsertFigures> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const parsed = dataset.files.map(csvRows)
    const start = performance.now()
    for (const [i, { header, rows }] of parsed.entries()) {
      const file = dataset.files[i] as ImportFile
      const cols = columns(header)
      const table = tableOf(file, i)
      await client.query('begin')
      await client.query(`create table ${table} (${cols.map((c) => `${c} text`).join(', ')})`)
      const perStatement = Math.max(1, Math.floor(60_000 / cols.length))
      for (let at = 0; at < rows.length; at += perStatement) {
        const part = rows.slice(at, at + perStatement)
        const values = part.map(
          (row, r) => `(${cols.map((_, c) => `$${r * cols.length + c + 1}`).join(', ')})`,
        )
        const params = part.flatMap((row) => cols.map((_, c) => row[c] ?? ''))
        await client.query(`insert into ${table} values ${values.join(', ')}`, params)
      }
      await client.query('commit')
    }
    return figures(dataset.rows, start)
  } finally {
    await client.end()
  }
}

function figures(rows: number, start: number): BareInsertFigures {
  const seconds = (performance.now() - start) / 1000
  return { rows, seconds, rowsPerSecond: rows / seconds }
}
