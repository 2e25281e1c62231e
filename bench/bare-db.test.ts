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
import { gunzipSync } from 'node:zlib'
import { createApp } from '#server/app.ts'
import { bareAnswer, bareRankingOfPath, bareRankingRun } from './bare-db.ts'

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

  // The product compresses a large answer for a client that accepts gzip (lib/http-cache.ts); a
  // bare reference answering in identity would charge the product for the client's inflating.
  it('answers in the coding the product answers in', async () => {
    const ranking = bareRankingOfPath(path(''))
    if (!ranking) throw new Error('no bare read')
    const rows = bareRankingRun(bare, ranking)()
    const many = Array.from({ length: 8 }, () => rows).flat()
    const gzip = 'gzip, deflate'
    const packed = bareAnswer(many, gzip)
    expect(packed.headers['content-encoding']).toBe('gzip')
    expect(packed.headers['content-length']).toBe(packed.body.byteLength)
    expect(JSON.parse(gunzipSync(packed.body).toString())).toEqual({ items: many })
    expect(bareAnswer(many, 'identity').headers['content-encoding']).toBeUndefined()
    expect(bareAnswer(many, undefined).headers['content-encoding']).toBeUndefined()
    // A small answer goes as it is, as the product's does.
    expect(bareAnswer(rows.slice(0, 2), gzip).headers['content-encoding']).toBeUndefined()

    const app = createApp(db)
    const large = await app.request(path(''), { headers: { 'accept-encoding': gzip } })
    expect(large.headers.get('content-encoding')).toBe('gzip')
    const small = await app.request(path('&limit=1'), { headers: { 'accept-encoding': gzip } })
    expect(small.headers.get('content-encoding')).toBeNull()
  })
})
