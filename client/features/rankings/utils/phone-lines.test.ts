import { describe, expect, it } from 'vitest'
import { fitSize, PHONE_SIZES, phoneLines } from './phone-lines.ts'

const units = Array.from({ length: 15 }, (_, i) => ({ code: `U${i + 1}`, lastRank: i + 1 }))

describe('phoneLines', () => {
  it('keeps the top 3, the bottom 3 and the focused unit, in the given order', () => {
    const kept = phoneLines(units, (code) => code === 'U8')
    expect(kept.map((u) => u.code)).toEqual(['U1', 'U2', 'U3', 'U8', 'U13', 'U14', 'U15'])
  })

  it('leaves out units gone by the latest year unless focused', () => {
    const withGone = [...units, { code: 'GONE', lastRank: null }]
    expect(phoneLines(withGone, () => false).map((u) => u.code)).not.toContain('GONE')
    expect(phoneLines(withGone, (c) => c === 'GONE').map((u) => u.code)).toContain('GONE')
  })

  it('draws a short history whole', () => {
    expect(phoneLines(units.slice(0, 7), () => false)).toHaveLength(7)
  })
})

describe('fitSize', () => {
  it('draws a size the picker offers as chosen, another at the nearest below it, else the least', () => {
    expect(fitSize(3, PHONE_SIZES)).toBe(3)
    expect(fitSize(10, PHONE_SIZES)).toBe(10)
    // Chosen on a laptop, then the phone turned: what the phone's picker offers and draws.
    expect(fitSize(50, PHONE_SIZES)).toBe(10)
    expect(fitSize(20, PHONE_SIZES)).toBe(10)
    // Chosen on a phone, then the screen widened.
    expect(fitSize(3, [5, 10, 20, 50])).toBe(5)
  })
})
