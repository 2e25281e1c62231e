import { Hono, type Context } from 'hono'
import type { CurrentUser } from '#shared/dto/user.ts'
import { loginSchema } from '#shared/schemas/auth.schema.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { type ClientAddressResolver, clientAddressResolver } from '../../lib/client-address.ts'
import { AppError, errorBody } from '../../lib/errors.ts'
import { verifyAgainstDummy, verifyPassword } from '../../lib/password.ts'
import {
  clearSessionCookie,
  createSession,
  deleteSession,
  pruneExpiredSessions,
  readSessionToken,
  setSessionCookie,
} from '../../lib/session.ts'
import { validate } from '../../lib/validate.ts'
import { findUserByEmail } from '../users/users.repository.ts'
import { toCurrentUser } from '../users/users.mapper.ts'
import { attemptKeys, clearFailures, lockedForSeconds, recordFailure } from './login-attempts.ts'

type NodeBindings = { incoming?: { socket?: { remoteAddress?: string } } }

/** The TCP peer's address, as the Node server adapter passes it. */
function peerAddress(c: Context<AppEnv>): string | null {
  const env = c.env as NodeBindings | undefined
  return env?.incoming?.socket?.remoteAddress ?? null
}

/**
 * Sign-in, sign-out and the current user. Failed sign-ins are limited per email and per client
 * address, the address resolved through the trusted proxies (lib/client-address.ts).
 */
export function authRoutes(
  sessionTtlHours: number,
  clientAddress: ClientAddressResolver = clientAddressResolver(null),
) {
  return new Hono<AppEnv>()
    .post('/login', validate('json', loginSchema), async (c) => {
      const { email, password } = c.req.valid('json')
      const db = c.var.db
      const keys = attemptKeys(
        email,
        clientAddress(peerAddress(c), c.req.header('x-forwarded-for')),
      )
      const wait = await lockedForSeconds(db, keys)
      if (wait !== null) {
        const message = `Too many failed sign-in attempts; try again in ${Math.ceil(wait / 60)} min`
        return c.json(errorBody('RATE_LIMITED', message), 429, { 'Retry-After': String(wait) })
      }
      const user = await findUserByEmail(db, email)
      const ok = user
        ? await verifyPassword(password, user.password_hash)
        : await verifyAgainstDummy(password)
      if (!user || !ok || user.disabled_at !== null) {
        await recordFailure(db, keys)
        // One message for unknown email, wrong password and disabled account: no account probing.
        throw new AppError(401, 'UNAUTHENTICATED', 'Wrong email or password')
      }
      await clearFailures(db, email)
      await pruneExpiredSessions(db)
      const { token } = await createSession(db, user.id, sessionTtlHours)
      setSessionCookie(c, token, sessionTtlHours)
      return c.json({ user: toCurrentUser(user) }, 200)
    })
    .post('/logout', async (c) => {
      const token = readSessionToken(c)
      if (token) await deleteSession(c.var.db, token)
      clearSessionCookie(c)
      return c.body(null, 204)
    })
    .get('/me', (c) => {
      const user: CurrentUser | null = c.var.user
      return c.json({ user }, 200)
    })
}
