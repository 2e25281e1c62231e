// The CPU slow-down that makes this host emulate Lighthouse's reference phone. Lighthouse's
// default 4× assumes a host of BenchmarkIndex ≈ 1,500 (a desktop); on a slower host the same 4×
// emulates a much slower phone than the one its budgets were written for, and Lighthouse itself
// warns so ("The tested device appears to have a slower CPU than Lighthouse expects"). The
// mapping is Lighthouse's published calibration (its CPU throttling calculator, linked from
// docs/throttling.md): 2,000 → 6×, 1,533 → 4×, 1,300 → 3×, 800 → 2×, 150 → 1×.
import { percentiles } from './stats.ts'

/** Lighthouse's default mobile slow-down, and the host it was calibrated on. */
export const DEFAULT_SLOWDOWN = 4

/** The slow-down for a host of this BenchmarkIndex (at least 1: a host is never sped up). */
export function calibratedSlowdown(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) return DEFAULT_SLOWDOWN
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500
  if (benchmarkIndex >= 150) return 1 + (benchmarkIndex - 150) / 650
  return 1
}

/** How far the budget runs' host may read from the calibration's before the phone is suspect. */
const CALIBRATION_DRIFT = 0.25

/** The budget runs' BenchmarkIndex: the median of their readings (NaN without one). */
function runsIndexOf(runIndices: readonly number[]): number {
  return percentiles(runIndices.filter((i) => Number.isFinite(i) && i > 0)).p50
}

/**
 * The budget runs' BenchmarkIndex over the calibration's, less 1, when it is past
 * CALIBRATION_DRIFT either way; else 0. Positive: the calibration met a busier host than the runs,
 * so the phone emulated was faster than the budgets assume (a calibration read at 1,386 beside
 * runs at 2,100 emulated 3.37× instead of 6.4×, and every TBT read 0); negative: a slower one.
 */
export function calibrationDriftOf(
  calibrationIndex: number,
  runIndices: readonly number[],
): number {
  const runs = runsIndexOf(runIndices)
  if (!(runs > 0) || !(calibrationIndex > 0)) return 0
  const drift = runs / calibrationIndex - 1
  return Math.abs(drift) > CALIBRATION_DRIFT ? drift : 0
}

/** The note a drifted calibration leaves in the results (none when it held). */
export function calibrationDrift(
  calibrationIndex: number,
  runIndices: readonly number[],
): string[] {
  const drift = calibrationDriftOf(calibrationIndex, runIndices)
  if (drift === 0) return []
  const percent = `${drift > 0 ? '+' : ''}${Math.round(drift * 100)} %`
  const runs = Math.round(runsIndexOf(runIndices))
  return [
    `the host read BenchmarkIndex ${runs} in the budget runs against ${Math.round(calibrationIndex)} in the calibration (${percent}): the phone emulated is not the one the budgets assume; run again on a quiet host`,
  ]
}
