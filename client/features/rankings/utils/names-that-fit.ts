// Which of a chart's names a plot holds when it cannot hold them all a line apart: the rank
// history's names at its lines' ends (bump-line-end-names.tsx).

/**
 * The names a plot holds (`room` of them), in the order given: all when they fit; else the
 * reader's and the strong ones first, then the ends of the order down the plot (top and bottom
 * alternately), which is what a reader of a rank chart looks for.
 */
export function namesThatFit<T extends { y: number; strong: boolean; focused: boolean }>(
  points: readonly T[],
  room: number,
): T[] {
  if (points.length <= room) return [...points]
  const down = [...points].sort((a, b) => a.y - b.y)
  const kept = new Set<T>(down.filter((p) => p.focused || p.strong).slice(0, room))
  for (let top = 0, bottom = down.length - 1; kept.size < room && top <= bottom;) {
    kept.add(down[top++] as T)
    if (kept.size < room && top <= bottom) kept.add(down[bottom--] as T)
  }
  return points.filter((p) => kept.has(p))
}
