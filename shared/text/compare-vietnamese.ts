// One collation for unit names on the server and in the SPA, so a list sorted by the API and
// the same list sorted in the browser agree. Numeric: "Phường 2" before "Phường 10".
// Made on first use, not when the module loads: creating it loads the locale's collation data,
// about 80 ms of a phone's start-up (4× CPU slow-down) on pages that never sort a name.
let collator: Intl.Collator | undefined

function collation(): Intl.Collator {
  collator ??= new Intl.Collator('vi', { numeric: true })
  return collator
}

/** Makes the collator now, in a task of its own, rather than in the first render that sorts. */
export function prepareVietnameseCollation(): void {
  collation()
}

/** Orders names by Vietnamese collation ("Đức Hòa" after "Dương", before "Kiến Tường"). */
export function compareVietnamese(a: string, b: string): number {
  return collation().compare(a, b)
}
