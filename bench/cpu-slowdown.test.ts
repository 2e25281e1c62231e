import { describe, expect, it } from 'vitest'
import {
  calibratedSlowdown,
  calibrationDrift,
  calibrationDriftOf,
  DEFAULT_SLOWDOWN,
} from './cpu-slowdown.ts'

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

describe('calibrationDrift', () => {
  it('says nothing while the budget runs read the host as the calibration did', () => {
    expect(calibrationDrift(2085, [1975, 2200, 2107])).toEqual([])
    expect(calibrationDrift(2085, [])).toEqual([])
  })

  it('flags a calibration taken on a busier or quieter host than the runs', () => {
    expect(calibrationDrift(1386, [1975, 2200, 2107])).toEqual([
      'the host read BenchmarkIndex 2107 in the budget runs against 1386 in the calibration (+52 %): the phone emulated is not the one the budgets assume; run again on a quiet host',
    ])
    expect(calibrationDrift(2600, [1500, 1600, 1700])[0]).toContain('(-38 %)')
    expect(calibrationDriftOf(1386, [1975, 2200, 2107])).toBeCloseTo(0.52, 2)
    expect(calibrationDriftOf(2000, [2400])).toBe(0)
  })
})
