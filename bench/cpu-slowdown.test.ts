import { describe, expect, it } from 'vitest'
import { calibratedSlowdown, DEFAULT_SLOWDOWN } from './cpu-slowdown.ts'

describe('calibratedSlowdown (Lighthouse calculator)', () => {
  it('gives Lighthouse 4× for the host its default was calibrated on', () => {
    expect(calibratedSlowdown(1533)).toBeCloseTo(4, 1)
    expect(calibratedSlowdown(2000)).toBeCloseTo(6, 1)
  })

  it('slows a slower host less, linearly between the published points', () => {
    expect(calibratedSlowdown(1300)).toBe(3)
    expect(calibratedSlowdown(1050)).toBeCloseTo(2.5, 5)
    expect(calibratedSlowdown(800)).toBe(2)
    expect(calibratedSlowdown(150)).toBe(1)
    expect(calibratedSlowdown(50)).toBe(1)
  })

  it('falls back to the default without a reading', () => {
    expect(calibratedSlowdown(Number.NaN)).toBe(DEFAULT_SLOWDOWN)
    expect(calibratedSlowdown(0)).toBe(DEFAULT_SLOWDOWN)
  })
})
