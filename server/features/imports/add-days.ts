/**
 * An ISO date `days` days later (negative: earlier), in UTC so no time zone moves the day.
 * @example addDays('2025-07-01', -1) // '2025-06-30'
 */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}
