import { describe, expect, it } from 'vitest'
import { fittedNiceTicks, fittedTicksOver, ticksFit, type TickRoom } from './fitted-ticks.ts'

/** Labels of `digits` × 7 px, as a tick's text at about 12 px. */
const room = (length: number): TickRoom => ({ length, extent: (m) => String(m).length * 7 })

/** Whether the marks step by one round amount (1, 2, 2.5 or 5 times a power of ten). */
function evenRound(ticks: readonly number[]): boolean {
  const step = (ticks[1] ?? 0) - (ticks[0] ?? 0)
  const round = /^(1|2|2\.5|5)$/.test(String(step / 10 ** Math.floor(Math.log10(step))))
  return round && ticks.every((t, i) => Math.abs(t - ((ticks[0] ?? 0) + i * step)) < 1e-9)
}

describe('fittedNiceTicks', () => {
  it('gives niceTicks where the axis has room for every label', () => {
    expect(fittedNiceTicks(0, 20, room(400), false)).toEqual([0, 5, 10, 15, 20])
    expect(fittedNiceTicks(0, 72, room(400), false)).toEqual([0, 20, 40, 60, 80])
  })

  it('takes a longer step on a shorter axis, every mark still drawn', () => {
    // 0–20 by fives needs some 22 px an interval for "10" beside "15".
    expect(fittedNiceTicks(0, 20, room(70), false)).toEqual([0, 10, 20])
    expect(fittedNiceTicks(0, 72, room(60), false)).toEqual([0, 25, 50, 75])
    expect(fittedNiceTicks(0, 20, room(10), false)).toHaveLength(2)
  })

  it('fits and steps evenly at every length, round numbers only', () => {
    for (const max of [1, 2, 7, 13, 20, 37, 72, 140, 999]) {
      for (let length = 30; length <= 1200; length += 17) {
        const ticks = fittedNiceTicks(0, max, room(length), false)
        expect(evenRound(ticks)).toBe(true)
        expect(ticks.at(-1)).toBeGreaterThanOrEqual(max)
        if (ticks.length > 2) expect(ticksFit(ticks, room(length))).toBe(true)
      }
    }
  })
})

describe('fittedTicksOver', () => {
  it('keeps both ends, stepping by a round amount that divides the extent', () => {
    expect(fittedTicksOver(0, 20, room(400), false)).toEqual([0, 5, 10, 15, 20])
    expect(fittedTicksOver(0, 20, room(60), false)).toEqual([0, 10, 20])
    expect(fittedTicksOver(0, 100, room(60), false)).toEqual([0, 50, 100])
    expect(fittedTicksOver(0, 25, room(60), false)).toEqual([0, 25])
  })

  it('never leaves a mark out of an even run at any length', () => {
    for (const end of [2, 5, 10, 20, 25, 30, 40, 50, 80, 100, 150]) {
      for (let length = 20; length <= 600; length += 11) {
        const ticks = fittedTicksOver(0, end, room(length), false)
        expect(ticks[0]).toBe(0)
        expect(ticks.at(-1)).toBe(end)
        expect(ticks.length === 2 || evenRound(ticks)).toBe(true)
        if (ticks.length > 2) expect(ticksFit(ticks, room(length))).toBe(true)
      }
    }
  })
})
