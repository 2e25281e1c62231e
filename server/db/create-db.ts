import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import { logger } from '#server/log/logger.ts'
import type { DatabaseTarget } from './database-url.ts'
import type { Database } from './schema.ts'
import { assertSupportedNode } from './supported-node.ts'

// pg returns int8 (count(*), rank()) as strings and builds local-midnight Date objects for
// `date` columns; we want numbers and the raw YYYY-MM-DD text (STYLE B.6).
pg.types.setTypeParser(20, (value) => Number(value))
pg.types.setTypeParser(1082, (value) => value)
// numeric (e.g. round() results) → number.
pg.types.setTypeParser(1700, (value) => Number(value))

export type DialectName = DatabaseTarget['dialect']

export type CreateDbOptions = {
  /** PostgreSQL only: run every connection with this search_path (one schema per test run). */
  searchPath?: string
  poolSize?: number
}

export function createDb(target: DatabaseTarget, options: CreateDbOptions = {}): Kysely<Database> {
  if (target.dialect === 'sqlite') {
    assertSupportedNode()
    if (target.filename !== ':memory:') mkdirSync(dirname(target.filename), { recursive: true })
    const sqlite = new SQLite(target.filename)
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('busy_timeout = 5000')
    sqlite.pragma('synchronous = NORMAL')
    sqlite.pragma(`cache_size = ${SQLITE_CACHE_SIZE}`)
    return new Kysely<Database>({
      dialect: new SqliteDialect({ database: keepStatements(sqlite) }),
    })
  }
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5000,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  })
  // An idle client that the server terminates emits 'error' on the pool; unhandled, it would
  // end the process. The pool replaces the client; the next query reports any real outage.
  pool.on('error', (error) => logger.warn('PostgreSQL idle client error', { error }))
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
}

/** Statements kept per SQLite connection (least recently used dropped first). */
const KEPT_STATEMENTS = 64
/** Longer texts are one-off statements, not worth the memory of keeping them compiled. */
const KEPT_TEXT_LENGTH = 50_000

/**
 * 64 MB of page cache (SQLite's default is 2 MB): a national import's indexes stay in memory
 * instead of being re-read from the file for every batch of rows (award import 21 s → 16 s).
 */
export const SQLITE_CACHE_SIZE = -65536

/**
 * Kysely prepares every query anew, and SQLite compiles a statement in about the time it takes
 * to run it: for an import's bulk inserts half the cost was compiling. The same text gets the
 * same compiled statement back (SQLite recompiles it by itself after a schema change), unless
 * that one is still being iterated.
 */
export function keepStatements(sqlite: SQLite.Database): SQLite.Database {
  const kept = new Map<string, SQLite.Statement>()
  const prepare = sqlite.prepare.bind(sqlite)
  const cached = (source: string) => {
    const statement = kept.get(source)
    if (statement && !statement.busy) {
      kept.delete(source)
      kept.set(source, statement)
      return statement
    }
    const fresh = prepare(source)
    if (source.length <= KEPT_TEXT_LENGTH) {
      kept.set(source, fresh)
      if (kept.size > KEPT_STATEMENTS) kept.delete(kept.keys().next().value as string)
    }
    return fresh
  }
  return Object.assign(sqlite, { prepare: cached as SQLite.Database['prepare'] })
}

/** Which dialect a Kysely instance talks to (health endpoint, dialect-specific tuning). */
export function dialectOf(db: Kysely<Database>): DialectName {
  return db.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres')
    ? 'postgres'
    : 'sqlite'
}
