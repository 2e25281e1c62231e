// The marks of a number axis whose extent is its data's, rounded out to round numbers: what
// recharts draws for `domain={[0, 'auto']}` with its default five ticks (its getNiceTickValues,
// "adaptive" steps), so a hand-drawn chart reads like the recharts one it replaced. Decimal
// arithmetic there is plain numbers here, each result rounded to 12 significant digits.

/** recharts' default tick count for a number axis. */
const TICK_COUNT = 5

/** `value` without the binary noise of a sum or a product (0.1 + 0.2 → 0.3). */
const tidy = (value: number) => Number(value.toPrecision(12))

/** Digits before the point: 1 for [1, 10), 0 for [0.1, 1), −1 for [0.01, 0.1); 1 for 0. */
function digitCount(value: number): number {
  return value === 0 ? 1 : Math.floor(Math.log10(Math.abs(value))) + 1
}

/** A step of round numbers (multiples of 0.05 or 0.1 of a power of ten) near `rough`. */
function adaptiveStep(rough: number, allowDecimals: boolean, correction: number): number {
  if (rough <= 0) return 0
  const digits = digitCount(rough)
  const power = tidy(10 ** digits)
  const ratio = tidy(rough / power)
  const scale = digits !== 1 ? 0.05 : 0.1
  const amended = tidy((Math.ceil(tidy(ratio / scale)) + correction) * scale)
  const step = tidy(amended * power)
  return allowDecimals ? step : Math.ceil(step)
}

type StepFit = { step: number; tickMin: number; tickMax: number }

function fitStep(
  min: number,
  max: number,
  count: number,
  allowDecimals: boolean,
  correction: number,
): StepFit {
  if (!Number.isFinite((max - min) / (count - 1))) return { step: 0, tickMin: 0, tickMax: 0 }
  const step = adaptiveStep(tidy((max - min) / (count - 1)), allowDecimals, correction)
  // 0 is a mark whenever the extent holds it.
  let middle: number
  if (min <= 0 && max >= 0) middle = 0
  else {
    // Less its remainder by the step (truncated, as Decimal's mod: its sign is the value's).
    const half = tidy((min + max) / 2)
    middle = tidy(Math.trunc(tidy(half / step)) * step)
  }
  let below = Math.ceil(tidy((middle - min) / step))
  let above = Math.ceil(tidy((max - middle) / step))
  const marks = below + above + 1
  if (marks > count) return fitStep(min, max, count, allowDecimals, correction + 1)
  if (marks < count) {
    if (max > 0) above += count - marks
    else below += count - marks
  }
  return { step, tickMin: tidy(middle - below * step), tickMax: tidy(middle + above * step) }
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
  tickCount = TICK_COUNT,
): number[] {
  const count = Math.max(tickCount, 2)
  const [low, high] = min > max ? [max, min] : [min, max]
  if (low === high) return singleValueTicks(low, count, allowDecimals)
  const { step, tickMin, tickMax } = fitStep(low, high, count, allowDecimals, 0)
  const ticks: number[] = []
  // Up to a tenth of a step past the last mark, as recharts' range does, so it is always included.
  const end = tickMax + step * 0.1
  for (let i = 0, value = tickMin; value < end && i < 100_000; i += 1) {
    // A mark a rounding error away from 0 is 0 (−0.6 + 3 × 0.2), as Decimal arithmetic gives.
    ticks.push(Math.abs(value) < step * 1e-9 ? 0 : value)
    value = tidy(tickMin + (i + 1) * step)
  }
  return min > max ? ticks.reverse() : ticks
}
