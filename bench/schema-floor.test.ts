// The floors of the import (ADR 017) copy what the import left: the whole schema and the keys
// alone take the same rows, and the keys-only copy has no index but its keys' and no foreign key.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDataset } from './dataset.ts'
import { type BenchDb, freshPostgres, freshSqlite, importDataset } from './load.ts'
import { GROWTH_SHAPES } from './scenarios.ts'
import SQLite from 'better-sqlite3'
import pg from 'pg'
import {
  dropSecondaryIndexes,
  dropSecondaryIndexesPostgres,
  IMPORTED_TABLES,
  schemaFloorPostgres,
  schemaFloorSqlite,
} from './schema-floor.ts'

const dataset = generateDataset(GROWTH_SHAPES['1x'])

describe.each(['sqlite', 'postgres'] as const)('the import floors on %s', (dialect) => {
  let dir: string
  let bench: BenchDb
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'schema-floor-'))
    bench = dialect === 'sqlite' ? await freshSqlite(dir, 'source') : await freshPostgres('floor')
    await importDataset(bench.db, dataset)
  }, 120_000)
  afterAll(async () => {
    await bench.drop()
    rmSync(dir, { recursive: true, force: true })
  })

  const floor = (keep: 'schema' | 'keys-only') =>
    dialect === 'sqlite'
      ? schemaFloorSqlite(bench.url.slice('file:'.length), dir, dataset, IMPORTED_TABLES, keep)
      : schemaFloorPostgres(bench, dataset, IMPORTED_TABLES, keep)

  it('copies every row of the data tables into the whole schema and into its keys alone', async () => {
    const whole = await floor('schema')
    const keysOnly = await floor('keys-only')
    expect(whole.rows).toBe(dataset.rows)
    expect(whole.tableRows).toBeGreaterThan(dataset.rows / 2)
    expect(keysOnly.tableRows).toBe(whole.tableRows)
    expect(keysOnly.rowsPerSecond).toBeGreaterThan(0)
  }, 120_000)
})

describe('the keys alone', () => {
  it('keep, on SQLite, the indexes of keys and unique constraints and drop the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keys-only-'))
    const migrated = await freshSqlite(dir, 'keys')
    await migrated.db.destroy()
    const db = new SQLite(migrated.url.slice('file:'.length))
    try {
      const origins = () =>
        db
          .prepare(
            `select i.origin from sqlite_master m, pragma_index_list(m.name) i
             where m.type = 'table' and m.name in (${IMPORTED_TABLES.map(() => '?').join(', ')})`,
          )
          .pluck()
          .all(...IMPORTED_TABLES) as string[]
      expect(origins()).toContain('c')
      const kept = origins().filter((o) => o !== 'c').length
      dropSecondaryIndexes(db, IMPORTED_TABLES)
      expect(origins()).not.toContain('c')
      expect(origins()).toHaveLength(kept)
    } finally {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('keep, on PostgreSQL, the indexes of constraints and drop the others and the foreign keys', async () => {
    const target = await freshPostgres('keys')
    const client = new pg.Client({ connectionString: target.url })
    await client.connect()
    try {
      const count = async (query: string) =>
        Number((await client.query(query, [IMPORTED_TABLES])).rows[0].n)
      const foreignKeys = `select count(*) as n from pg_constraint
        where contype = 'f' and conrelid::regclass::text = any($1)`
      const loose = `select count(*) as n from pg_index i where i.indrelid::regclass::text = any($1)
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`
      const keys = `select count(*) as n from pg_constraint
        where contype in ('p', 'u') and conrelid::regclass::text = any($1)`
      expect(await count(foreignKeys)).toBeGreaterThan(0)
      expect(await count(loose)).toBeGreaterThan(0)
      const keysBefore = await count(keys)
      await dropSecondaryIndexesPostgres(client, IMPORTED_TABLES)
      expect(await count(foreignKeys)).toBe(0)
      expect(await count(loose)).toBe(0)
      expect(await count(keys)).toBe(keysBefore)
    } finally {
      await client.end()
      await target.drop()
    }
  })
})
