// Login throttling under hostile use (issue 15): parallel guesses, a stranger trying to lock an
// admin out, the admin unlock. On SQLite and PostgreSQL, since the counting must hold on both.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createApp, type App } from '../../app.ts'
import { hashPassword } from '../../lib/password.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { sameOrigin, signIn } from '../../test/sign-in.ts'
import {
  ACCOUNT_ADDRESS_LIMIT,
  ACCOUNT_SOFT_LIMIT,
  ATTEMPT_WINDOW_MS,
  MAX_SLOW_DOWN_SECONDS,
} from '#server/features/users/login-attempts.ts'

const EMAIL = 'quan-tri@so-noi-vu.vn'
const PASSWORD = 'cây đa đầu làng 1975'
const HOME = '198.51.100.10'
const peer = (address: string) => ({ incoming: { socket: { remoteAddress: address } } })

for (const dialect of TEST_DIALECTS) {
  // Hashing is slow on purpose: these tests sign in dozens of times.
  describe(dialect, { timeout: 120_000 }, () => {
    let t: TestDb
    let app: App
    let userId: string

    beforeAll(async () => {
      t = await createTestDb(dialect)
      app = createApp(t.db)
      userId = crypto.randomUUID()
      await t.db
        .insertInto('app_user')
        .values({
          id: userId,
          email: EMAIL,
          name: 'Quản trị',
          role: 'ADMIN',
          password_hash: await hashPassword(PASSWORD),
          created_at: new Date().toISOString(),
          disabled_at: null,
        })
        .execute()
    })
    afterAll(() => t.destroy())
    beforeEach(async () => {
      await t.db.deleteFrom('login_attempt').execute()
      await t.db.deleteFrom('audit_log').execute()
    })

    const login = (password: string, address: string, email = EMAIL) =>
      app.request(
        '/api/auth/login',
        {
          method: 'POST',
          headers: { ...sameOrigin(), 'Content-Type': 'application/json' },
          body: JSON.stringify({ email, password }),
        },
        peer(address),
      )
    const statuses = (responses: Response[]) => responses.map((r) => r.status)
    const count = (list: number[], status: number) => list.filter((s) => s === status).length
    const failedRows = () =>
      t.db.selectFrom('login_attempt').select('id').where('attempt_key', '=', 'ATTEMPT').execute()
    const audits = (action: string) =>
      t.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute()

    it('40 parallel wrong passwords from one address: at most the limit are checked, the rest 429', async () => {
      const wrong = Array.from({ length: 40 }, (_, i) => login(`wrong guess ${i}`, '203.0.113.5'))
      const got = statuses(await Promise.all(wrong))
      expect(count(got, 401)).toBeLessThanOrEqual(ACCOUNT_ADDRESS_LIMIT)
      expect(count(got, 401) + count(got, 429)).toBe(40)
      expect(count(got, 429)).toBeGreaterThanOrEqual(40 - ACCOUNT_ADDRESS_LIMIT)
      // Every check left its row; every refusal took its own away again.
      expect(await failedRows()).toHaveLength(count(got, 401))
    })

    it('29 parallel wrong passwords and the right one last: the right one is refused', async () => {
      const wrong = Array.from({ length: 29 }, (_, i) => login(`wrong guess ${i}`, '203.0.113.6'))
      const got = await Promise.all([...wrong, login(PASSWORD, '203.0.113.6')])
      expect(count(statuses(got), 401)).toBeLessThanOrEqual(ACCOUNT_ADDRESS_LIMIT)
      expect(got.at(-1)!.status).toBe(429)
      expect(got.at(-1)!.headers.get('set-cookie')).toBeNull()
      // Over the limit (filled one by one), a burst with the right password last gets nothing.
      await t.db.deleteFrom('login_attempt').execute()
      for (let i = 0; i < ACCOUNT_ADDRESS_LIMIT; i++)
        expect((await login(`guess ${i}`, '203.0.113.6')).status).toBe(401)
      const burst = Array.from({ length: 29 }, (_, i) => login(`again ${i}`, '203.0.113.6'))
      const after = statuses(await Promise.all([...burst, login(PASSWORD, '203.0.113.6')]))
      expect(after).toEqual(Array.from({ length: 30 }, () => 429))
      expect(await failedRows()).toHaveLength(ACCOUNT_ADDRESS_LIMIT)
    })

    it('a stranger cannot lock the admin out from another address', async () => {
      expect((await login(PASSWORD, HOME)).status).toBe(200)
      // The case: five wrong passwords from one address lock only that address.
      for (let i = 0; i < ACCOUNT_ADDRESS_LIMIT; i++)
        expect((await login(`guess ${i}`, '203.0.113.9')).status).toBe(401)
      expect((await login(PASSWORD, '203.0.113.9')).status).toBe(429)
      expect((await login(PASSWORD, '198.51.100.77')).status).toBe(200)
      // Many addresses pass the account's soft limit (most of them written straight into the
      // table, to spare the hashing): new addresses are slowed, the admin's own is not.
      await t.db
        .insertInto('login_attempt')
        .values(
          Array.from({ length: ACCOUNT_SOFT_LIMIT - ACCOUNT_ADDRESS_LIMIT - 1 }, (_, i) => ({
            id: crypto.randomUUID(),
            attempt_key: 'ATTEMPT',
            at: new Date().toISOString(),
            account: EMAIL,
            address: `203.0.113.${100 + i}`,
            address_status: 'NEW',
          })),
        )
        .execute()
      expect((await login('one more guess', '203.0.113.30')).status).toBe(401)
      expect(await failedRows()).toHaveLength(ACCOUNT_SOFT_LIMIT)
      for (let i = 0; i < 2; i++) expect((await login(PASSWORD, HOME)).status).toBe(200)
      // As if the last stranger had just tried: a new address must wait its turn.
      const now = new Date().toISOString()
      await t.db
        .updateTable('login_attempt')
        .set({ at: now })
        .where('address', '!=', HOME)
        .execute()
      const slowed = await login(PASSWORD, '198.51.100.99')
      expect(slowed.status).toBe(429)
      expect(Number(slowed.headers.get('retry-after'))).toBeLessThanOrEqual(MAX_SLOW_DOWN_SECONDS)
      // A slow-down, not a lock: once the spacing has passed, the new address gets its try.
      const earlier = new Date(Date.now() - (MAX_SLOW_DOWN_SECONDS + 1) * 1000).toISOString()
      await t.db
        .updateTable('login_attempt')
        .set({ at: earlier })
        .where('attempt_key', '=', 'ATTEMPT')
        .execute()
      expect((await login(PASSWORD, '198.51.100.99')).status).toBe(200)
      // Locks and the slow-down were audited, with the system as actor.
      const locks = await audits('LOGIN_LOCK')
      const scopes = locks.map((a) => (JSON.parse(a.after_json!) as { scope: string }).scope)
      expect(scopes).toContain('ACCOUNT_ADDRESS')
      expect(scopes).toContain('ACCOUNT_SLOW_DOWN')
      expect(locks.every((a) => a.actor_id === null && a.entity === 'login')).toBe(true)
    })

    it('a flood from one address does not slow the user down at a new address', async () => {
      // Ten failures from two addresses, a minute old: the account is over its soft limit.
      const old = new Date(Date.now() - (MAX_SLOW_DOWN_SECONDS + 1) * 1000).toISOString()
      const rows = (address: string, n: number, at: string) =>
        Array.from({ length: n }, () => ({
          id: crypto.randomUUID(),
          attempt_key: 'ATTEMPT',
          at,
          account: EMAIL,
          address,
          address_status: 'NEW',
        }))
      await t.db
        .insertInto('login_attempt')
        .values([...rows('203.0.113.61', 5, old), ...rows('203.0.113.62', 5, old)])
        .execute()
      // Twenty attempts in flight right now from a third address, far over its own limit.
      await t.db
        .insertInto('login_attempt')
        .values(rows('203.0.113.66', 20, new Date().toISOString()))
        .execute()
      expect((await login(PASSWORD, '198.51.100.123')).status).toBe(200)
      // Without the flood's help the slow-down still holds: a fresh try from a new address.
      await t.db
        .insertInto('login_attempt')
        .values(rows('203.0.113.63', 1, new Date().toISOString()))
        .execute()
      expect((await login(PASSWORD, '198.51.100.124')).status).toBe(429)
    })

    it('an admin unlocks the account: its failures are cleared and the unlock is audited', async () => {
      for (let i = 0; i < ACCOUNT_ADDRESS_LIMIT; i++) await login(`guess ${i}`, '203.0.113.40')
      expect((await login(PASSWORD, '203.0.113.40')).status).toBe(429)
      const other = await signIn(app, t.db, 'ADMIN', { email: 'other-admin@so-noi-vu.vn' })
      const res = await app.request(`/api/users/${userId}/login-lock`, {
        method: 'DELETE',
        headers: sameOrigin(other),
      })
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({ user: { id: userId }, cleared: 5 })
      expect((await login(PASSWORD, '203.0.113.40')).status).toBe(200)
      const [unlock] = await audits('LOGIN_UNLOCK')
      expect(unlock).toMatchObject({
        entity: 'app_user',
        entity_key: userId,
        actor_email: 'other-admin@so-noi-vu.vn',
      })
      expect(JSON.parse(unlock!.before_json!)).toEqual({ email: EMAIL, failedAttempts: 5 })
      const missing = await app.request(`/api/users/${crypto.randomUUID()}/login-lock`, {
        method: 'DELETE',
        headers: sameOrigin(other),
      })
      expect(missing.status).toBe(404)
    })

    it('failures leave the count when the window has passed', async () => {
      for (let i = 0; i < ACCOUNT_ADDRESS_LIMIT; i++) await login(`guess ${i}`, '203.0.113.50')
      expect((await login(PASSWORD, '203.0.113.50')).status).toBe(429)
      await t.db
        .updateTable('login_attempt')
        .set({ at: new Date(Date.now() - ATTEMPT_WINDOW_MS - 1000).toISOString() })
        .execute()
      expect((await login(PASSWORD, '203.0.113.50')).status).toBe(200)
    })
  })
}
