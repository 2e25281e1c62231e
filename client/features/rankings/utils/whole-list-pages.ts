// "Print whole table" reads a server-paged list whole (ADR 019, amended): in pages of 500 rows, up
// to 2,000 rows. Beyond, a printout would run past 40 landscape pages; the XLSX download is the
// whole list's form then, and the reader is told so instead of getting a silently cut printout.

/** Rows asked for in one request when reading a list whole for print. */
export const PRINT_PAGE_SIZE = 500
/** The most rows a printout holds; a longer list is downloaded (XLSX), not printed. */
export const PRINT_ROW_CAP = 2000

/** One page of a server-paged list: its rows and the list's size (`matched`, before paging). */
export type ListPage<T> = { items: readonly T[]; matched: number }

export type WholeList<T> =
  { kind: 'whole'; rows: T[]; total: number } | { kind: 'too-many'; total: number }

/**
 * Reads every row of a list through `readPage(page, size)` (1-based pages of `size` rows), or
 * says the list is over `cap` rows after the first page (which tells its size). Stops at an
 * empty page, so a list that shrinks while it is read ends instead of looping.
 */
export async function readWholeList<T>(
  readPage: (page: number, size: number) => Promise<ListPage<T>>,
  size = PRINT_PAGE_SIZE,
  cap = PRINT_ROW_CAP,
): Promise<WholeList<T>> {
  const first = await readPage(1, size)
  if (first.matched > cap) return { kind: 'too-many', total: first.matched }
  const rows = [...first.items]
  let total = first.matched
  for (let page = 2; rows.length < total; page += 1) {
    const next = await readPage(page, size)
    if (next.items.length === 0) break
    rows.push(...next.items)
    total = next.matched
  }
  return { kind: 'whole', rows, total: rows.length }
}
