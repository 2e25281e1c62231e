import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createApp, type App } from '../../app.ts'
import { hashPassword } from '../../lib/password.ts'
import { hashToken } from '../../lib/session.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { sameOrigin, signIn } from '../../test/sign-in.ts'
import { ADDRESS_LIMIT } from '#server/features/users/login-attempts.ts'
import { readJson } from '#server/test/read-json.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { LoginResponseSchema, SessionUserSchema } from '#shared/dto/user.ts'

const PASSWORD = 'mật khẩu của Lan 2026'

for (const dialect of TEST_DIALECTS) {
  describe(dialect, () => {
    let t: TestDb
    let app: App
    let userId: string

    beforeAll(async () => {
      t = await createTestDb(dialect)
      app = createApp(t.db, { sessionTtlHours: 2 })
      userId = crypto.randomUUID()
      await t.db
        .insertInto('app_user')
        .values({
          id: userId,
          email: 'lan@so-noi-vu.vn',
          name: 'Trần Thị Lan',
          role: 'EDITOR',
          password_hash: await hashPassword(PASSWORD),
          created_at: new Date().toISOString(),
          disabled_at: null,
        })
        .execute()
    })
    afterAll(() => t.destroy())
    beforeEach(async () => {
      await t.db.deleteFrom('login_attempt').execute()
      await t.db
        .updateTable('app_user')
        .set({ disabled_at: null })
        .where('id', '=', userId)
        .execute()
    })

    const login = (email: string, password: string, env?: object) =>
      app.request(
        '/api/auth/login',
        {
          method: 'POST',
          headers: { ...sameOrigin(), 'Content-Type': 'application/json' },
          body: JSON.stringify({ email, password }),
        },
        env,
      )
    /** Failed attempts from `address` on other accounts, as earlier requests would have left. */
    const seedFailures = (address: string, n: number) =>
      t.db
        .insertInto('login_attempt')
        .values(
          Array.from({ length: n }, (_, i) => ({
            id: crypto.randomUUID(),
            attempt_key: 'ATTEMPT',
            at: new Date().toISOString(),
            account: `probe${i}@x.vn`,
            address,
            address_status: 'NEW',
          })),
        )
        .execute()
    const me = (cookie?: string) =>
      app.request('/api/auth/me', { headers: cookie ? { Cookie: cookie } : {} })
    const cookieOf = (res: Response) =>
      /par_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0] ?? ''

    it('signs in with a session cookie that is HttpOnly, SameSite=Lax, Path=/ with Max-Age', async () => {
      const res = await login('  LAN@so-noi-vu.vn ', PASSWORD)
      expect(res.status).toBe(200)
      expect(await readJson(res, LoginResponseSchema)).toEqual({
        user: { id: userId, email: 'lan@so-noi-vu.vn', name: 'Trần Thị Lan', role: 'EDITOR' },
      })
      const setCookie = res.headers.get('set-cookie') ?? ''
      expect(setCookie).toMatch(/HttpOnly/)
      expect(setCookie).toMatch(/SameSite=Lax/)
      expect(setCookie).toMatch(/Path=\//)
      expect(setCookie).toMatch(/Max-Age=7200/)
      expect(setCookie).not.toMatch(/Secure/)
      const body = await readJson(await me(cookieOf(res)), SessionUserSchema)
      expect(body.user?.email).toBe('lan@so-noi-vu.vn')
    })

    it('stores only the SHA-256 of the token', async () => {
      const token = cookieOf(await login('lan@so-noi-vu.vn', PASSWORD)).split('=')[1]!
      const rows = await t.db.selectFrom('user_session').select('id').execute()
      expect(rows.map((r) => r.id)).toContain(hashToken(token))
      expect(rows.map((r) => r.id)).not.toContain(token)
    })

    it('marks the cookie Secure behind an https proxy', async () => {
      const res = await app.request('/api/auth/login', {
        method: 'POST',
        headers: {
          ...sameOrigin(),
          'Content-Type': 'application/json',
          'X-Forwarded-Proto': 'https',
        },
        body: JSON.stringify({ email: 'lan@so-noi-vu.vn', password: PASSWORD }),
      })
      expect(res.headers.get('set-cookie')).toMatch(/Secure/)
    })

    it('answers 401 with one message for a wrong password and an unknown email', async () => {
      const wrong = await login('lan@so-noi-vu.vn', 'not the password')
      const unknown = await login('nobody@so-noi-vu.vn', PASSWORD)
      expect(wrong.status).toBe(401)
      expect(unknown.status).toBe(401)
      const a = await readJson(wrong, ApiErrorBodySchema)
      const b = await readJson(unknown, ApiErrorBodySchema)
      expect(a.error.code).toBe('UNAUTHENTICATED')
      expect(a).toEqual(b)
      expect(wrong.headers.get('set-cookie')).toBeNull()
    })

    it('refuses a disabled account, and a disabled user loses the session', async () => {
      const cookie = cookieOf(await login('lan@so-noi-vu.vn', PASSWORD))
      await t.db
        .updateTable('app_user')
        .set({ disabled_at: new Date().toISOString() })
        .where('id', '=', userId)
        .execute()
      expect(await readJson(await me(cookie), SessionUserSchema)).toEqual({ user: null })
      expect((await login('lan@so-noi-vu.vn', PASSWORD)).status).toBe(401)
    })

    it('validates the body: 400 for missing fields or a non-JSON body', async () => {
      for (const body of [
        {},
        { email: 'lan@so-noi-vu.vn' },
        { password: 'x' },
        { email: '', password: 'x' },
      ]) {
        const res = await app.request('/api/auth/login', {
          method: 'POST',
          headers: { ...sameOrigin(), 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        })
        expect(res.status).toBe(400)
        expect((await readJson(res, ApiErrorBodySchema)).error.code).toBe('VALIDATION_FAILED')
      }
      const res = await app.request('/api/auth/login', {
        method: 'POST',
        headers: { ...sameOrigin(), 'Content-Type': 'application/json' },
        body: '{not json',
      })
      expect(res.status).toBe(400)
    })

    it('rejects and prunes an expired session', async () => {
      const cookie = cookieOf(await login('lan@so-noi-vu.vn', PASSWORD))
      const id = hashToken(cookie.split('=')[1]!)
      await t.db
        .updateTable('user_session')
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .where('id', '=', id)
        .execute()
      const res = await me(cookie)
      expect(await readJson(res, SessionUserSchema)).toEqual({ user: null })
      expect(res.headers.get('set-cookie')).toMatch(/par_session=;/)
      expect(
        await t.db.selectFrom('user_session').select('id').where('id', '=', id).executeTakeFirst(),
      ).toBeUndefined()
    })

    it('answers { user: null } for no cookie and for a forged one', async () => {
      expect(await readJson(await me(), SessionUserSchema)).toEqual({ user: null })
      expect(await readJson(await me('par_session=forged-token'), SessionUserSchema)).toEqual({
        user: null,
      })
    })

    it('logs out: 204, the session row is deleted and the cookie cleared', async () => {
      const cookie = cookieOf(await login('lan@so-noi-vu.vn', PASSWORD))
      const res = await app.request('/api/auth/logout', {
        method: 'POST',
        headers: sameOrigin(cookie),
      })
      expect(res.status).toBe(204)
      expect(res.headers.get('set-cookie')).toMatch(/par_session=;.*Max-Age=0/)
      expect(
        await t.db
          .selectFrom('user_session')
          .select('id')
          .where('id', '=', hashToken(cookie.split('=')[1]!))
          .executeTakeFirst(),
      ).toBeUndefined()
      expect(await readJson(await me(cookie), SessionUserSchema)).toEqual({ user: null })
      // Without a session logout is still a no-op success.
      expect(
        (await app.request('/api/auth/logout', { method: 'POST', headers: sameOrigin() })).status,
      ).toBe(204)
    })

    it('rate-limits per account and address: the 6th attempt within 15 minutes is 429 with Retry-After', async () => {
      for (let i = 0; i < 5; i++)
        expect((await login('lan@so-noi-vu.vn', `wrong ${i}`)).status).toBe(401)
      const sixth = await login('lan@so-noi-vu.vn', PASSWORD)
      expect(sixth.status).toBe(429)
      expect((await readJson(sixth, ApiErrorBodySchema)).error.code).toBe('RATE_LIMITED')
      const retryAfter = Number(sixth.headers.get('retry-after'))
      expect(retryAfter).toBeGreaterThan(850)
      expect(retryAfter).toBeLessThanOrEqual(900)
      // Attempts older than the window no longer count (shared table: any instance sees this).
      await t.db
        .updateTable('login_attempt')
        .set({ at: new Date(Date.now() - 16 * 60_000).toISOString() })
        .execute()
      expect((await login('lan@so-noi-vu.vn', PASSWORD)).status).toBe(200)
    })

    it('rate-limits per client address across emails', async () => {
      const peer = { incoming: { socket: { remoteAddress: '203.0.113.7' } } }
      await seedFailures('203.0.113.7', ADDRESS_LIMIT - 1)
      expect((await login('probe@x.vn', 'wrong password', peer)).status).toBe(401)
      expect((await login('lan@so-noi-vu.vn', PASSWORD, peer)).status).toBe(429)
      const other = { incoming: { socket: { remoteAddress: '203.0.113.8' } } }
      expect((await login('lan@so-noi-vu.vn', PASSWORD, other)).status).toBe(200)
    })

    it('behind a trusted proxy, limits the forwarded client, not everyone behind the proxy', async () => {
      const proxied = createApp(t.db, { sessionTtlHours: 2, trustedProxies: '10.0.0.0/8' })
      const balancer = { incoming: { socket: { remoteAddress: '::ffff:10.0.0.5' } } }
      const loginVia = (forwardedFor: string, email: string, password: string) =>
        proxied.request(
          '/api/auth/login',
          {
            method: 'POST',
            headers: {
              ...sameOrigin(),
              'Content-Type': 'application/json',
              'X-Forwarded-For': forwardedFor,
            },
            body: JSON.stringify({ email, password }),
          },
          balancer,
        )
      // One client's failures, with a forged address prepended, count against that client.
      await seedFailures('203.0.113.7', ADDRESS_LIMIT - 1)
      expect((await loginVia('198.18.0.1, 203.0.113.7', 'probe@x.vn', 'x')).status).toBe(401)
      expect((await loginVia('203.0.113.7', 'lan@so-noi-vu.vn', PASSWORD)).status).toBe(429)
      // Another client through the same balancer still signs in.
      expect((await loginVia('203.0.113.8', 'lan@so-noi-vu.vn', PASSWORD)).status).toBe(200)
      // Without TRUSTED_PROXIES the header is not believed: the balancer itself is the client.
      await t.db.deleteFrom('login_attempt').execute()
      await seedFailures('10.0.0.5', ADDRESS_LIMIT - 1)
      expect((await login('probe@x.vn', 'x', balancer)).status).toBe(401)
      const spoofed = await app.request(
        '/api/auth/login',
        {
          method: 'POST',
          headers: {
            ...sameOrigin(),
            'Content-Type': 'application/json',
            'X-Forwarded-For': '203.0.113.8',
          },
          body: JSON.stringify({ email: 'lan@so-noi-vu.vn', password: PASSWORD }),
        },
        balancer,
      )
      expect(spoofed.status).toBe(429)
    })

    it('signIn() gives a working cookie for each role', async () => {
      for (const role of ['VIEWER', 'EDITOR', 'ADMIN'] as const) {
        const body = await readJson(await me(await signIn(app, t.db, role)), SessionUserSchema)
        expect(body.user?.role).toBe(role)
      }
    })
  })
}
