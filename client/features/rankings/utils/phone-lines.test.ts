import { describe, expect, it } from 'vitest'
import { phoneLines } from './phone-lines.ts'

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
