// Time-ordered UUIDs (RFC 9562 version 7) for rows an import inserts: a random UUID put every
// new award_grant row on a random page of the primary-key index, which at national scale no
// longer fits in the page cache; ids that only grow append to the index's last page instead.
import { randomFillSync } from 'node:crypto'

let lastMs = 0
let counter = 0
/** Random bytes drawn 4 KB at a time (one call per 512 ids, as randomUUID() buffers too). */
const pool = new Uint8Array(4096)
let used = pool.length

/**
 * A UUIDv7 string, strictly greater (as text, lower-case hex) than every earlier one of this
 * process: 48 bits of milliseconds, a 12-bit counter within the millisecond (rand_a, RFC 9562
 * method 1; on overflow the clock is moved on by a millisecond), 62 random bits.
 */
export function orderedId(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now
    counter = 0
  } else if (++counter > 0xfff) {
    lastMs += 1
    counter = 0
  }
  if (used + 8 > pool.length) {
    randomFillSync(pool)
    used = 0
  }
  const at = used
  used += 8
  const time = lastMs.toString(16).padStart(12, '0')
  const variant = ((pool[at] as number) & 0x3f) | 0x80
  const tail = hex(variant) + hex(pool[at + 1] as number)
  let node = ''
  for (let i = at + 2; i < at + 8; i++) node += hex(pool[i] as number)
  return `${time.slice(0, 8)}-${time.slice(8)}-7${counter.toString(16).padStart(3, '0')}-${tail}-${node}`
}

const hex = (byte: number) => byte.toString(16).padStart(2, '0')
