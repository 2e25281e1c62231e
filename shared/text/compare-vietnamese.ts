const collator = new Intl.Collator('vi')

/** Orders names by Vietnamese collation ("Đức Hòa" after "Dương", before "Kiến Tường"). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b)
}
