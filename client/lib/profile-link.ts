// The one address of a unit's profile in a year: the tables' unit links and the charts' unit
// names lead to the same page, so a reader lands in the same place whichever one they follow.

/** "/units/LONG_AN.THANH_HOA?year=2023": the profile of `code`, opened at `year`. */
export function profileHref(code: string, year: number): string {
  return `/units/${code}?year=${year}`
}
