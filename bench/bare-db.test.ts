// The bare reference of the request ratios (ADR 017) reads the rows the repository reads: a page
// of a cohort-year in rank order, and the whole of it, come out of the bare statements as they
// come out of findPageRows and findAllStoredRows — the same units, in the same order.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb } from '#server/db/create-db.ts'
import { migrateToLatest } from '#server/db/migrate.ts'
import type { Database } from '#server/db/schema.ts'
import {
  type CohortYearKey,
  findAllStoredRows,
  findPageRows,
} from '#server/features/rankings/stored-ranks.repository.ts'
import {
  COMMUNES,
  DISTRICT,
  insertLargeCohort,
} from '#server/features/rankings/large-cohort.fixture.ts'
import { bareRankingOfPath, bareRankingRun } from './bare-db.ts'

const YEAR = 2024
const KEY: CohortYearKey = {
  cohort: { parentCode: DISTRICT, kind: 'COMMUNE', block: '' },
  visibility: { includeDrafts: false },
  year: YEAR,
}

describe('the bare ranking read', () => {
  let dir: string
  let db: Kysely<Database>
  let bare: SQLite.Database
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bare-db-'))
    const filename = join(dir, 'ranks.sqlite')
    db = createDb({ dialect: 'sqlite', filename })
    await migrateToLatest(db)
    await insertLargeCohort(db)
    bare = new SQLite(filename, { readonly: true })
  })
  afterAll(async () => {
    bare.close()
    await db.destroy()
    rmSync(dir, { recursive: true, force: true })
  })

  const bareCodes = (path: string) => {
    const ranking = bareRankingOfPath(path)
    if (!ranking) throw new Error(`no bare read for ${path}`)
    return bareRankingRun(bare, ranking)().map((r) => r.unit_code)
  }
  const path = (query: string) =>
    `/api/rankings?parent=${DISTRICT}&kind=COMMUNE&year=${YEAR}&sort=rank&dir=asc${query}`

  it.each([
    [0, 7],
    [5, 10],
    [40, 20],
    [0, COMMUNES],
  ])('a page at offset %i of %i rows', async (offset, limit) => {
    const rows = await findPageRows(db, KEY, { sort: 'rank', dir: 'asc', words: [], offset, limit })
    expect(rows.length).toBeGreaterThan(0)
    expect(bareCodes(path(`&limit=${limit}&offset=${offset}`))).toEqual(
      rows.map((r) => r.unit_code),
    )
  })

  it('the whole cohort-year', async () => {
    const page = {
      sort: 'rank' as const,
      dir: 'asc' as const,
      words: [],
      offset: 0,
      limit: undefined,
    }
    const rows = await findAllStoredRows(db, KEY, page)
    expect(rows).toHaveLength(COMMUNES)
    expect(bareCodes(path(''))).toEqual(rows.map((r) => r.unit_code))
  })
})
