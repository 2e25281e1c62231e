// The collation of unit names: Vietnamese, numeric ("Phường 2" before "Phường 10"). The SPA sorts
// with client/lib/compare-vi.ts, the same order without a collator (whose locale data took a long
// task of a phone's start-up), tested against this one, so a list sorted by the API and the same
// list sorted in the browser agree. Made on first use, not when the module loads.
let collator: Intl.Collator | undefined

function collation(): Intl.Collator {
  collator ??= new Intl.Collator('vi', { numeric: true })
  return collator
}

/** Orders names by Vietnamese collation ("Đức Hòa" after "Dương", before "Kiến Tường"). */
export function compareVietnamese(a: string, b: string): number {
  return collation().compare(a, b)
}
