import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../app.ts'
import { ensureFirstAdmin } from '../../bootstrap.ts'
import { parseEnv } from '../../env.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { sameOrigin } from '../../test/sign-in.ts'

for (const dialect of TEST_DIALECTS) {
  describe(dialect, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
    })
    afterAll(() => t.destroy())

    it('creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD, once, and it can sign in', async () => {
      await ensureFirstAdmin(t.db, parseEnv({}))
      expect(await t.db.selectFrom('app_user').selectAll().execute()).toEqual([])

      const env = parseEnv({ ADMIN_EMAIL: 'Admin@Par.vn', ADMIN_PASSWORD: 'first admin pass' })
      await ensureFirstAdmin(t.db, env)
      await ensureFirstAdmin(
        t.db,
        parseEnv({ ADMIN_EMAIL: 'other@par.vn', ADMIN_PASSWORD: 'another admin pass' }),
      )
      const users = await t.db.selectFrom('app_user').select(['email', 'role']).execute()
      expect(users).toEqual([{ email: 'admin@par.vn', role: 'ADMIN' }])

      const res = await createApp(t.db).request('/api/auth/login', {
        method: 'POST',
        headers: { ...sameOrigin(), 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'admin@par.vn', password: 'first admin pass' }),
      })
      expect(res.status).toBe(200)
    })

    it('a weak ADMIN_PASSWORD stops the start with one line naming it', () => {
      for (const password of ['password12', 'admin12345', 'zzzzzzzzzzzz']) {
        expect(() => parseEnv({ ADMIN_EMAIL: 'admin@par.vn', ADMIN_PASSWORD: password })).toThrow(
          /^Invalid ADMIN_PASSWORD: (is a commonly used password|must not be)/,
        )
      }
    })
  })
}
