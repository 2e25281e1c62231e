import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '../../app.ts'
import { verifyPassword } from '../../lib/password.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { sameOrigin, signIn } from '../../test/sign-in.ts'
import { createUser } from './users.service.ts'
import { AppError } from '../../lib/errors.ts'
import { readJson } from '#server/test/read-json.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { SessionUserSchema, UserListSchema, UserResponseSchema } from '#shared/dto/user.ts'

for (const dialect of TEST_DIALECTS) {
  describe(dialect, () => {
    let t: TestDb
    let app: App
    let admin: string

    beforeAll(async () => {
      t = await createTestDb(dialect)
      app = createApp(t.db)
      admin = await signIn(app, t.db, 'ADMIN', { email: 'admin@par.vn' })
    })
    afterAll(() => t.destroy())

    const send = (method: string, path: string, body: unknown, cookie = admin) =>
      app.request(path, {
        method,
        headers: { ...sameOrigin(cookie), 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
    const adminId = async () =>
      (
        await t.db
          .selectFrom('app_user')
          .select('id')
          .where('email', '=', 'admin@par.vn')
          .executeTakeFirstOrThrow()
      ).id

    it('creates a user (201), hashes the password, lists users and audits the creation', async () => {
      const res = await send('POST', '/api/users', {
        email: ' Nguyen.A@Long-An.GOV.vn ',
        name: 'Nguyễn Văn A'.normalize('NFD'),
        role: 'EDITOR',
        password: 'mười ký tự trở lên',
      })
      expect(res.status).toBe(201)
      const { user } = await readJson(res, UserResponseSchema)
      expect(user).toMatchObject({
        email: 'nguyen.a@long-an.gov.vn',
        name: 'Nguyễn Văn A',
        role: 'EDITOR',
        disabledAt: null,
      })
      expect(user).not.toHaveProperty('passwordHash')
      const row = await t.db
        .selectFrom('app_user')
        .selectAll()
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow()
      expect(await verifyPassword('mười ký tự trở lên', row.password_hash)).toBe(true)

      const list = await readJson(
        await app.request('/api/users', { headers: { Cookie: admin } }),
        UserListSchema,
      )
      expect(list.items.map((u) => u.email)).toEqual(['admin@par.vn', 'nguyen.a@long-an.gov.vn'])

      const audit = await t.db
        .selectFrom('audit_log')
        .selectAll()
        .where('entity_key', '=', user.id)
        .execute()
      expect(audit).toHaveLength(1)
      expect(audit[0]).toMatchObject({
        action: 'CREATE',
        entity: 'app_user',
        actor_email: 'admin@par.vn',
        before_json: null,
      })
      expect(audit[0]!.after_json).not.toMatch(/scrypt/)
    })

    it('refuses a duplicate email with 409 CONFLICT', async () => {
      const res = await send('POST', '/api/users', {
        email: 'ADMIN@par.vn',
        name: 'X',
        role: 'VIEWER',
        password: 'long enough pass',
      })
      expect(res.status).toBe(409)
      expect((await readJson(res, ApiErrorBodySchema)).error.code).toBe('CONFLICT')
    })

    it.each([
      [
        'a bad email',
        { email: 'not-an-email', name: 'A', role: 'VIEWER', password: 'long enough pass' },
        'email',
      ],
      ['a missing email', { name: 'A', role: 'VIEWER', password: 'long enough pass' }, 'email'],
      [
        'an empty name',
        { email: 'a@b.vn', name: '   ', role: 'VIEWER', password: 'long enough pass' },
        'name',
      ],
      [
        'an unknown role',
        { email: 'a@b.vn', name: 'A', role: 'OWNER', password: 'long enough pass' },
        'role',
      ],
      [
        'a 9-character password',
        { email: 'a@b.vn', name: 'A', role: 'VIEWER', password: '123456789' },
        'password',
      ],
      [
        'a common password',
        { email: 'a@b.vn', name: 'A', role: 'VIEWER', password: 'password12' },
        'password',
      ],
      [
        'one character repeated',
        { email: 'a@b.vn', name: 'A', role: 'VIEWER', password: 'aaaaaaaaaa' },
        'password',
      ],
      [
        'ten spaces',
        { email: 'a@b.vn', name: 'A', role: 'VIEWER', password: ' '.repeat(10) },
        'password',
      ],
      [
        'a sequence',
        { email: 'a@b.vn', name: 'A', role: 'VIEWER', password: 'abcdefghijk' },
        'password',
      ],
      [
        "the email's name part",
        { email: 'tran.lan@b.vn', name: 'A', role: 'VIEWER', password: 'Tran.Lan-2026' },
        'password',
      ],
      [
        'a 257-character password',
        { email: 'a@b.vn', name: 'A', role: 'VIEWER', password: 'x'.repeat(257) },
        'password',
      ],
    ])('POST refuses %s with 400 naming the field', async (_label, body, field) => {
      const res = await send('POST', '/api/users', body)
      expect(res.status).toBe(400)
      const json = await readJson(res, ApiErrorBodySchema)
      expect(json.error.code).toBe('VALIDATION_FAILED')
      expect(json.error.message).toContain(field)
    })

    it('changes role and name, and a 10-character password is enough', async () => {
      const created = await readJson(
        await send('POST', '/api/users', {
          email: 'b@b.vn',
          name: 'B',
          role: 'VIEWER',
          password: 'tre xanh 9',
        }),
        UserResponseSchema,
      )
      const res = await send('PATCH', `/api/users/${created.user.id}`, {
        role: 'ADMIN',
        name: 'Lê Thị B',
      })
      expect(res.status).toBe(200)
      expect((await readJson(res, UserResponseSchema)).user).toMatchObject({
        role: 'ADMIN',
        name: 'Lê Thị B',
      })
      const audit = await t.db
        .selectFrom('audit_log')
        .selectAll()
        .where('entity_key', '=', created.user.id)
        .where('action', '=', 'UPDATE')
        .executeTakeFirstOrThrow()
      expect(JSON.parse(audit.before_json!)).toMatchObject({ role: 'VIEWER', name: 'B' })
      expect(JSON.parse(audit.after_json!)).toMatchObject({ role: 'ADMIN', name: 'Lê Thị B' })
      // Back to viewer so the last-admin test below starts from one admin.
      expect(
        (await send('PATCH', `/api/users/${created.user.id}`, { role: 'VIEWER' })).status,
      ).toBe(200)
    })

    it('disabling a user ends their sessions; re-enabling lets them sign in again', async () => {
      const viewer = await signIn(app, t.db, 'VIEWER', { email: 'viewer@par.vn' })
      const id = (
        await t.db
          .selectFrom('app_user')
          .select('id')
          .where('email', '=', 'viewer@par.vn')
          .executeTakeFirstOrThrow()
      ).id
      const res = await send('PATCH', `/api/users/${id}`, { disabled: true })
      expect((await readJson(res, UserResponseSchema)).user.disabledAt).not.toBeNull()
      expect(
        await t.db.selectFrom('user_session').select('id').where('user_id', '=', id).execute(),
      ).toEqual([])
      expect(
        await readJson(
          await app.request('/api/auth/me', { headers: { Cookie: viewer } }),
          SessionUserSchema,
        ),
      ).toEqual({ user: null })
      const enabled = await send('PATCH', `/api/users/${id}`, { disabled: false })
      expect((await readJson(enabled, UserResponseSchema)).user.disabledAt).toBeNull()
    })

    it('refuses to demote or disable the last active admin with 409', async () => {
      const id = await adminId()
      for (const patch of [{ role: 'EDITOR' }, { role: 'VIEWER' }, { disabled: true }]) {
        const res = await send('PATCH', `/api/users/${id}`, patch)
        expect(res.status).toBe(409)
        expect((await readJson(res, ApiErrorBodySchema)).error.message).toMatch(/last active admin/)
      }
      // A disabled admin does not count: the rule is about active admins.
      const other = await readJson(
        await send('POST', '/api/users', {
          email: 'c@b.vn',
          name: 'C',
          role: 'ADMIN',
          password: 'a fine password',
        }),
        UserResponseSchema,
      )
      expect((await send('PATCH', `/api/users/${other.user.id}`, { disabled: true })).status).toBe(
        200,
      )
      expect((await send('PATCH', `/api/users/${id}`, { role: 'EDITOR' })).status).toBe(409)
      // With a second active admin, the first may step down.
      expect((await send('PATCH', `/api/users/${other.user.id}`, { disabled: false })).status).toBe(
        200,
      )
      expect(
        (await send('PATCH', `/api/users/${other.user.id}`, { name: 'Still admin' })).status,
      ).toBe(200)
      const stepDown = await send('PATCH', `/api/users/${id}`, { role: 'EDITOR' })
      expect(stepDown.status).toBe(200)
      // The role is re-read per request: the former admin's session no longer opens /api/users.
      expect((await app.request('/api/users', { headers: { Cookie: admin } })).status).toBe(403)
      admin = await signIn(app, t.db, 'ADMIN')
    })

    it('two simultaneous creations of one email: one succeeds, the other is 409', async () => {
      const input = {
        email: 'race@par.vn',
        name: 'Race',
        role: 'VIEWER' as const,
        password: 'a fine password',
      }
      const results = await Promise.allSettled([
        createUser(t.db, input, null),
        createUser(t.db, input, null),
      ])
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
      const failed = results.find((r) => r.status === 'rejected')
      expect(failed?.reason).toBeInstanceOf(AppError)
      expect((failed?.reason as AppError).status).toBe(409)
    })

    it('PATCH: 404 for an unknown id, 400 for an empty or unknown-field body', async () => {
      const missing = await send('PATCH', `/api/users/${crypto.randomUUID()}`, { name: 'X' })
      expect(missing.status).toBe(404)
      expect((await readJson(missing, ApiErrorBodySchema)).error.code).toBe('NOT_FOUND')
      const id = await adminId()
      for (const body of [
        {},
        { password: 'new password 123' },
        { role: 'ROOT' },
        { disabled: 'yes' },
        { name: '' },
      ]) {
        expect((await send('PATCH', `/api/users/${id}`, body)).status).toBe(400)
      }
    })
  })
}
