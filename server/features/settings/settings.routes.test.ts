import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '../../app.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { sameOrigin, signIn } from '../../test/sign-in.ts'
import { getReadAccess, initReadAccess, setReadAccess } from './settings.repository.ts'
import { forgetReadAccess } from './read-access.ts'
import { readJson } from '#server/test/read-json.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { SettingsSchema } from '#shared/dto/settings.ts'
import { SessionUserSchema } from '#shared/dto/user.ts'

for (const dialect of TEST_DIALECTS) {
  describe(dialect, () => {
    let t: TestDb
    let app: App
    let admin: string
    let editor: string
    let viewer: string

    beforeAll(async () => {
      t = await createTestDb(dialect)
      app = createApp(t.db)
      admin = await signIn(app, t.db, 'ADMIN', { email: 'admin@par.vn' })
      editor = await signIn(app, t.db, 'EDITOR')
      viewer = await signIn(app, t.db, 'VIEWER')
    })
    afterAll(() => t.destroy())

    const put = (cookie: string | undefined, body: unknown) =>
      app.request('/api/settings', {
        method: 'PUT',
        headers: { ...sameOrigin(cookie), 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })

    it('defaults to public read and initialises once from the environment', async () => {
      expect(await getReadAccess(t.db)).toBe('public')
      expect(await readJson(await app.request('/api/settings'), SettingsSchema)).toEqual({
        readAccess: 'public',
      })
      expect(await initReadAccess(t.db, 'public')).toBe(true)
      await setReadAccess(t.db, 'login')
      // A later start with another env value keeps what an admin chose.
      expect(await initReadAccess(t.db, 'public')).toBe(false)
      expect(await getReadAccess(t.db)).toBe('login')
      await setReadAccess(t.db, 'public')
      forgetReadAccess(t.db)
    })

    it('lets only admins change it: 401 anonymous, 403 viewer and editor', async () => {
      expect((await put(undefined, { readAccess: 'login' })).status).toBe(401)
      expect((await put(viewer, { readAccess: 'login' })).status).toBe(403)
      expect((await put(editor, { readAccess: 'login' })).status).toBe(403)
      expect(await getReadAccess(t.db)).toBe('public')
    })

    it('validates the body', async () => {
      for (const body of [
        {},
        { readAccess: 'everyone' },
        { readAccess: 'login', extra: 1 },
        { readAccess: null },
      ]) {
        const res = await put(admin, body)
        expect(res.status).toBe(400)
        expect((await readJson(res, ApiErrorBodySchema)).error.code).toBe('VALIDATION_FAILED')
      }
    })

    it("'login' blocks anonymous reads but keeps health, settings and auth open; the change is audited", async () => {
      const res = await put(admin, { readAccess: 'login' })
      expect(res.status).toBe(200)
      expect(await readJson(res, SettingsSchema)).toEqual({ readAccess: 'login' })

      const anon = await app.request('/api/users')
      expect(anon.status).toBe(401)
      expect((await app.request('/api/units')).status).toBe(401)
      expect(
        (await app.request('/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')).status,
      ).toBe(401)
      expect((await app.request('/api/no-such-route')).status).toBe(401)
      expect((await app.request('/api/health')).status).toBe(200)
      expect(await readJson(await app.request('/api/settings'), SettingsSchema)).toEqual({
        readAccess: 'login',
      })
      expect(await readJson(await app.request('/api/auth/me'), SessionUserSchema)).toEqual({
        user: null,
      })
      // A signed-in viewer still reads.
      expect((await app.request('/api/auth/me', { headers: { Cookie: viewer } })).status).toBe(200)
      expect(
        (await app.request('/api/no-such-route', { headers: { Cookie: viewer } })).status,
      ).toBe(404)

      const audit = await t.db
        .selectFrom('audit_log')
        .selectAll()
        .where('entity', '=', 'app_setting')
        .execute()
      expect(audit).toHaveLength(1)
      expect(audit[0]).toMatchObject({
        action: 'UPDATE',
        entity_key: 'read_access',
        actor_email: 'admin@par.vn',
        before_json: '{"value":"public"}',
        after_json: '{"value":"login"}',
      })

      expect((await put(admin, { readAccess: 'public' })).status).toBe(200)
      expect((await app.request('/api/no-such-route')).status).toBe(404)
    })

    it("keeps a read cached for a signed-in viewer from anonymous visitors while 'login' holds", async () => {
      expect((await put(admin, { readAccess: 'login' })).status).toBe(200)
      expect((await app.request('/api/units', { headers: { Cookie: viewer } })).status).toBe(200)
      // Twice: the second finds the setting remembered and the viewer's answer in memory.
      expect((await app.request('/api/units')).status).toBe(401)
      expect((await app.request('/api/units')).status).toBe(401)
      expect((await put(admin, { readAccess: 'public' })).status).toBe(200)
      const first = await app.request('/api/units')
      expect(first.status).toBe(200)
      const again = await app.request('/api/units')
      expect(again.headers.get('etag')).toBe(first.headers.get('etag'))
      expect(await again.text()).toBe(await first.text())
    })
  })
}
