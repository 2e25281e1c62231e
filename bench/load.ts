// Fresh databases for a run, and the dataset loaded into them through the real import path
// (runImport, dryRun false: parse, validate, plan, write, audit) and published cohort by cohort.
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { type Kysely, sql } from 'kysely'
import { createDb } from '#server/db/create-db.ts'
import { parseDatabaseUrl } from '#server/db/database-url.ts'
import { openDatabase } from '#server/db/open-database.ts'
import type { Database } from '#server/db/schema.ts'
import { runImport } from '#server/features/imports/run-import.ts'
import { setCohortStatus } from '#server/features/publications/publications.repository.ts'
import type { Dataset } from './dataset.ts'

export type BenchDb = {
  dialect: 'sqlite' | 'postgres'
  /** DATABASE_URL for a server process on the same data. */
  url: string
  db: Kysely<Database>
  /** Closes the connection and removes the data. */
  drop: () => Promise<void>
}

export const POSTGRES_URL =
  process.env.BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test'

export async function freshSqlite(dir: string, name: string): Promise<BenchDb> {
  const filename = join(dir, `${name}.sqlite`)
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${filename}${suffix}`, { force: true })
  const url = `file:${filename}`
  const db = await openDatabase(parseDatabaseUrl(url))
  return {
    dialect: 'sqlite',
    url,
    db,
    drop: async () => {
      await db.destroy()
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${filename}${suffix}`, { force: true })
    },
  }
}

/**
 * A fresh database on the shared server (not a schema in the test database: the migrator looks
 * for its bookkeeping tables in every schema it can see, so a long-lived schema next to the test
 * suite's would confuse the suite's migrations).
 */
export async function freshPostgres(name: string, serverUrl = POSTGRES_URL): Promise<BenchDb> {
  const database = `par_bench_${name.replace(/\W/g, '_')}_${randomBytes(3).toString('hex')}`
  const admin = createDb({ dialect: 'postgres', connectionString: serverUrl }, { poolSize: 1 })
  await sql`create database ${sql.id(database)}`.execute(admin)
  const url = withDatabase(serverUrl, database)
  const db = await openDatabase(parseDatabaseUrl(url))
  return {
    dialect: 'postgres',
    url,
    db,
    drop: async () => {
      await db.destroy()
      // Not `with (force)`: the pool resolves its end() while sockets are still closing, and a
      // forced drop would kill them mid-close (an unhandled pool error). Wait for them instead.
      for (let attempt = 1; ; attempt += 1) {
        try {
          await sql`drop database if exists ${sql.id(database)}`.execute(admin)
          break
        } catch (error) {
          if (attempt >= 50) throw error
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
      }
      await admin.destroy()
    },
  }
}

export function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString)
  url.pathname = `/${database}`
  return url.toString()
}

export type ImportFigures = {
  rows: number
  files: number
  seconds: number
  rowsPerSecond: number
  byKind: Record<string, { rows: number; seconds: number }>
}

/** Loads every file in order; throws with the first rejected file's errors. */
export async function importDataset(
  db: Kysely<Database>,
  dataset: Dataset,
): Promise<ImportFigures> {
  const byKind: ImportFigures['byKind'] = {}
  const start = performance.now()
  for (const file of dataset.files) {
    const t0 = performance.now()
    try {
      await runImport(db, {
        kind: file.kind,
        bytes: file.bytes,
        fileName: file.name,
        dryRun: false,
        lang: 'en',
        actor: null,
      })
    } catch (error) {
      const details = (error as { details?: unknown }).details
      throw new Error(
        `import of ${file.name} failed: ${JSON.stringify(details ?? String(error)).slice(0, 600)}`,
      )
    }
    const kind = (byKind[file.kind] ??= { rows: 0, seconds: 0 })
    kind.rows += file.rows
    kind.seconds += (performance.now() - t0) / 1000
  }
  const seconds = (performance.now() - start) / 1000
  return {
    rows: dataset.rows,
    files: dataset.files.length,
    seconds,
    rowsPerSecond: dataset.rows / seconds,
    byKind,
  }
}

/** Publishes every cohort-year, as the decisions would (anonymous readers see published data only). */
export async function publishAll(
  db: Kysely<Database>,
  dataset: Dataset,
): Promise<{ cohortYears: number; seconds: number }> {
  const start = performance.now()
  for (const { parent, kind, year } of dataset.cohortYears) {
    const input = {
      parentCode: parent,
      kind,
      year,
      decisionNo: `${year}/QĐ-BENCH`,
      decisionDate: `${year + 1}-03-01`,
    }
    await setCohortStatus(db, input, 'PUBLISHED', null)
  }
  return { cohortYears: dataset.cohortYears.length, seconds: (performance.now() - start) / 1000 }
}
