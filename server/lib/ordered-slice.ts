// The items at some places of an order without ordering every item: a page of 50 cut from a band
// of 1,147 units tied on their completion rate (a national commune cohort's first page) needs
// the 50 first names of the band, and a full sort spent most of the request comparing the names
// of the other 1,097 (Vietnamese collation is the costly comparison). Two selections put the
// items of the page's places between its ends, and only those are sorted: on an input in any
// order a database returns, about three comparisons per item; on an input built to defeat the
// pivots, a selection gives up after 2·log₂(n) partitions and sorts the range instead, so no
// input costs much more than a full sort.
/**
 * The items at places [from, to) of `items` ordered by `compare` — the same items, in the same
 * order, as `[...items].sort(compare).slice(from, to)` — provided `compare` is a total order
 * (no two items compare equal: a list's last tie-break is the unit code).
 */
export function orderedSlice<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
  from: number,
  to: number,
): T[] {
  const start = Math.max(0, from)
  const end = Math.min(items.length, to)
  if (end <= start) return []
  const order = [...items]
  // Everything before `start` orders before it, everything after orders after it…
  if (start > 0) selectPlace(order, start, 0, order.length, compare)
  // … then the same for the last place asked, among the items from `start` on.
  if (end < order.length) selectPlace(order, end - 1, start, order.length, compare)
  return order.slice(start, end).sort(compare)
}

/**
 * Rearranges `order[lo, hi)` so that the item of place `k` stands at `k`, the items that order
 * before it before, the others after (quickselect with median-of-three pivots; past 2·log₂(n)
 * partitions, the range is sorted, which places every item).
 */
function selectPlace<T>(
  order: T[],
  k: number,
  lo: number,
  hi: number,
  compare: (a: T, b: T) => number,
): void {
  let partitions = 2 * Math.ceil(Math.log2(hi - lo + 1))
  while (hi - lo > 1) {
    if (partitions === 0) {
      const sorted = order.slice(lo, hi).sort(compare)
      for (let i = 0; i < sorted.length; i += 1) order[lo + i] = sorted[i]!
      return
    }
    partitions -= 1
    const at = partition(order, lo, hi, medianOfThree(order, lo, hi, compare), compare)
    if (at === k) return
    if (k < at) hi = at
    else lo = at + 1
  }
}

function medianOfThree<T>(order: T[], lo: number, hi: number, compare: (a: T, b: T) => number) {
  const mid = lo + ((hi - lo) >> 1)
  const last = hi - 1
  const [a, b, c] = [order[lo]!, order[mid]!, order[last]!]
  if (compare(a, b) < 0) {
    if (compare(b, c) < 0) return mid
    return compare(a, c) < 0 ? last : lo
  }
  if (compare(a, c) < 0) return lo
  return compare(b, c) < 0 ? last : mid
}

/** Lomuto's partition around the item at `pivot`; its place once partitioned. */
function partition<T>(
  order: T[],
  lo: number,
  hi: number,
  pivot: number,
  compare: (a: T, b: T) => number,
): number {
  const last = hi - 1
  swap(order, pivot, last)
  const value = order[last]!
  let store = lo
  for (let i = lo; i < last; i += 1)
    if (compare(order[i]!, value) < 0) {
      swap(order, i, store)
      store += 1
    }
  swap(order, store, last)
  return store
}

function swap<T>(order: T[], i: number, j: number): void {
  const item = order[i]!
  order[i] = order[j]!
  order[j] = item
}
