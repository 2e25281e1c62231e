// Canonical form of a table's content, identical whatever the dialect returned: rows sorted by
// primary key (code-unit order, not a database collation), columns by name, -0 as 0.
import { createHash } from 'node:crypto'
import type { Cell } from './archive-format.ts'

export function normaliseCell(value: unknown, where: string): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new Error(`${where}: non-finite number ${value} cannot be archived`)
    return Object.is(value, -0) ? 0 : value
  }
  if (typeof value === 'bigint') return Number(value)
  if (value instanceof Date) return value.toISOString()
  throw new Error(`${where}: unsupported value type ${typeof value}`)
}

/** Sorts rows (arrays in `columns` order) by their primary-key values, in place. */
export function sortRows(
  rows: Cell[][],
  columns: readonly string[],
  primaryKey: readonly string[],
): Cell[][] {
  const keyIndexes = (primaryKey.length ? primaryKey : columns).map((c) => columns.indexOf(c))
  const keyed = rows.map((row) => ({ row, key: JSON.stringify(keyIndexes.map((i) => row[i])) }))
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return keyed.map((k) => k.row)
}

export function tableChecksum(
  columns: readonly string[],
  primaryKey: readonly string[],
  rows: Cell[][],
): string {
  const order = columns
    .map((name, index) => ({ name, index }))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
  const hash = createHash('sha256')
  hash.update(JSON.stringify(order.map((c) => c.name)))
  for (const row of sortRows([...rows], columns, primaryKey)) {
    hash.update('\n')
    hash.update(JSON.stringify(order.map((c) => row[c.index] ?? null)))
  }
  return hash.digest('hex')
}
