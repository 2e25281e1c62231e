/**
 * A completion rate as stored and ordered (ADR 033): the rate as the API rounds it
 * (taskCompletion), in whole hundredths of a percent, so equal rounded rates tie; null when
 * nothing is due.
 * @example completionKey(14.37) // 1437
 */
export function completionKey(completionPct: number | null): number | null {
  return completionPct === null ? null : Math.round(completionPct * 100)
}
