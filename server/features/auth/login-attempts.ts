// Login rate limiting, counted in the database so every instance sees the same failures.
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'

export const MAX_FAILED_ATTEMPTS = 5
export const ATTEMPT_WINDOW_MS = 15 * 60_000

export function attemptKeys(email: string, ip: string | null): string[] {
  return ip ? [`email:${email}`, `ip:${ip}`] : [`email:${email}`]
}

/** Seconds until another attempt is allowed, or null when none of the keys is locked. */
export async function lockedForSeconds(
  db: Kysely<Database>,
  keys: string[],
  now = new Date(),
): Promise<number | null> {
  const since = new Date(now.getTime() - ATTEMPT_WINDOW_MS).toISOString()
  let wait = 0
  for (const key of keys) {
    const rows = await db
      .selectFrom('login_attempt')
      .select('at')
      .where('attempt_key', '=', key)
      .where('at', '>', since)
      .orderBy('at', 'asc')
      .execute()
    if (rows.length < MAX_FAILED_ATTEMPTS) continue
    // Unlocked once enough of the oldest failures leave the window to drop below the maximum.
    const freeing = rows[rows.length - MAX_FAILED_ATTEMPTS]!
    const until = new Date(freeing.at).getTime() + ATTEMPT_WINDOW_MS
    wait = Math.max(wait, Math.ceil((until - now.getTime()) / 1000))
  }
  return wait > 0 ? wait : null
}

export async function recordFailure(
  db: Kysely<Database>,
  keys: string[],
  now = new Date(),
): Promise<void> {
  const at = now.toISOString()
  await db
    .insertInto('login_attempt')
    .values(keys.map((attempt_key) => ({ id: crypto.randomUUID(), attempt_key, at })))
    .execute()
  const since = new Date(now.getTime() - ATTEMPT_WINDOW_MS).toISOString()
  await db.deleteFrom('login_attempt').where('at', '<=', since).execute()
}

/** A successful sign-in forgives that account's earlier failures (not the address's). */
export async function clearFailures(db: Kysely<Database>, email: string): Promise<void> {
  await db.deleteFrom('login_attempt').where('attempt_key', '=', `email:${email}`).execute()
}
