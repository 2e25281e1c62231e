import { describe, expect, it } from 'vitest'
import { orderedId } from './ordered-id.ts'

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('orderedId', () => {
  it('is a version 7 UUID carrying the millisecond it was made in', () => {
    const at = Date.UTC(2030, 0, 1)
    const id = orderedId(at)
    expect(id).toMatch(UUID_V7)
    expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBeGreaterThanOrEqual(at)
  })

  it('grows strictly as text within a millisecond, past the 4,096 its counter holds', () => {
    const at = Date.UTC(2031, 0, 1)
    const ids = Array.from({ length: 10_000 }, () => orderedId(at))
    for (const id of ids) expect(id).toMatch(UUID_V7)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(ids)
    // The counter overflowed: the clock moved on instead of repeating or wrapping.
    expect(ids.at(-1)?.slice(0, 13)).not.toBe(ids[0]?.slice(0, 13))
  })

  it('never goes back when the clock does', () => {
    const later = orderedId(Date.UTC(2032, 0, 1))
    expect(orderedId(Date.UTC(2020, 0, 1)) > later).toBe(true)
  })
})
