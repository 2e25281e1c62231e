// The server entry's listener (index.ts) over the real app and a real node:http server: which
// requests the cache answers before the app, and that its answers are the app's own.
import {
  createServer,
  get as httpGet,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
import { getRequestListener } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'
import { anonymousMayRead, forgetReadAccess } from '../features/settings/read-access.ts'
import { setReadAccess } from '../features/settings/settings.repository.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../test/create-test-db.ts'
import { COUNTRY_AND_PROVINCE, insertUnits } from '../test/insert-fixtures.ts'
import { signIn } from '../test/sign-in.ts'
import { answeringAnonymousHits } from './anonymous-hits.ts'
import { bumpDataVersion } from './data-version.ts'
import { httpCache } from './http-cache.ts'
import { GZIP_MIN_BYTES } from './response-coding.ts'

/** The headers an answer is compared by (node adds Date and the connection's own). */
const COMPARED = ['content-type', 'content-encoding', 'etag', 'cache-control', 'vary']

type Answer = { status: number; headers: Headers; body: Buffer }

type Started = { base: string; server: Server; reachedApp: () => number }

/** The entry's listener over `app`'s own, counting the requests that reach the app. */
async function start(
  app: ReturnType<typeof createApp>,
  cache: ReturnType<typeof httpCache>,
  anonymousMayRead: () => boolean,
): Promise<Started> {
  let reached = 0
  const appListener = getRequestListener(app.fetch)
  const counted = (req: IncomingMessage, res: ServerResponse) => {
    reached += 1
    return appListener(req, res)
  }
  const server = createServer(answeringAnonymousHits(cache, anonymousMayRead, counted))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { base, server, reachedApp: () => reached }
}

for (const dialect of TEST_DIALECTS) {
  describe(`answering anonymous hits at the server (${dialect})`, () => {
    let t: TestDb
    let cookie = ''
    /**
     * The server most tests use: the version trusted for a minute and read access as the test
     * says, so no answer depends on how fast the machine is; and one with the entry's own
     * bounds (100 ms) and read-access check.
     */
    let steady: Started
    let asDeployed: Started
    const access = { open: true }

    beforeAll(async () => {
      t = await createTestDb(dialect)
      // Enough districts for a list over the size the cache compresses from.
      const districts = Array.from({ length: 120 }, (_, i) => ({
        code: `LONG_AN.D${i}`,
        name: `Huyện Thử Nghiệm ${i}`,
        kind: 'DISTRICT' as const,
        parentCode: 'LONG_AN',
      }))
      await insertUnits(t.db, [...COUNTRY_AND_PROVINCE, ...districts])
      const steadyCache = httpCache({ revalidateMs: 60_000 })
      const steadyApp = createApp(t.db, { cache: steadyCache })
      cookie = await signIn(steadyApp, t.db, 'VIEWER')
      steady = await start(steadyApp, steadyCache, () => access.open)
      const cache = httpCache()
      asDeployed = await start(createApp(t.db, { cache }), cache, () => anonymousMayRead(t.db))
    })
    afterAll(async () => {
      for (const { server } of [steady, asDeployed])
        await new Promise((resolve) => server.close(resolve))
      await t.destroy()
    })

    async function get(
      path: string,
      headers: Record<string, string> = {},
      base = steady.base,
    ): Promise<Answer> {
      const res = await fetch(`${base}${path}`, {
        headers: { 'Accept-Encoding': 'identity', ...headers },
      })
      return {
        status: res.status,
        headers: res.headers,
        body: Buffer.from(await res.arrayBuffer()),
      }
    }
    const compared = (a: Answer) => COMPARED.map((name) => a.headers.get(name))

    it('answers a repeat read with the bytes and headers the app gave, and a 304', async () => {
      const path = '/api/units?kind=PROVINCE'
      const first = await get(path)
      expect(first.status).toBe(200)
      const reached = steady.reachedApp()
      const repeat = await get(path)
      expect(steady.reachedApp()).toBe(reached)
      expect(repeat.status).toBe(200)
      expect(repeat.body.equals(first.body)).toBe(true)
      expect(compared(repeat)).toEqual(compared(first))
      // Sent with its length, not chunked.
      expect(repeat.headers.get('content-length')).toBe(String(first.body.byteLength))
      expect(repeat.headers.get('transfer-encoding')).toBeNull()
      const etag = first.headers.get('etag') ?? ''
      const revalidated = await get(path, { 'If-None-Match': etag })
      expect(revalidated.status).toBe(304)
      expect(revalidated.headers.get('etag')).toBe(etag)
      expect(revalidated.body.byteLength).toBe(0)
      expect(steady.reachedApp()).toBe(reached)
    })

    it('keeps a compressed answer apart from an identity one', async () => {
      const path = '/api/units?kind=DISTRICT'
      const plain = await get(path)
      expect(plain.body.byteLength).toBeGreaterThan(GZIP_MIN_BYTES)
      const gzipped = await get(path, { 'Accept-Encoding': 'gzip' })
      const reached = steady.reachedApp()
      const again = await get(path, { 'Accept-Encoding': 'gzip' })
      expect(steady.reachedApp()).toBe(reached)
      expect(again.headers.get('etag')).toBe(gzipped.headers.get('etag'))
      expect(again.headers.get('etag')).not.toBe(plain.headers.get('etag'))
      // fetch inflates what it reads: the same JSON either way.
      expect(again.body.equals(plain.body)).toBe(true)
      const raw = await rawGet(steady.base, path, { 'accept-encoding': 'gzip' })
      expect(raw.headers['content-encoding']).toBe('gzip')
      expect(raw.headers['content-length']).toBe(String(raw.body.byteLength))
      expect(gunzipSync(raw.body).equals(plain.body)).toBe(true)
    })

    it('leaves a cookie, another method and an unseen URL to the app', async () => {
      const path = '/api/units?kind=COUNTRY'
      await get(path)
      const reached = steady.reachedApp()
      const signedIn = await get(path, { Cookie: cookie })
      expect(signedIn.headers.get('cache-control')).toBe('private, no-cache')
      const posted = await fetch(`${steady.base}${path}`, { method: 'POST' })
      expect(posted.status).toBeGreaterThanOrEqual(400)
      await get(`${path}&unseen=1`)
      expect(steady.reachedApp()).toBe(reached + 3)
    })

    it('sends a read to the app once another instance wrote', async () => {
      const path = '/api/units?kind=PROVINCE&after=write'
      const before = await get(path, {}, asDeployed.base)
      await bumpDataVersion(t.db)
      // Past the 100 ms the version and the read access are trusted without a read.
      await new Promise((resolve) => setTimeout(resolve, 150))
      const reached = asDeployed.reachedApp()
      const after = await get(path, {}, asDeployed.base)
      expect(asDeployed.reachedApp()).toBe(reached + 1)
      expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'))
    })

    it('sends a remembered read to the app once reading needs a session', async () => {
      const path = '/api/units?kind=PROVINCE&access=1'
      expect((await get(path)).status).toBe(200)
      await setReadAccess(t.db, 'login')
      forgetReadAccess(t.db)
      access.open = false
      try {
        const reached = steady.reachedApp()
        expect((await get(path)).status).toBe(401)
        expect((await get(path)).status).toBe(401)
        expect(steady.reachedApp()).toBe(reached + 2)
      } finally {
        await setReadAccess(t.db, 'public')
        forgetReadAccess(t.db)
        access.open = true
      }
    })

    it("never gives a visitor a signed-in reader's answer while reading needs a session", async () => {
      // A viewer's answer has the anonymous visitor's key (the same role class): only the
      // read-access rule keeps it from the visitor.
      const path = '/api/units?kind=PROVINCE&access=deployed'
      await setReadAccess(t.db, 'login')
      forgetReadAccess(t.db)
      try {
        const viewer = await get(path, { Cookie: cookie }, asDeployed.base)
        expect(viewer.status).toBe(200)
        const reached = asDeployed.reachedApp()
        expect((await get(path, {}, asDeployed.base)).status).toBe(401)
        expect((await get(path, {}, asDeployed.base)).status).toBe(401)
        expect(asDeployed.reachedApp()).toBe(reached + 2)
      } finally {
        await setReadAccess(t.db, 'public')
        forgetReadAccess(t.db)
      }
    })

    it('leaves a Host or a target the adapter would check or normalise to it', async () => {
      const path = '/api/units?kind=PROVINCE&host=1'
      await get(path)
      const reached = steady.reachedApp()
      // As fetch asked the first time, so only the Host differs from the remembered request.
      const asFetch = { accept: '*/*', 'accept-encoding': 'identity' }
      const badHost = await rawGet(steady.base, path, { ...asFetch, host: 'exa mple' })
      expect(badHost.status).toBe(400)
      const dotted = await rawGet(steady.base, `/api/x/..${path.slice(4)}`, asFetch)
      expect(dotted.status).toBe(200)
      expect(steady.reachedApp()).toBe(reached + 2)
    })

    it('answers If-None-Match: * with a 304 only where a stored 200 exists', async () => {
      const path = '/api/units?kind=PROVINCE&star=1'
      await get(path)
      expect((await get(path, { 'If-None-Match': '*' })).status).toBe(304)
      const missing = '/api/units/NO_SUCH_UNIT'
      expect((await get(missing)).status).toBe(404)
      expect((await get(missing, { 'If-None-Match': '*' })).status).toBe(404)
    })
  })
}

/**
 * A GET of `path` sent as written (no URL parsing resolves its dot segments), whose body is read
 * as sent (fetch would inflate it, and sets its own Host).
 */
function rawGet(
  base: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    httpGet({ hostname, port, path, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      )
    }).on('error', reject)
  })
}
