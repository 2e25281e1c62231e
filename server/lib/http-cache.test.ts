import { Hono } from 'hono'
import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Role } from '#shared/domain/roles.ts'
import type { Database } from '../db/schema.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../test/create-test-db.ts'
import type { AppEnv } from './app-env.ts'
import { bumpDataVersion, readDataVersion } from './data-version.ts'
import { promisify } from 'node:util'
import { gunzipSync, gzip, gzipSync } from 'node:zlib'
import { etagMatches, httpCache, ResponseStore } from './http-cache.ts'
import { acceptsGzip } from './response-coding.ts'
import { createSession, SESSION_COOKIE, sessionMiddleware } from './session.ts'
import { remembered } from './version-memo.ts'

/** An app with the real session middleware and the cache in front of counting handlers. */
function cachedApp(
  db: Kysely<Database>,
  options: { maxEntryBytes?: number; revalidateMs?: number } = {},
) {
  const calls = { rankings: 0, missing: 0, users: 0, compare: 0, memoReads: 0 }
  const app = new Hono<AppEnv>()
    .basePath('/api')
    .use(async (c, next) => {
      c.set('db', db)
      c.set('dialect', 'sqlite')
      await next()
    })
    .use(sessionMiddleware)
    .use(httpCache({ salt: 'test', revalidateMs: 0, ...options }))
    .get('/rankings', async (c) => {
      calls.rankings += 1
      const row = await c.var.db
        .selectFrom('unit')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
      if (c.req.header('accept') === 'text/csv')
        return c.body(`units\r\n${Number(row.n)}\r\n`, 200, { 'Content-Type': 'text/csv' })
      return c.json({ units: Number(row.n), role: c.var.user?.role ?? null }, 200)
    })
    .get('/compare', (c) => {
      calls.compare += 1
      // Large enough to be compressed: 2,000 Vietnamese unit names (or as many as asked).
      const items = Array.from({ length: Number(c.req.query('items') ?? 2000) }, (_, i) => ({
        code: `X${i}`,
        name: `Xã Thạnh Hóa ${i}`,
      }))
      return c.json({ items }, 200)
    })
    // A read kept for the data version (ADR 040), as a cohort's context is.
    .get('/cohorts', async (c) => {
      const units = await remembered(c.var.memo, ['units'], async () => {
        calls.memoReads += 1
        const row = await c.var.db
          .selectFrom('unit')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
        return Number(row.n)
      })
      return c.json({ units, memo: c.var.memo?.version ?? null }, 200)
    })
    .get('/units/headed', (c) =>
      c.json({ name: 'Phường Hàng Trống 𝔸' }, { status: 203, headers: { 'X-Source': 'test' } }),
    )
    .get('/units/missing', (c) => {
      calls.missing += 1
      return c.json({ error: { code: 'NOT_FOUND', message: 'no' } }, 404)
    })
    .get('/users', (c) => {
      calls.users += 1
      return c.json({ items: [], memo: c.var.memo ?? null }, 200)
    })
    .post('/units', async (c) => {
      if (c.req.query('fail'))
        return c.json({ error: { code: 'VALIDATION_FAILED', message: 'bad' } }, 400)
      if (!c.req.query('dryRun')) await addUnit(c.var.db, crypto.randomUUID())
      return c.json({ ok: true }, 201)
    })
  return { app, calls }
}

async function addUnit(db: Kysely<Database>, code: string): Promise<void> {
  await db
    .insertInto('unit')
    .values({
      code,
      name: code,
      name_key: code,
      kind: 'PROVINCE',
      valid_from: null,
      valid_to: null,
      import_batch_id: null,
      updated_at: new Date().toISOString(),
    })
    .execute()
}

async function cookieFor(db: Kysely<Database>, role: Role): Promise<string> {
  const id = crypto.randomUUID()
  await db
    .insertInto('app_user')
    .values({
      id,
      email: `${id}@test.vn`,
      name: role,
      role,
      password_hash: 'x',
      created_at: new Date().toISOString(),
      disabled_at: null,
    })
    .execute()
  const { token } = await createSession(db, id, 1)
  return `${SESSION_COOKIE}=${token}`
}

describe('ResponseStore', () => {
  const body = (n: number) => ({ body: new Uint8Array(n), headers: {} })

  it('evicts the least recently used entries beyond its byte budget', () => {
    const store = new ResponseStore(100)
    store.set('a', body(40))
    store.set('b', body(40))
    expect(store.get('a')).toBeDefined() // a is now the most recent
    store.set('c', body(40))
    expect(store.get('b')).toBeUndefined()
    expect(store.get('a')).toBeDefined()
    expect(store.get('c')).toBeDefined()
    expect(store.bytes).toBe(80)
  })

  it('never keeps a body larger than the whole budget, and replaces a key in place', () => {
    const store = new ResponseStore(100)
    store.set('big', body(101))
    expect(store.size).toBe(0)
    store.set('a', body(10))
    store.set('a', body(30))
    expect(store.bytes).toBe(30)
  })
})

describe('etagMatches', () => {
  it('compares weakly and accepts lists and *', () => {
    expect(etagMatches('"x"', '"x"')).toBe(true)
    expect(etagMatches('W/"x"', '"x"')).toBe(true)
    expect(etagMatches('"a", "x"', '"x"')).toBe(true)
    expect(etagMatches('*', '"x"')).toBe(true)
    expect(etagMatches('"y"', '"x"')).toBe(false)
    expect(etagMatches(undefined, '"x"')).toBe(false)
  })

  it('reads gzip out of Accept-Encoding, honouring q=0', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true)
    expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true)
    expect(acceptsGzip('*')).toBe(true)
    expect(acceptsGzip('gzip;q=0')).toBe(false)
    expect(acceptsGzip('gzip; q=0.000, br')).toBe(false)
    expect(acceptsGzip('br, deflate')).toBe(false)
    expect(acceptsGzip(undefined)).toBe(false)
  })
})

for (const dialect of TEST_DIALECTS) {
  describe(`httpCache (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await addUnit(t.db, 'VN')
    })
    afterAll(() => t.destroy())

    it('answers with an ETag, serves repeats from memory and If-None-Match with an empty 304', async () => {
      const { app, calls } = cachedApp(t.db)
      const first = await app.request('/api/rankings')
      expect(first.status).toBe(200)
      const etag = first.headers.get('etag')
      expect(etag).toMatch(/^"[\w-]+"$/)
      expect(first.headers.get('cache-control')).toBe('public, no-cache')
      expect(first.headers.get('vary')).toBe('Accept, Accept-Encoding, Cookie')
      const body = await first.json()
      const second = await app.request('/api/rankings')
      expect(await second.json()).toEqual(body)
      expect(second.headers.get('etag')).toBe(etag)
      expect(second.headers.get('content-type')).toMatch(/application\/json/)
      expect(calls.rankings).toBe(1)
      const revalidated = await app.request('/api/rankings', {
        headers: { 'If-None-Match': etag ?? '' },
      })
      expect(revalidated.status).toBe(304)
      expect(await revalidated.text()).toBe('')
      expect(revalidated.headers.get('etag')).toBe(etag)
      expect(calls.rankings).toBe(1)
    })

    it('gives a new ETag and fresh numbers once the data version moves', async () => {
      const { app, calls } = cachedApp(t.db)
      const before = await app.request('/api/rankings')
      const etag = before.headers.get('etag') ?? ''
      const { units } = (await before.json()) as { units: number }
      await t.db.transaction().execute(async (trx) => {
        await addUnit(trx as unknown as Kysely<Database>, 'LONG_AN')
        await bumpDataVersion(trx)
      })
      const after = await app.request('/api/rankings', { headers: { 'If-None-Match': etag } })
      expect(after.status).toBe(200)
      expect(after.headers.get('etag')).not.toBe(etag)
      expect(await after.json()).toMatchObject({ units: units + 1 })
      expect(calls.rankings).toBe(2)
    })

    it('keeps editors (who see drafts) apart from readers, and marks signed-in answers private', async () => {
      const { app } = cachedApp(t.db)
      const anonymous = await app.request('/api/rankings')
      const viewer = await app.request('/api/rankings', {
        headers: { Cookie: await cookieFor(t.db, 'VIEWER') },
      })
      const editor = await app.request('/api/rankings', {
        headers: { Cookie: await cookieFor(t.db, 'EDITOR') },
      })
      expect(viewer.headers.get('etag')).toBe(anonymous.headers.get('etag'))
      expect(viewer.headers.get('cache-control')).toBe('private, no-cache')
      expect(editor.headers.get('etag')).not.toBe(anonymous.headers.get('etag'))
      expect(await editor.json()).toMatchObject({ role: 'EDITOR' })
    })

    it('keys CSV and JSON apart by the Accept header', async () => {
      const { app } = cachedApp(t.db)
      const json = await app.request('/api/rankings')
      const csv = await app.request('/api/rankings', { headers: { Accept: 'text/csv' } })
      expect(csv.headers.get('etag')).not.toBe(json.headers.get('etag'))
      expect(await csv.text()).toMatch(/^units\r\n\d+\r\n$/)
      const again = await app.request('/api/rankings', { headers: { Accept: 'text/csv' } })
      expect(again.headers.get('content-type')).toBe('text/csv')
    })

    it('sends large bodies gzip-compressed to clients that accept it, with an ETag of their own', async () => {
      const { app, calls } = cachedApp(t.db)
      const identity = await app.request('/api/compare')
      expect(identity.headers.get('content-encoding')).toBeNull()
      const plain = new Uint8Array(await identity.arrayBuffer())
      const gzipped = await app.request('/api/compare', {
        headers: { 'Accept-Encoding': 'gzip, deflate, br' },
      })
      expect(gzipped.headers.get('content-encoding')).toBe('gzip')
      expect(gzipped.headers.get('content-type')).toMatch(/application\/json/)
      expect(gzipped.headers.get('etag')).not.toBe(identity.headers.get('etag'))
      const packed = new Uint8Array(await gzipped.arrayBuffer())
      expect(packed.byteLength).toBeLessThan(plain.byteLength / 4)
      expect(new Uint8Array(gunzipSync(packed))).toEqual(plain)
      expect(packed).toEqual(new Uint8Array(gzipSync(plain, { level: 1 })))
      // A mid-size body (compressed on the main thread) is the same bytes as the pool makes.
      const midSize = (headers: Record<string, string>) =>
        app.request('/api/compare?items=400', { headers })
      const mid = new Uint8Array(await (await midSize({})).arrayBuffer())
      expect(mid.byteLength).toBeGreaterThan(8 * 1024)
      expect(mid.byteLength).toBeLessThan(64 * 1024)
      const midPacked = await midSize({ 'Accept-Encoding': 'gzip' })
      expect(midPacked.headers.get('content-encoding')).toBe('gzip')
      expect(new Uint8Array(await midPacked.arrayBuffer())).toEqual(
        new Uint8Array(await promisify(gzip)(mid, { level: 1 })),
      )
      const items = JSON.parse(new TextDecoder().decode(plain)).items
      expect(items).toHaveLength(2000)
      expect(items[1999]).toEqual({ code: 'X1999', name: 'Xã Thạnh Hóa 1999' })
      // The compressed bytes are kept: a repeat neither renders nor compresses again.
      const again = await app.request('/api/compare', { headers: { 'Accept-Encoding': 'gzip' } })
      expect(again.headers.get('content-encoding')).toBe('gzip')
      expect(new Uint8Array(await again.arrayBuffer())).toEqual(packed)
      expect(calls.compare).toBe(4)
      // Small bodies are not worth compressing.
      const small = await app.request('/api/rankings', { headers: { 'Accept-Encoding': 'gzip' } })
      expect(small.headers.get('content-encoding')).toBeNull()
    })

    it('validates but does not keep bodies above the entry limit', async () => {
      const { app, calls } = cachedApp(t.db, { maxEntryBytes: 4 })
      const first = await app.request('/api/rankings')
      await app.request('/api/rankings')
      expect(calls.rankings).toBe(2)
      const revalidated = await app.request('/api/rankings', {
        headers: { 'If-None-Match': first.headers.get('etag') ?? '' },
      })
      expect(revalidated.status).toBe(304)
    })

    it('leaves errors and paths outside the read API alone', async () => {
      const { app, calls } = cachedApp(t.db)
      const missing = await app.request('/api/units/missing')
      await app.request('/api/units/missing')
      expect(missing.status).toBe(404)
      expect(missing.headers.get('etag')).toBeNull()
      expect(calls.missing).toBe(2)
      const users = await app.request('/api/users')
      expect(users.headers.get('etag')).toBeNull()
    })

    it('renders JSON as UTF-8 bytes with the status, headers and content type the handler gave', async () => {
      const { app } = cachedApp(t.db)
      const missing = await app.request('/api/units/missing')
      expect(missing.headers.get('content-type')).toBe('application/json')
      expect(await missing.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'no' } })
      const headed = await app.request('/api/units/headed')
      expect(headed.status).toBe(203)
      expect(headed.headers.get('x-source')).toBe('test')
      expect(headed.headers.get('content-type')).toBe('application/json')
      expect(await headed.text()).toBe('{"name":"Phường Hàng Trống 𝔸"}')
    })

    it('keeps the bytes a JSON answer was made from without reading its body back', async () => {
      const { app } = cachedApp(t.db)
      const arrayBuffer = vi.spyOn(Response.prototype, 'arrayBuffer')
      try {
        const json = await app.request('/api/compare?items=3')
        expect(arrayBuffer).not.toHaveBeenCalled()
        expect(await json.json()).toEqual({
          items: [0, 1, 2].map((i) => ({ code: `X${i}`, name: `Xã Thạnh Hóa ${i}` })),
        })
        // A body the handler gave as text is read back as it is.
        arrayBuffer.mockClear()
        const csv = await app.request('/api/rankings', { headers: { accept: 'text/csv' } })
        expect(arrayBuffer).toHaveBeenCalledTimes(1)
        expect(await csv.text()).toMatch(/^units\r\n\d+\r\n$/)
      } finally {
        arrayBuffer.mockRestore()
      }
    })

    it('moves the version after a successful write through the API, not after a refused one', async () => {
      const { app } = cachedApp(t.db)
      const before = await readDataVersion(t.db)
      expect((await app.request('/api/units?fail=1', { method: 'POST' })).status).toBe(400)
      expect(await readDataVersion(t.db)).toBe(before)
      // A dry run (an import preview) writes nothing.
      expect((await app.request('/api/units?dryRun=true', { method: 'POST' })).status).toBe(201)
      expect(await readDataVersion(t.db)).toBe(before)
      expect((await app.request('/api/units', { method: 'POST' })).status).toBe(201)
      expect(await readDataVersion(t.db)).not.toBe(before)
    })

    it('trusts a version read for revalidateMs, except after a write through the same instance', async () => {
      // A window wide enough for four requests and a write on a loaded machine.
      const a = cachedApp(t.db, { revalidateMs: 2000 })
      const b = cachedApp(t.db, { revalidateMs: 2000 })
      const etagOf = async (app: typeof a.app) =>
        (await app.request('/api/rankings')).headers.get('etag')
      const [fromA, fromB] = [await etagOf(a.app), await etagOf(b.app)]
      expect((await a.app.request('/api/units', { method: 'POST' })).status).toBe(201)
      expect(await etagOf(a.app)).not.toBe(fromA)
      expect(await etagOf(b.app)).toBe(fromB)
      await new Promise((resolve) => setTimeout(resolve, 2050))
      expect(await etagOf(b.app)).toBe(await etagOf(a.app))
    })

    it('hands the read API a memo of the current version, which every write replaces', async () => {
      const { app, calls } = cachedApp(t.db)
      const read = async (path: string, headers: Record<string, string> = {}) =>
        (await app.request(path, { headers })).json() as Promise<{
          units: number
          memo: string | null
        }>
      const first = await read('/api/cohorts?page=1')
      // Another URL (another page, sort or search) under the same version: no second read.
      const second = await read('/api/cohorts?page=2', { Cookie: await cookieFor(t.db, 'VIEWER') })
      expect(second).toEqual(first)
      expect(first.memo).toBe(await readDataVersion(t.db))
      expect(calls.memoReads).toBe(1)
      // A write through the API moves the version: the next read finds the new unit.
      expect((await app.request('/api/units', { method: 'POST' })).status).toBe(201)
      const afterWrite = await read('/api/cohorts?page=3')
      expect(afterWrite.units).toBe(first.units + 1)
      expect(afterWrite.memo).not.toBe(first.memo)
      expect(calls.memoReads).toBe(2)
      // A write elsewhere (another instance, a command-line import) bumps the version in the
      // database: seen on the next request once the version is read again (here: every request).
      await t.db.transaction().execute(async (trx) => {
        await addUnit(trx as unknown as Kysely<Database>, crypto.randomUUID())
        await bumpDataVersion(trx)
      })
      expect((await read('/api/cohorts?page=4')).units).toBe(first.units + 2)
      expect(calls.memoReads).toBe(3)
      // Paths outside the read API get none: they read the database as it is.
      expect(await (await app.request('/api/users')).json()).toMatchObject({ memo: null })
    })

    it('lets two instances on one database agree on ETags and see each other’s writes', async () => {
      const a = cachedApp(t.db)
      const b = cachedApp(t.db)
      const fromA = await a.app.request('/api/rankings')
      const etag = fromA.headers.get('etag') ?? ''
      expect(
        (await b.app.request('/api/rankings', { headers: { 'If-None-Match': etag } })).status,
      ).toBe(304)
      expect((await a.app.request('/api/units', { method: 'POST' })).status).toBe(201)
      const fromB = await b.app.request('/api/rankings', { headers: { 'If-None-Match': etag } })
      expect(fromB.status).toBe(200)
      expect(fromB.headers.get('etag')).not.toBe(etag)
    })

    describe('anonymousHit', () => {
      /** The cache's early answer in front of the session and a counting read-access guard. */
      function earlyApp(db: Kysely<Database>) {
        const cache = httpCache({ salt: 'test', revalidateMs: 60_000 })
        const state = { anonymousMayRead: true, guard: 0, handler: 0 }
        const app = new Hono<AppEnv>()
          .basePath('/api')
          .use(async (c, next) => {
            c.set('db', db)
            c.set('dialect', 'sqlite')
            await next()
          })
          .use(cache.anonymousHit(() => state.anonymousMayRead))
          .use(sessionMiddleware)
          .use(async (c, next) => {
            state.guard += 1
            if (!c.var.user && !state.anonymousMayRead)
              return c.json({ error: { code: 'UNAUTHENTICATED', message: 'no' } }, 401)
            await next()
          })
          .use(cache)
          .get('/units', (c) => {
            state.handler += 1
            return c.json({ answer: 'units' }, 200)
          })
        return { app, state }
      }
      const headersOf = (res: Response) =>
        ['content-type', 'etag', 'cache-control', 'vary'].map((name) => res.headers.get(name))

      it('answers a repeat anonymous read from memory before the checks, as the chain did', async () => {
        const { app, state } = earlyApp(t.db)
        const first = await app.request('/api/units?a=1')
        const body = await first.text()
        expect(state).toMatchObject({ guard: 1, handler: 1 })
        const second = await app.request('/api/units?a=1')
        expect(second.status).toBe(200)
        expect(await second.text()).toBe(body)
        expect(headersOf(second)).toEqual(headersOf(first))
        const etag = first.headers.get('etag') ?? ''
        const revalidated = await app.request('/api/units?a=1', {
          headers: { 'If-None-Match': etag },
        })
        expect(revalidated.status).toBe(304)
        expect(revalidated.headers.get('etag')).toBe(etag)
        expect(state).toMatchObject({ guard: 1, handler: 1 })
      })

      it('leaves cookies, unseen requests and a refusing read access to the full chain', async () => {
        const { app, state } = earlyApp(t.db)
        expect((await app.request('/api/units?b=1')).status).toBe(200)
        expect((await app.request('/api/units?b=1')).status).toBe(200)
        const guarded = state.guard
        const reader = await cookieFor(t.db, 'VIEWER')
        const signedIn = await app.request('/api/units?b=1', { headers: { Cookie: reader } })
        expect(signedIn.headers.get('cache-control')).toBe('private, no-cache')
        expect((await app.request('/api/units?b=2')).status).toBe(200)
        expect(state.guard).toBe(guarded + 2)
        // Read access now needs a session: the remembered answer is not the visitor's to have.
        state.anonymousMayRead = false
        expect((await app.request('/api/units?b=1')).status).toBe(401)
        expect(state.guard).toBe(guarded + 3)
        expect(state.handler).toBe(2)
      })
    })
  })
}
