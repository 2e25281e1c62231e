// The marks of a rank axis (1st at the top): 1st, the last place, and every multiple of a round
// step between them (1, 5, 10, 15 of 15; 1, 10, 20, 34 of 34). A reader looks for the first and
// the last place on a rank axis, and counts along round numbers between; marks stepping from 1
// (1, 4, 7, 10, 13 of 15) left the last place unmarked, and a 14th or 15th drawn under the last
// label. The ranking's bump chart and the unit profile's rank panel share this rule (ADR 060).

/** The round steps a rank axis counts by: 1, 2 and 5 times a power of ten. */
const STEP_FACTORS = [1, 2, 5] as const
/** Marks at most, as on the value axes (nice-ticks.ts). */
const MAX_MARKS = 6

/**
 * 1, the multiples of `step` after it, and `last`: a multiple less than half a step before the
 * last place is left out, so the two labels do not meet (30 and 34 by fives reads 1, 5 … 30, 34;
 * by tens 1, 10, 20, 34).
 */
export function rankTicksEvery(last: number, step: number): number[] {
  const end = Math.max(1, Math.floor(last))
  const ticks = [1]
  for (let r = step; r < end - step / 2; r += step) if (r > 1) ticks.push(r)
  if (end > 1) ticks.push(end)
  return ticks
}

/** 1, every multiple of `step` before the last place, and the last place. */
function everyMultiple(end: number, step: number): number[] {
  const ticks = [1]
  for (let r = step; r < end; r += step) if (r > 1) ticks.push(r)
  if (end > 1) ticks.push(end)
  return ticks
}

/**
 * The marks for a cohort of `last` places with the smallest round step that leaves at most six
 * marks, and whose labels `fit` the axis's room where it is given (tick-room.ts): a multiple
 * close to the last place is kept where its label fits beside it (1, 10, 15 of 15 on an image's
 * short panel). The first and last place alone where no step fits.
 */
export function rankTicks(last: number, fit?: (marks: readonly number[]) => boolean): number[] {
  const end = Math.max(1, Math.floor(last))
  for (let power = 1; power < end; power *= 10)
    for (const factor of STEP_FACTORS) {
      const step = factor * power
      const candidates = fit
        ? [everyMultiple(end, step), rankTicksEvery(end, step)]
        : [rankTicksEvery(end, step)]
      const ticks = candidates.find((t) => t.length <= MAX_MARKS && (fit?.(t) ?? true))
      if (ticks) return ticks
    }
  return rankTicksEvery(end, end)
}
