// Checks an XLSX zip before a parser opens it: the central directory's entries, each inflated
// as a stream off the main thread and counted (declared sizes can lie), the worksheets' cells
// and rows counted on the way. Nothing is kept: a bomb costs a few milliseconds and one chunk.
import { createInflateRaw } from 'node:zlib'
import { TABLE_LIMITS, tooLarge } from './table-limits.ts'
import { UnreadableFileError } from './read-table.ts'

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/

export type ZipEntry = { name: string; method: number; offset: number; compressed: number }

/**
 * The first sheet of the workbook, as the zip path of its XML (null when it cannot be told), and
 * the names of its tabs in their order (the first is the one read).
 */
export type XlsxSummary = { firstSheet: string | null; sheetNames: string[] }

function unsupported(): UnreadableFileError {
  return new UnreadableFileError('UNSUPPORTED_FILE')
}

/** The central directory's entries; zip64, encrypted and split archives are refused. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i
      break
    }
  }
  if (end < 0) throw unsupported()
  const count = view.getUint16(end + 10, true)
  const size = view.getUint32(end + 12, true)
  let at = view.getUint32(end + 16, true)
  if (count === 0xffff || at === 0xffffffff || at + size > end) throw unsupported()
  if (count > TABLE_LIMITS.zipEntries)
    throw tooLarge(`more than ${TABLE_LIMITS.zipEntries} parts in the workbook`)
  const entries: ZipEntry[] = []
  let declared = 0
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) throw unsupported()
    const flags = view.getUint16(at + 8, true)
    const method = view.getUint16(at + 10, true)
    const compressed = view.getUint32(at + 20, true)
    const uncompressed = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    const offset = view.getUint32(at + 42, true)
    if (flags & 1 || (method !== 0 && method !== 8)) throw unsupported()
    if (compressed === 0xffffffff || uncompressed === 0xffffffff || offset === 0xffffffff)
      throw unsupported()
    declared += uncompressed
    if (declared > TABLE_LIMITS.unzippedBytes) throw tooLarge(unzippedMessage())
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))
    entries.push({ name, method, offset, compressed })
    at += 46 + skip
  }
  return entries
}

function unzippedMessage(): string {
  return `it unpacks to more than ${TABLE_LIMITS.unzippedBytes / 1024 / 1024} MB`
}

/** The stored bytes of an entry (compressed or not), located through its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = entry.offset
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw unsupported()
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  if (start + entry.compressed > bytes.length) throw unsupported()
  return bytes.subarray(start, start + entry.compressed)
}

type Counter = { bytes: number; cells: number; rows: number }

/** `<c` or `<row` followed by a space, `>` or `/`: a cell or a row of a worksheet. */
function countTags(chunk: Buffer, counter: Counter): void {
  for (
    let i = chunk.indexOf(0x3c);
    i !== -1 && i < chunk.length - 1;
    i = chunk.indexOf(0x3c, i + 1)
  ) {
    if (chunk[i + 1] === 0x63 /* c */ && isTagEnd(chunk[i + 2])) counter.cells++
    else if (
      chunk[i + 1] === 0x72 /* r */ &&
      chunk[i + 2] === 0x6f /* o */ &&
      chunk[i + 3] === 0x77 /* w */ &&
      isTagEnd(chunk[i + 4])
    )
      counter.rows++
  }
}

function isTagEnd(byte: number | undefined): boolean {
  return (
    byte === 0x20 ||
    byte === 0x3e ||
    byte === 0x2f ||
    byte === 0x09 ||
    byte === 0x0a ||
    byte === 0x0d
  )
}

function checkCounts(counter: Counter): void {
  if (counter.bytes > TABLE_LIMITS.unzippedBytes) throw tooLarge(unzippedMessage())
  if (counter.cells > TABLE_LIMITS.cells)
    throw tooLarge(`more than ${TABLE_LIMITS.cells.toLocaleString('en')} cells`)
  if (counter.rows > TABLE_LIMITS.rows)
    throw tooLarge(`more than ${TABLE_LIMITS.rows.toLocaleString('en')} rows`)
}

/**
 * Inflates one entry as a stream (zlib works in the thread pool) and counts what comes out;
 * stops at the first chunk past the budget. `keep` collects the text of small entries.
 */
function inflateCounting(
  data: Uint8Array,
  worksheet: boolean,
  counter: Counter,
  keep?: Buffer[],
): Promise<void> {
  return new Promise((resolve, reject) => {
    // Large chunks: a 64 MB budget is 256 round trips to the thread pool, not 4,000.
    const inflate = createInflateRaw({ chunkSize: 256 * 1024 })
    inflate.on('data', (chunk: Buffer) => {
      counter.bytes += chunk.length
      if (keep) keep.push(chunk)
      // A tag cut between two chunks is not counted: at most one per 256 KB, well inside the budget.
      if (worksheet) countTags(chunk, counter)
      try {
        checkCounts(counter)
      } catch (error) {
        inflate.destroy()
        reject(error as Error)
      }
    })
    inflate.on('error', () => reject(unsupported()))
    inflate.on('end', () => {
      try {
        checkCounts(counter)
        resolve()
      } catch (error) {
        reject(error as Error)
      }
    })
    inflate.end(data)
  })
}

/**
 * Refuses a workbook that unpacks past the budget (413) or is not a readable zip (422), and
 * names its first sheet. Runs before exceljs, which inflates entries whole.
 */
export async function inspectXlsx(bytes: Uint8Array): Promise<XlsxSummary> {
  const entries = zipEntries(bytes)
  const counter: Counter = { bytes: 0, cells: 0, rows: 0 }
  const texts = new Map<string, string>()
  for (const entry of entries) {
    const data = entryData(bytes, entry)
    const worksheet = WORKSHEET.test(entry.name)
    const wanted = entry.name === 'xl/workbook.xml' || entry.name === 'xl/_rels/workbook.xml.rels'
    if (entry.method === 0) {
      counter.bytes += data.length
      if (worksheet) countTags(Buffer.from(data.buffer, data.byteOffset, data.length), counter)
      checkCounts(counter)
      if (wanted) texts.set(entry.name, Buffer.from(data).toString('utf8'))
      continue
    }
    const keep: Buffer[] | undefined = wanted ? [] : undefined
    await inflateCounting(data, worksheet, counter, keep)
    if (keep) texts.set(entry.name, Buffer.concat(keep).toString('utf8'))
  }
  return { firstSheet: firstSheetPath(texts), sheetNames: sheetNames(texts) }
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** workbook.xml's tabs by name, in the workbook's order. */
function sheetNames(texts: Map<string, string>): string[] {
  const names: string[] = []
  for (const tag of (texts.get('xl/workbook.xml') ?? '').match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1]
    if (name === undefined) continue
    names.push(
      name
        .replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e] ?? '')
        .replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, n: string) =>
          String.fromCodePoint(parseInt(n, hex ? 16 : 10)),
        )
        .normalize('NFC'),
    )
  }
  return names
}

/** workbook.xml's first <sheet>, through its relationship, as `xl/worksheets/sheetN.xml`. */
function firstSheetPath(texts: Map<string, string>): string | null {
  const sheet = /<(?:\w+:)?sheet\b[^>]*>/.exec(texts.get('xl/workbook.xml') ?? '')?.[0]
  const rid = sheet && /\br:id="([^"]+)"/.exec(sheet)?.[1]
  if (!rid) return null
  for (const rel of (texts.get('xl/_rels/workbook.xml.rels') ?? '').match(
    /<Relationship\b[^>]*>/g,
  ) ?? []) {
    if (/\bId="([^"]+)"/.exec(rel)?.[1] !== rid) continue
    const target = /\bTarget="([^"]+)"/.exec(rel)?.[1]
    if (!target) return null
    return target.startsWith('/') ? target.slice(1) : `xl/${target}`
  }
  return null
}
