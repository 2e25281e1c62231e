/** A linear map from `domain` to `range` (either may run backwards: a reversed axis). */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (value: number) => number {
  const span = d1 - d0
  if (span === 0) return () => (r0 + r1) / 2
  const factor = (r1 - r0) / span
  return (value) => r0 + (value - d0) * factor
}

/**
 * Equal bands for `count` categories over [start, end], as recharts' category axis lays them out:
 * band `i` starts at `start + i × size`; its centre is where its tick and its point sit.
 */
export function bands(count: number, start: number, end: number) {
  const size = count > 0 ? (end - start) / count : 0
  return {
    size,
    start: (i: number) => start + i * size,
    centre: (i: number) => start + (i + 0.5) * size,
  }
}
