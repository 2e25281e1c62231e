// A PostgreSQL array literal for one column of a bulk insert (bulk-insert.ts unnests one array
// per column). node-postgres would build the same text from a JavaScript array, but element by
// element through its general value conversion and two regular-expression replaces each: in the
// benchmark's PostgreSQL import that was a tenth of the process's CPU time.

/** A character that must be backslash-escaped inside a quoted element. */
const ESCAPED = /["\\]/

/**
 * `{"a","b\"c",NULL,12.5}` for a column of text, numbers, booleans and nulls; undefined when a
 * value is of another kind (a Date, an object), which is then left to node-postgres. Text is
 * always quoted, so `NULL`, an empty string, commas, braces and spaces read back as written.
 */
export function pgArrayLiteral(values: readonly unknown[]): string | undefined {
  const parts = new Array<string>(values.length)
  for (let i = 0; i < values.length; i++) {
    const value = values[i]
    if (value === null || value === undefined) parts[i] = 'NULL'
    else if (typeof value === 'string')
      parts[i] = ESCAPED.test(value) ? `"${value.replace(/["\\]/g, '\\$&')}"` : `"${value}"`
    else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
      parts[i] = String(value)
    else return undefined
  }
  return `{${parts.join(',')}}`
}
