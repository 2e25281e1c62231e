import type { Role } from '../domain/roles.ts'

/** The signed-in user (GET /api/auth/me, POST /api/auth/login). */
export type CurrentUser = { id: string; email: string; name: string; role: Role }

/** A user account as the admin page lists it. */
export type UserAccount = CurrentUser & {
  createdAt: string
  /** ISO timestamp, null while the account is active. */
  disabledAt: string | null
}
