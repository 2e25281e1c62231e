import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb } from '../db/create-db.ts'
import { verifyPassword } from '../lib/password.ts'
import { runScript } from './spawn-cli.ts'

describe('npm run user:add', () => {
  let dir: string
  let env: Record<string, string>
  const run = (args: string[], extra: Record<string, string> = {}) =>
    runScript('server/cli/user-add.ts', args, { ...env, ...extra })

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'par-user-add-'))
    env = { DATABASE_URL: join(dir, 'par.sqlite') }
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('creates a user with a scrypt hash (exit 0), password from USER_PASSWORD', async () => {
    const result = await run(
      ['--email', 'Nguyen.A@Long-An.gov.vn', '--name', 'Nguyễn Văn A', '--role', 'editor'],
      {
        USER_PASSWORD: 'mật khẩu mười ký tự',
      },
    )
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Created EDITOR nguyen.a@long-an.gov.vn \(Nguyễn Văn A\)/)
    const db = createDb({ dialect: 'sqlite', filename: env.DATABASE_URL! })
    try {
      const row = await db.selectFrom('app_user').selectAll().executeTakeFirstOrThrow()
      expect(row).toMatchObject({
        email: 'nguyen.a@long-an.gov.vn',
        name: 'Nguyễn Văn A',
        role: 'EDITOR',
      })
      expect(await verifyPassword('mật khẩu mười ký tự', row.password_hash)).toBe(true)
      const audit = await db.selectFrom('audit_log').selectAll().executeTakeFirstOrThrow()
      expect(audit).toMatchObject({
        action: 'CREATE',
        entity: 'app_user',
        entity_key: row.id,
        actor_id: null,
      })
    } finally {
      await db.destroy()
    }
  })

  it('refuses a duplicate email with exit 1 and a clear message', async () => {
    const result = await run([
      '--email',
      'nguyen.a@long-an.gov.vn',
      '--name',
      'B',
      '--role',
      'VIEWER',
      '--password',
      'another password',
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /user:add: A user with email nguyen.a@long-an.gov.vn already exists/,
    )
  })

  it.each([
    [['--name', 'A', '--role', 'VIEWER', '--password', '1234567890'], /missing --email/],
    [['--email', 'a@b.vn', '--name', 'A', '--password', '1234567890'], /missing --role/],
    [
      ['--email', 'a@b.vn', '--name', 'A', '--role', 'OWNER', '--password', '1234567890'],
      /invalid role/,
    ],
    [
      ['--email', 'not-an-email', '--name', 'A', '--role', 'VIEWER', '--password', '1234567890'],
      /invalid email/,
    ],
    [
      ['--email', 'a@b.vn', '--name', 'A', '--role', 'VIEWER', '--password', 'short'],
      /invalid password: must be at least 10/,
    ],
    [
      ['--email', 'a@b.vn', '--name', 'A', '--role', 'VIEWER', '--password', 'password12'],
      /invalid password: is a commonly used password/,
    ],
    [
      ['--email', 'a@b.vn', '--name', 'A', '--role', 'VIEWER', '--password', 'aaaaaaaaaaaa'],
      /invalid password: must not be one character/,
    ],
    [
      ['--email', 'a@b.vn', '--name', 'A', '--role', 'VIEWER', '--bogus', 'x'],
      /Unknown option '--bogus'/,
    ],
    [
      ['--email', 'a@b.vn', '--name', 'A', '--role', 'VIEWER'],
      /no password: give --password, set USER_PASSWORD/,
    ],
  ])('exits 2 with usage for %j', async (args, message) => {
    const result = await run(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).toMatch(/usage: npm run user:add/)
  })

  it('exits 1 when the database cannot be opened', async () => {
    const result = await run(
      ['--email', 'a@b.vn', '--name', 'A', '--role', 'VIEWER', '--password', 'a fine password'],
      {
        DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      },
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/Cannot open the postgres database/)
  })
})
