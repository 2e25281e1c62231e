/**
 * The year a unit profile shows: the URL's, or else the unit's latest year with a result.
 * The page and its route loader both choose with it, so the loader's first reads are the page's.
 */
export function profileYear(years: readonly number[], asked: number | undefined) {
  return asked ?? years[years.length - 1]
}
