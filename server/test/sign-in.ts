// Route tests act as a role: a user is written straight into the db, then signs in through the
// real POST /api/auth/login (so the cookie is a real session).
import type { Kysely } from 'kysely'
import type { Role } from '#shared/domain/roles.ts'
import type { App } from '../app.ts'
import type { Database } from '../db/schema.ts'
import { hashPassword } from '../lib/password.ts'
import { SESSION_COOKIE } from '../lib/session.ts'

export const TEST_ORIGIN = 'http://localhost'
export const TEST_PASSWORD = 'correct horse battery'

let passwordHash: Promise<string> | undefined

/** Headers for a same-origin state-changing request, optionally signed in. */
export function sameOrigin(cookie?: string): Record<string, string> {
  return cookie ? { Origin: TEST_ORIGIN, Cookie: cookie } : { Origin: TEST_ORIGIN }
}

export type SignInOptions = { email?: string; name?: string }

/** Creates a user with `role` and returns the `Cookie` header value of a fresh session. */
export async function signIn(
  app: App,
  db: Kysely<Database>,
  role: Role,
  options: SignInOptions = {},
): Promise<string> {
  // One scrypt hash per test process: hashing is deliberately slow.
  passwordHash ??= hashPassword(TEST_PASSWORD)
  const email = options.email ?? `${role.toLowerCase()}-${crypto.randomUUID()}@test.vn`
  await db
    .insertInto('app_user')
    .values({
      id: crypto.randomUUID(),
      email,
      name: options.name ?? `Test ${role}`,
      role,
      password_hash: await passwordHash,
      created_at: new Date().toISOString(),
      disabled_at: null,
    })
    .execute()
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { ...sameOrigin(), 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  })
  if (res.status !== 200)
    throw new Error(`signIn(${role}) failed: ${res.status} ${await res.text()}`)
  const match = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(res.headers.get('set-cookie') ?? '')
  if (!match) throw new Error('signIn: no session cookie in the login response')
  return `${SESSION_COOKIE}=${match[1]}`
}
