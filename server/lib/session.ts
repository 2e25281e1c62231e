// Database sessions (ADR 005): the cookie holds a random token, the table holds its SHA-256,
// so every instance behind a load balancer sees the same sessions and a leaked table does not
// leak live ones. Nothing about sessions is kept in process memory.
import { createHash, randomBytes } from 'node:crypto'
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import type { Kysely } from 'kysely'
import { ROLES, type Role } from '#shared/domain/roles.ts'
import type { Database } from '../db/schema.ts'
import type { AppEnv, SessionUser } from './app-env.ts'

export const SESSION_COOKIE = 'par_session'
export const DEFAULT_SESSION_TTL_HOURS = 12

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Stores a new session and returns the token for the cookie (never stored itself). */
export async function createSession(
  db: Kysely<Database>,
  userId: string,
  ttlHours: number,
  now = new Date(),
): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000).toISOString()
  await db
    .insertInto('user_session')
    .values({
      id: hashToken(token),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: expiresAt,
    })
    .execute()
  return { token, expiresAt }
}

export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('user_session').where('id', '=', hashToken(token)).execute()
}

export async function pruneExpiredSessions(db: Kysely<Database>, now = new Date()): Promise<void> {
  await db.deleteFrom('user_session').where('expires_at', '<=', now.toISOString()).execute()
}

/** The session's user, or null when the token is unknown, expired (then deleted) or disabled. */
export async function findSessionUser(
  db: Kysely<Database>,
  token: string,
  now = new Date(),
): Promise<SessionUser | null> {
  const row = await db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .where('s.id', '=', hashToken(token))
    .select([
      's.id as session_id',
      's.expires_at',
      'u.id',
      'u.email',
      'u.name',
      'u.role',
      'u.disabled_at',
    ])
    .executeTakeFirst()
  if (!row) return null
  if (row.expires_at <= now.toISOString()) {
    await db.deleteFrom('user_session').where('id', '=', row.session_id).execute()
    return null
  }
  if (row.disabled_at !== null || !isRole(row.role)) return null
  return { id: row.id, email: row.email, name: row.name, role: row.role }
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}

/** https as the server saw it, or as the proxy in front says (only ever makes the cookie stricter). */
function isHttps(c: Context): boolean {
  const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim()
  return forwarded === 'https' || new URL(c.req.url).protocol === 'https:'
}

export function setSessionCookie(c: Context, token: string, ttlHours: number): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isHttps(c),
    maxAge: Math.floor(ttlHours * 3600),
  })
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
  })
}

export function readSessionToken(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE) || undefined
}

/** Sets c.var.user from the session cookie (null when absent or no longer valid). */
export const sessionMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  const token = readSessionToken(c)
  const user = token ? await findSessionUser(c.var.db, token) : null
  c.set('user', user)
  if (token && !user) clearSessionCookie(c)
  await next()
})
