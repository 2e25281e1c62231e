// A zip of parts written by hand, for spreadsheets a test needs byte by byte: deflated from
// repeated text without holding it (hostile files), or small workbooks with chosen sheet ids.
import { crc32, createDeflateRaw } from 'node:zlib'

export type Part = { name: string; data: Buffer; crc: number; size: number }

/** Deflates `head`, `repeat` × `chunk`, `tail` without holding the inflated text. */
export async function deflatePart(
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

export function storedPart(name: string, text: string): Promise<Part> {
  return deflatePart(name, text, '', 0, '')
}

/**
 * A zip of deflated parts (no zip64: every part under 4 GB). `lie`: headers declare 1 KB per
 * part, as a hostile file may, so only inflating tells the truth.
 */
export function zip(parts: Part[], lie = false): Buffer {
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
