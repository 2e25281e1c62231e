// What a read found in the database, kept while the data version stays the same (ADR 040). A
// cohort's context — its parent, block, years, sizes, scheme and grade bands — and a
// cohort-year's predecessors are the same for every page, sort and search of it, and every write
// moves the version (ADR 007), so a request may take them from an earlier one instead of reading
// them again. Only the HTTP cache, which knows the version, makes one; any other path reads the
// database as it is.

/** Distinct values kept per version before the memo starts over (most are a few rows). */
const MAX_ENTRIES = 2_000

/** Freezes a value and everything it holds: a remembered value is shared by every request. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}

export class VersionMemo {
  readonly version: string
  #values = new Map<string, Promise<unknown>>()

  constructor(version: string) {
    this.version = version
  }

  get size(): number {
    return this.#values.size
  }

  /**
   * The value kept under `key`, else `read()`'s, kept (frozen) for the next request. Concurrent
   * requests share one read; a read that fails is forgotten, so an error is never remembered.
   */
  get<T>(key: string, read: () => Promise<T>): Promise<T> {
    const kept = this.#values.get(key) as Promise<T> | undefined
    if (kept) return kept
    if (this.#values.size >= MAX_ENTRIES) this.#values.clear()
    const value = read().then(deepFreeze)
    this.#values.set(key, value)
    value.catch(() => {
      if (this.#values.get(key) === value) this.#values.delete(key)
    })
    return value
  }
}

/**
 * `read()` through the memo when there is one, else straight from the database. A remembered
 * value is frozen (a change to it throws): its readers copy what they alter.
 */
export function remembered<T>(
  memo: VersionMemo | null | undefined,
  key: readonly (string | number | boolean | undefined)[],
  read: () => Promise<T>,
): Promise<T> {
  return memo ? memo.get(JSON.stringify(key), read) : read()
}
