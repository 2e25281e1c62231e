// The maximum points a cohort-year's ranked units share, stored on its cohort_year row by the
// rank writer: a ranking page names it once in its header ("of 100") rather than on every row,
// and leaves out a points column that, out of 100, only repeats the index.

/** The maximum every row has; null where two differ, one has none, or there are no rows. */
export function sharedMaxPoints(rows: readonly { max_points: number | null }[]): number | null {
  const first = rows[0]?.max_points ?? null
  if (first === null) return null
  for (const row of rows) if (row.max_points !== first) return null
  return first
}
