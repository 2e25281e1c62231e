// A cohort page's table reads one page of its cohort at a time (ADR 016): the sort, the search and
// the page live in the URL beside the cohort filters, so a view can be shared or reloaded as is.

/** Rows a table page shows. */
export const TABLE_PAGE_SIZE = 50

/** As the server's bound on `q`: longer searches are cut, not refused. */
const MAX_QUERY_LENGTH = 100

export type SortDir = 'asc' | 'desc'

/** A table's state in the URL: `sort`, `dir`, `q` (searched names) and `page` (1-based). */
export type TableSearch<K extends string> = { sort: K; dir: SortDir; q: string; page: number }

/** A table's sort keys (as the API names them) and the order it opens in. */
export type TableSortSpec<K extends string> = {
  keys: readonly K[]
  initial: { sort: K; dir: SortDir }
  /** Sort names of older links and what they are now ("delta" → "deltaPct"). */
  aliases?: Readonly<Record<string, K>>
}

/**
 * The table state of a URL. Anything unknown or malformed falls back to the table's initial
 * order, the first page and no search: a stale or hand-edited link still opens a table.
 */
export function parseTableSearch<K extends string>(
  params: URLSearchParams,
  spec: TableSortSpec<K>,
): TableSearch<K> {
  const raw = params.get('sort') ?? ''
  const asked =
    spec.keys.find((k) => k === raw) ??
    (Object.hasOwn(spec.aliases ?? {}, raw) ? spec.aliases?.[raw] : undefined)
  const sort = asked ?? spec.initial.sort
  const dirParam = params.get('dir')
  const dir: SortDir =
    dirParam === 'asc' || dirParam === 'desc' ? dirParam : asked ? 'asc' : spec.initial.dir
  const q = (params.get('q') ?? '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
  const pageParam = Number(params.get('page'))
  const page = Number.isSafeInteger(pageParam) && pageParam >= 1 ? pageParam : 1
  return { sort, dir, q, page }
}

/**
 * The URL after a change to the table: the cohort filters and everything else kept; defaults
 * left out so the plain URL stays plain. A new sort or search goes back to the first page.
 */
export function withTableSearch<K extends string>(
  params: URLSearchParams,
  spec: TableSortSpec<K>,
  next: Partial<TableSearch<K>>,
): URLSearchParams {
  const current = parseTableSearch(params, spec)
  const resets =
    (next.sort !== undefined && next.sort !== current.sort) ||
    next.dir !== undefined ||
    (next.q !== undefined && next.q !== current.q)
  const merged: TableSearch<K> = {
    ...current,
    ...next,
    page: next.page ?? (resets ? 1 : current.page),
  }
  const out = new URLSearchParams(params)
  const isInitial = merged.sort === spec.initial.sort && merged.dir === spec.initial.dir
  setOrDelete(out, 'sort', isInitial ? null : merged.sort)
  setOrDelete(out, 'dir', isInitial ? null : merged.dir)
  setOrDelete(out, 'q', merged.q.trim() || null)
  setOrDelete(out, 'page', merged.page > 1 ? String(merged.page) : null)
  return out
}

/**
 * Whether a change of the table is a step of its own in the browser's history (pushed, so Back
 * returns to the view before) or a correction of the last one (replacing it): another sort,
 * direction or page is a step; a search is one when it starts (the list was not searched), and
 * each later keystroke's search replaces it, so typing does not fill the history. No change at
 * all is no step.
 */
export function isHistoryStep<K extends string>(
  before: URLSearchParams,
  after: URLSearchParams,
  spec: TableSortSpec<K>,
): boolean {
  const a = parseTableSearch(before, spec)
  const b = parseTableSearch(after, spec)
  if (a.q !== b.q) return a.q === '' && b.q !== ''
  return a.sort !== b.sort || a.dir !== b.dir || a.page !== b.page
}

function setOrDelete(params: URLSearchParams, key: string, value: string | null) {
  if (value === null) params.delete(key)
  else params.set(key, value)
}

/** The API's paging of a table state: `limit` always, `offset` past the first page. */
export function pageWindow(page: number, size = TABLE_PAGE_SIZE) {
  return { limit: size, offset: (page - 1) * size }
}

/** "rows 51–100 of 3,321": the 1-based first and last row of a page of `shown` rows. */
export function pageRange(page: number, shown: number, size = TABLE_PAGE_SIZE) {
  const first = (page - 1) * size + 1
  return { first: shown > 0 ? first : 0, last: shown > 0 ? first + shown - 1 : 0 }
}

/** Pages needed for `matched` rows (at least one, so an empty search still has a page 1). */
export function pageCount(matched: number, size = TABLE_PAGE_SIZE) {
  return Math.max(1, Math.ceil(matched / size))
}
