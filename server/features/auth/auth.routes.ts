import { Hono, type Context } from 'hono'
import type { CurrentUser } from '#shared/dto/user.ts'
import { loginSchema } from '#shared/schemas/auth.schema.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { type ClientAddressResolver, clientAddressResolver } from '../../lib/client-address.ts'
import { apiError } from '../../lib/api-error.ts'
import { errorBody } from '../../lib/errors.ts'
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
import {
  admitAttempt,
  recordFailure,
  recordSuccess,
} from '#server/features/users/login-attempts.ts'

type NodeBindings = { incoming?: { socket?: { remoteAddress?: string } } }

/** The TCP peer's address, as the Node server adapter passes it. */
function peerAddress(c: Context<AppEnv>): string | null {
  const env = c.env as NodeBindings | undefined
  return env?.incoming?.socket?.remoteAddress ?? null
}

function formatWait(seconds: number): string {
  return seconds < 60 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`
}

/**
 * Sign-in, sign-out and the current user. Sign-ins are throttled per account and address, per
 * address and (a slow-down) per account; the address is resolved through the trusted proxies
 * (lib/client-address.ts).
 */
export function authRoutes(
  sessionTtlHours: number,
  clientAddress: ClientAddressResolver = clientAddressResolver(null),
) {
  return new Hono<AppEnv>()
    .post('/login', validate('json', loginSchema), async (c) => {
      const { email, password } = c.req.valid('json')
      const db = c.var.db
      const address = clientAddress(peerAddress(c), c.req.header('x-forwarded-for')) ?? ''
      // Counted before the password is checked, so parallel guesses cannot outrun the limit.
      const admission = await admitAttempt(db, email, address)
      if (!admission.admitted) {
        const { wait } = admission
        const message = `Too many failed sign-in attempts; try again in ${formatWait(wait)}`
        return c.json(errorBody('RATE_LIMITED', message), 429, { 'Retry-After': String(wait) })
      }
      const user = await findUserByEmail(db, email)
      const ok = user
        ? await verifyPassword(password, user.password_hash)
        : await verifyAgainstDummy(password)
      if (!user || !ok || user.disabled_at !== null) {
        await recordFailure(db, admission.attempt)
        // One message for unknown email, wrong password and disabled account: no account probing.
        return apiError(c, 401, 'UNAUTHENTICATED', 'Wrong email or password')
      }
      await recordSuccess(db, admission.attempt)
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
