// The CPU slow-down that makes this host emulate Lighthouse's reference phone. Lighthouse's
// default 4× assumes a host of BenchmarkIndex ≈ 1,500 (a desktop); on a slower host the same 4×
// emulates a much slower phone than the one its budgets were written for, and Lighthouse itself
// warns so ("The tested device appears to have a slower CPU than Lighthouse expects"). The
// mapping is Lighthouse's published calibration (its CPU throttling calculator, linked from
// docs/throttling.md): 2,000 → 6×, 1,533 → 4×, 1,300 → 3×, 800 → 2×, 150 → 1×.

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
