import { round } from './round.ts'

/**
 * The PAR Index %: points ÷ the unit's applicable maximum × 100, rounded to 2 decimals. This is
 * the value stored in assessment.index_pct and the one rank() orders by.
 * @example indexPct(68.5, 71.5) // 95.8
 */
export function indexPct(points: number, maxPoints: number): number {
  if (!(maxPoints > 0)) throw new RangeError(`max points must be positive, got ${maxPoints}`)
  return round((points / maxPoints) * 100, 2)
}
