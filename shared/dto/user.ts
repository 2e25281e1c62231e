import { z } from 'zod'
import { ROLES } from '../domain/roles.ts'

/** The signed-in user (GET /api/auth/me, POST /api/auth/login). */
export const CurrentUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
})
export type CurrentUser = z.infer<typeof CurrentUserSchema>

/** A user account as the admin page lists it. */
export const UserAccountSchema = CurrentUserSchema.extend({
  createdAt: z.string(),
  /** ISO timestamp, null while the account is active. */
  disabledAt: z.string().nullable(),
})
export type UserAccount = z.infer<typeof UserAccountSchema>

/** POST /api/auth/login, POST /api/users, PATCH /api/users/:id. */
export const UserResponseSchema = z.object({ user: UserAccountSchema })
/** GET /api/auth/me: null without a session. */
export const SessionUserSchema = z.object({ user: CurrentUserSchema.nullable() })
export const LoginResponseSchema = z.object({ user: CurrentUserSchema })
export const UserListSchema = z.object({ items: z.array(UserAccountSchema) })
/** DELETE /api/users/:id/login-lock: the account and the failed attempts forgotten. */
export const LoginUnlockSchema = z.object({ user: UserAccountSchema, cleared: z.number().int() })
