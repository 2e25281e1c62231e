// A list of codes as a one-column table of parameters, for a join that starts from the codes:
// with a CROSS JOIN after it, SQLite keeps the list outermost and finds each code's rows by key,
// whatever its sampled statistics say (asked as `IN (…)`, it chose by them between those seeks
// and reading a whole cohort-year's range of an index). A VALUES list, which both engines read
// (each names its column column1) and SQLite takes at any length, where a UNION ALL of selects
// stops at 500 terms.
import { sql } from 'kysely'

/** `(select column1 as <column> from (values (?), (?), …) as v)`; alias it with `.as(…)`. */
export function codeTable<C extends string>(codes: readonly string[], column: C) {
  const rows = sql.join(codes.map((code) => sql`(${code})`))
  return sql<Record<C, string>>`(select column1 as ${sql.ref(column)} from (values ${rows}) as v)`
}
