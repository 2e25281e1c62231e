import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '../app.ts'
import { createTestDb, type TestDb } from '../test/create-test-db.ts'
import { readJson } from '../test/read-json.ts'
import { signIn, TEST_ORIGIN } from '../test/sign-in.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { normaliseOrigin } from './csrf.ts'

// The check runs before any database work, so one dialect is enough here; the login and
// settings tests run it on both.
describe('CSRF: Origin check on state-changing requests', () => {
  let t: TestDb
  let app: App
  let admin: string

  beforeAll(async () => {
    t = await createTestDb('sqlite')
    app = createApp(t.db, { trustedOrigins: ['http://localhost:5173/'] })
    admin = await signIn(app, t.db, 'ADMIN')
  })
  afterAll(() => t.destroy())

  const put = (headers: Record<string, string>) =>
    app.request('/api/settings', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Cookie: admin, ...headers },
      body: JSON.stringify({ readAccess: 'public' }),
    })

  it('refuses a cross-origin POST with 403 FORBIDDEN, even with a valid session', async () => {
    const res = await put({ Origin: 'https://evil.example' })
    expect(res.status).toBe(403)
    const body = await readJson(res, ApiErrorBodySchema)
    expect(body.error.code).toBe('FORBIDDEN')
    expect(body.error.message).toMatch(
      /Cross-origin request refused: origin https:\/\/evil\.example/,
    )
  })

  it('refuses a request without Origin', async () => {
    const res = await put({})
    expect(res.status).toBe(403)
    expect((await readJson(res, ApiErrorBodySchema)).error.message).toMatch(/Missing Origin/)
  })

  it('refuses a null or malformed Origin and a look-alike host', async () => {
    for (const origin of [
      'null',
      'not a url',
      'http://localhost.evil.example',
      'https://localhost',
      'http://localhost:8080',
    ]) {
      expect((await put({ Origin: origin })).status).toBe(403)
    }
  })

  it('allows the same origin and a trusted origin', async () => {
    expect((await put({ Origin: TEST_ORIGIN })).status).toBe(200)
    expect((await put({ Origin: 'http://localhost:5173' })).status).toBe(200)
  })

  it('applies to login: a cross-origin login is refused before credentials are checked', async () => {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
      body: JSON.stringify({ email: 'a@b.vn', password: 'whatever' }),
    })
    expect(res.status).toBe(403)
    expect(await t.db.selectFrom('login_attempt').selectAll().execute()).toEqual([])
  })

  it('lets safe methods through without Origin', async () => {
    expect((await app.request('/api/settings')).status).toBe(200)
  })

  it('normalises origins', () => {
    expect(normaliseOrigin('HTTP://LocalHost:5173/')).toBe('http://localhost:5173')
    expect(normaliseOrigin('https://example.vn:443')).toBe('https://example.vn')
    expect(normaliseOrigin('file:///etc')).toBeNull()
    expect(normaliseOrigin('null')).toBeNull()
  })
})
