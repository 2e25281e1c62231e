// The marks of the unit profile's rank axis (1st at the top). Ranks count from 1: marks at
// multiples of a round step (1, 5, 10, 15) make the first interval a place shorter than the
// others, and a last mark at the cohort's size (… 50, 63) makes the last one longer, so the axis
// looks stretched or squeezed at its ends and distances along it stop meaning places. These marks
// step evenly from 1 instead (1, 4, 7, 10, 13 of 15; 1, 21, 41, 61 of 63): every interval is the
// same number of places. The cohort's size is marked only where a step lands on it; every point's
// label writes it ("12/15"), and the axis still runs down to it.

/**
 * How many places a step may count, times a power of ten: the round steps of the value axes
 * (nice-ticks.ts) without 2.5, which is no whole number of places, and with 3, so a cohort of 15
 * gets five marks rather than three.
 */
const STEP_FACTORS = [1, 2, 3, 5] as const
/** Marks at most, as on the value axes (nice-ticks.ts). */
const MAX_MARKS = 6

/** The rank axis's marks for a largest cohort of `total`: 1, then every `step` places up to it. */
export function rankTicks(total: number): number[] {
  const last = Math.max(1, Math.floor(total))
  const step = rankStep(last)
  const ticks: number[] = []
  for (let r = 1; r <= last; r += step) ticks.push(r)
  return ticks
}

/** The smallest step that leaves at most MAX_MARKS marks from 1 to `last`. */
function rankStep(last: number): number {
  for (let power = 1; ; power *= 10)
    for (const factor of STEP_FACTORS) {
      const step = factor * power
      if (Math.floor((last - 1) / step) + 1 <= MAX_MARKS) return step
    }
}
