/**
 * Rounds half away from zero to `decimals` places, exactly as printed (5.349999… → 5.35).
 * Shifting through the exponent string avoids the binary error of `x * 100`.
 * @example round(80.1 - 74.75) // 5.35
 */
export function round(value: number, decimals = 2): number {
  const sign = value < 0 ? -1 : 1
  const shifted = Math.round(Number(`${Math.abs(value)}e${decimals}`))
  const result = sign * Number(`${shifted}e-${decimals}`)
  return Object.is(result, -0) ? 0 : result
}
