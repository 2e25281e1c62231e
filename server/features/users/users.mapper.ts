import type { Role } from '#shared/domain/roles.ts'
import type { CurrentUser, UserAccount } from '#shared/dto/user.ts'
import type { AppUserRow } from '../../db/schema.ts'

// Roles are written only through the zod-validated API and CLI, so the column holds a Role.
export function toCurrentUser(row: AppUserRow): CurrentUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role as Role }
}

export function toUserAccount(row: AppUserRow): UserAccount {
  return { ...toCurrentUser(row), createdAt: row.created_at, disabledAt: row.disabled_at }
}
