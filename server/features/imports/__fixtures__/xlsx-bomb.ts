// Hostile spreadsheets for tests, built as streams so the test itself stays small: a minimal
// XLSX zip whose worksheet is deflated from repeated bytes (about 1000:1).
import { crc32, createDeflateRaw } from 'node:zlib'

type Part = { name: string; data: Buffer; crc: number; size: number }

/** Deflates `head`, `repeat` × `chunk`, `tail` without holding the inflated text. */
async function deflatePart(
  name: string,
  head: string,
  chunk: string,
  repeat: number,
  tail: string,
): Promise<Part> {
  const deflate = createDeflateRaw({ level: 9 })
  const out: Buffer[] = []
  deflate.on('data', (b: Buffer) => out.push(b))
  const done = new Promise((resolve) => deflate.on('end', resolve))
  let crc = 0
  let size = 0
  const write = async (text: Buffer) => {
    crc = crc32(text, crc)
    size += text.length
    if (!deflate.write(text)) await new Promise((resolve) => deflate.once('drain', resolve))
  }
  await write(Buffer.from(head))
  const block = Buffer.from(chunk)
  for (let i = 0; i < repeat; i++) await write(block)
  await write(Buffer.from(tail))
  deflate.end()
  await done
  return { name, data: Buffer.concat(out), crc, size }
}

function storedPart(name: string, text: string): Promise<Part> {
  return deflatePart(name, text, '', 0, '')
}

/**
 * A zip of deflated parts (no zip64: every part under 4 GB). `lie`: headers declare 1 KB per
 * part, as a hostile file may, so only inflating tells the truth.
 */
function zip(parts: Part[], lie = false): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const p of parts) {
    const name = Buffer.from(p.name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(p.crc >>> 0, 14)
    local.writeUInt32LE(p.data.length, 18)
    local.writeUInt32LE(lie ? 1024 : p.size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(p.crc >>> 0, 16)
    central.writeUInt32LE(p.data.length, 20)
    central.writeUInt32LE(lie ? 1024 : p.size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, p.data)
    centrals.push(central, name)
    offset += 30 + name.length + p.data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'

async function workbook(sheet: Part, lie: boolean): Promise<Uint8Array> {
  const parts = await Promise.all([
    storedPart(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    storedPart(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    storedPart(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    storedPart(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
  ])
  return new Uint8Array(zip([...parts, sheet], lie))
}

/** One inline-string cell of `megabytes` MB of "A" (the 404 KB file of 400 MB). */
export async function oneHugeCellXlsx(megabytes: number, lie = false): Promise<Uint8Array> {
  const sheet = await deflatePart(
    'xl/worksheets/sheet1.xml',
    `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>`,
    'A'.repeat(1024 * 1024),
    megabytes,
    '</t></is></c></row></sheetData></worksheet>',
  )
  return workbook(sheet, lie)
}

/** `millions` million empty cells in one row each of 1,000 (the 20 million cells). */
export async function manyCellsXlsx(millions: number, lie = false): Promise<Uint8Array> {
  const row = `<row>${'<c/>'.repeat(1000)}</row>`
  const sheet = await deflatePart(
    'xl/worksheets/sheet1.xml',
    SHEET_HEAD,
    row,
    millions * 1000,
    '</sheetData></worksheet>',
  )
  return workbook(sheet, lie)
}
