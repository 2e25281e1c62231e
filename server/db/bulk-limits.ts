// Statement sizes and PostgreSQL column types for the bulk writer (bulk-insert.ts).

/** better-sqlite3's bundled SQLite is built with SQLITE_MAX_VARIABLE_NUMBER=32766. */
export const SQLITE_MAX_PARAMS = 32_766

/**
 * Rows per SQLite insert: a text short enough for the connection to keep compiled (create-db.ts)
 * and long enough that the per-statement cost is spread thin (binding, not parsing, dominates).
 */
export const SQLITE_ROWS_PER_STATEMENT = 256

/** PostgreSQL's wire protocol counts bound parameters in 16 bits. */
export const PG_MAX_PARAMS = 65_535

/** Rows per `insert … select * from unnest(…)`: large enough to amortise a round trip, small
 * enough to keep one statement's arrays a few megabytes. */
export const PG_ROWS_PER_STATEMENT = 20_000

/**
 * PostgreSQL type of each non-text column a bulk writer writes, for the `$n::type[]` casts of
 * unnest (a `date` column does not accept text from a SELECT without one). Column names mean the
 * same in every table (server/db/schema.ts); any other column is text.
 */
const PG_TYPES: Record<string, string> = {
  year: 'integer',
  published_rank: 'integer',
  published_cohort_size: 'integer',
  count: 'integer',
  grants: 'integer',
  task_rows: 'integer',
  grant_rows: 'integer',
  award_total: 'integer',
  award_collective: 'integer',
  award_individual: 'integer',
  award_household: 'integer',
  completion_key: 'integer',
  task_planned: 'integer',
  units: 'integer',
  with_plan: 'integer',
  decision_count: 'integer',
  done_on_time: 'integer',
  done_late: 'integer',
  in_progress: 'integer',
  overdue: 'integer',
  not_started: 'integer',
  cancelled: 'integer',
  sort_order: 'integer',
  rank: 'integer',
  prev_rank: 'integer',
  prev_total: 'integer',
  rank_change: 'integer',
  name_order: 'integer',
  unit_count: 'integer',
  published_size: 'integer',
  published_ranks: 'integer',
  max_points: 'double precision',
  shared_max_points: 'double precision',
  points: 'double precision',
  index_pct: 'double precision',
  published_index_pct: 'double precision',
  min_pct: 'double precision',
  prev_index_pct: 'double precision',
  delta_pct: 'double precision',
  best: 'double precision',
  total: 'double precision',
  decision_date: 'date',
  effective_date: 'date',
  valid_from: 'date',
  valid_to: 'date',
}

export function pgColumnType(column: string): string {
  return PG_TYPES[column] ?? 'text'
}
