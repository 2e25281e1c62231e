// One collation for unit names on the server and in the SPA, so a list sorted by the API and
// the same list sorted in the browser agree. Numeric: "Phường 2" before "Phường 10".
const collator = new Intl.Collator('vi', { numeric: true })

/** Orders names by Vietnamese collation ("Đức Hòa" after "Dương", before "Kiến Tường"). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b)
}
