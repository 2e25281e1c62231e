// Streaming keeps memory flat: a cohort of 10,600 units written as XLSX and as CSV while the heap
// is sampled. The bound is generous (a loaded machine, a collector that runs when it likes); a
// writer that held the workbook or the whole text would pass it only by luck on a small table,
// so the table is the size of the largest cohort the product serves.
import { Writable } from 'node:stream'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { csvChunks } from './csv-stream.ts'
import type { DownloadTable, TableRow } from './table-columns.ts'
import { RANKING_COLUMNS } from '#server/features/rankings/rankings-table.ts'
import { writeXlsx } from './xlsx-stream.ts'

const ROWS = 10_600
const HEAP_BOUND_BYTES = 64 * 1024 * 1024

let peakHeap = 0
function sampleHeap(): void {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
}

async function* cohortRows(): AsyncGenerator<TableRow> {
  for (let i = 0; i < ROWS; i += 1) {
    if (i % 500 === 0) sampleHeap()
    yield {
      year: 2025,
      rank_of_size: `${i + 1}/${ROWS}`,
      unit_code: `TN.XA_${i}`,
      unit_name: `Xã Thử Nghiệm Số ${i}`,
      points: 90 - i / 1000,
      max_points: 100,
      index_pct: 90 - i / 1000,
      grade: 'Tốt',
      previous_index_pct: 85.5,
      delta_pct: 4.5 - i / 1000,
      previous_rank_of_size: `${ROWS - i}/${ROWS}`,
      rank_change: ROWS - 2 * i - 1,
      status_label: 'Đã công bố',
    }
  }
}

function table(): DownloadTable {
  return {
    fileName: ['rankings', 'large'],
    title: { vi: 'Xếp hạng', en: 'Ranking' },
    columns: RANKING_COLUMNS,
    rawColumns: RANKING_COLUMNS.map((c) => c.key),
    rows: cohortRows(),
    source: { vi: 'Nguồn: thử nghiệm', en: 'Source: test' },
  }
}

/** A sink that keeps only a byte count, or the bytes when asked to (to read the result back). */
function sink(keep: boolean) {
  const chunks: Buffer[] = []
  let bytes = 0
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length
      if (keep) chunks.push(chunk)
      done()
    },
  })
  return { stream, bytes: () => bytes, body: () => Buffer.concat(chunks) }
}

function heapBefore(): number {
  globalThis.gc?.()
  return process.memoryUsage().heapUsed
}

describe('table downloads stream a cohort of 10,600 units', () => {
  it('XLSX: heap growth stays bounded, and every row arrives', async () => {
    const before = heapBefore()
    peakHeap = before
    const out = sink(false)
    await writeXlsx(table(), 'vi', out.stream)
    const growth = peakHeap - before
    console.info(
      `XLSX ${ROWS} rows: ${(out.bytes() / 1024).toFixed(0)} KB written, peak heap growth ${(growth / 1024 / 1024).toFixed(1)} MB`,
    )
    expect(growth).toBeLessThan(HEAP_BOUND_BYTES)

    const kept = sink(true)
    await writeXlsx(table(), 'vi', kept.stream)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(kept.body() as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    // Header, 10,600 rows, an empty row, the source line.
    expect(sheet?.rowCount).toBe(ROWS + 3)
    expect(sheet?.getRow(ROWS + 1).getCell(2).value).toBe(`${ROWS}/${ROWS}`)
  }, 120_000)

  it('CSV: written in chunks, heap growth bounded', async () => {
    const before = heapBefore()
    peakHeap = before
    let bytes = 0
    let chunks = 0
    for await (const chunk of csvChunks(table(), 'vi')) {
      bytes += Buffer.byteLength(chunk)
      chunks += 1
    }
    const growth = peakHeap - before
    console.info(
      `CSV ${ROWS} rows: ${(bytes / 1024).toFixed(0)} KB in ${chunks} chunks, peak heap growth ${(growth / 1024 / 1024).toFixed(1)} MB`,
    )
    expect(chunks).toBeGreaterThan(ROWS / 300)
    expect(growth).toBeLessThan(HEAP_BOUND_BYTES)
  }, 60_000)
})
