// The marks of a number axis whose extent is its data's, rounded out to round numbers: steps of 1,
// 2, 2.5 or 5 times a power of ten, so a reader counts along the axis (0, 10, 20, 30, 40) where
// recharts' own "adaptive" steps gave 0, 9, 18, 27, 36 or 88.2, 89.1, 90 (ADR 052). The bar
// charts and compare's line chart take their value axes' marks from here; the rank axes and the
// profile's fixed index axis keep their own.

/** Intervals on an axis at most (six marks), about recharts' default of five marks. */
const MAX_INTERVALS = 5

/** `value` without the binary noise of a sum or a product (0.1 + 0.2 → 0.3). */
const tidy = (value: number) => Number(value.toPrecision(12))

/** Digits before the point: 1 for [1, 10), 0 for [0.1, 1), −1 for [0.01, 0.1); 1 for 0. */
function digitCount(value: number): number {
  return value === 0 ? 1 : Math.floor(Math.log10(Math.abs(value))) + 1
}

/**
 * The round multiples of a power of ten a step is made of; on an axis of counts, only the
 * multiples that are whole numbers (no 2.5, no 0.5).
 */
const STEP_FACTORS = [1, 2, 2.5, 5] as const

/**
 * The smallest round step whose marks, rounded out past the data, make at most `count` intervals
 * (`count` + 1 marks): the axis wastes least room without crowding. Whole when decimals are not
 * allowed.
 */
function roundStep(low: number, high: number, count: number, allowDecimals: boolean): number {
  let power = tidy(10 ** Math.floor(Math.log10((high - low) / (count * 10))))
  for (;;) {
    for (const factor of STEP_FACTORS) {
      const step = tidy(factor * power)
      if (!allowDecimals && !Number.isInteger(step)) continue
      const intervals = Math.ceil(tidy(high / step)) - Math.floor(tidy(low / step))
      if (intervals <= count) return step
    }
    power = tidy(power * 10)
  }
}

/** The marks when the extent is one value: `count` marks a step of 1 apart around it. */
function singleValueTicks(value: number, count: number, allowDecimals: boolean): number[] {
  let step = 1
  let middle = value
  if (!Number.isInteger(value) && allowDecimals) {
    const size = Math.abs(value)
    if (size < 1) {
      step = tidy(10 ** (digitCount(value) - 1))
      middle = tidy(Math.floor(tidy(value / step)) * step)
    } else if (size > 1) middle = Math.floor(value)
  } else if (value === 0) middle = Math.floor((count - 1) / 2)
  else if (!allowDecimals) middle = Math.floor(value)
  const centre = Math.floor((count - 1) / 2)
  return Array.from({ length: count }, (_, i) => tidy(middle + (i - centre) * step))
}

/**
 * The axis's marks for data from `min` to `max` (in either order), first to last; the axis runs
 * from the first mark to the last. Whole numbers only when `allowDecimals` is false.
 */
export function niceTicks(
  min: number,
  max: number,
  allowDecimals = true,
  maxIntervals = MAX_INTERVALS,
): number[] {
  const count = Math.max(maxIntervals, 1)
  const [low, high] = min > max ? [max, min] : [min, max]
  // No extent to mark (a NaN or an infinity among the values): no marks, rather than no end.
  if (!Number.isFinite(high - low)) return []
  if (low === high) return singleValueTicks(low, count, allowDecimals)
  const step = roundStep(low, high, count, allowDecimals)
  const first = Math.floor(tidy(low / step))
  const last = Math.ceil(tidy(high / step))
  const ticks: number[] = []
  // Each mark a multiple of the step, so 0 is one whenever the extent holds it.
  for (let i = first; i <= last; i += 1) ticks.push(i === 0 ? 0 : tidy(i * step))
  return min > max ? ticks.reverse() : ticks
}
