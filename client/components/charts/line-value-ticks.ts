// The value axis's marks of a line chart (compare's index over the years): round steps as on
// every bar chart (niceTicks, ADR 052), where recharts' own stepped by 0.9.
import { niceTicks } from './svg/nice-ticks.ts'

/**
 * The least extent the axis spans: its marks then step by 0.1 at the least, which the axis's two
 * decimals write exactly (lines a few hundredths apart gave steps of 0.025, written 88,23 for
 * 88.225).
 */
const MIN_EXTENT = 0.4

/** The marks for these values (nulls and non-numbers skipped), or over `domain` when given. */
export function lineValueTicks(
  values: readonly (number | null)[],
  domain?: readonly [number, number],
): number[] | undefined {
  if (domain) return niceTicks(domain[0], domain[1])
  const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
  if (numbers.length === 0) return undefined
  const min = Math.min(...numbers)
  const max = Math.max(...numbers)
  const missing = MIN_EXTENT - (max - min)
  return missing > 0 ? niceTicks(min - missing / 2, max + missing / 2) : niceTicks(min, max)
}
