import type { Kysely } from 'kysely'
import type { Role } from '#shared/domain/roles.ts'
import type { DialectName } from '../db/create-db.ts'
import type { Database } from '../db/schema.ts'
import type { VersionMemo } from './version-memo.ts'

/** The signed-in user, as routes see it. */
export type SessionUser = { id: string; email: string; name: string; role: Role }

/** Hono environment shared by every route: set once in createApp (STYLE B.6). */
export type AppEnv = {
  Variables: {
    db: Kysely<Database>
    dialect: DialectName
    /** null for anonymous requests. */
    user: SessionUser | null
    /** Reads kept for the current data version (ADR 040); null where the version is not known. */
    memo: VersionMemo | null
  }
}

/** Draft results are visible only to editors and admins (DESIGN: publishing). */
export function canSeeDrafts(user: SessionUser | null): boolean {
  return user?.role === 'EDITOR' || user?.role === 'ADMIN'
}

/** What a caller's reads cover: drafts for editors and admins, published results for the rest. */
export function visibilityOf(user: SessionUser | null): { includeDrafts: boolean } {
  return { includeDrafts: canSeeDrafts(user) }
}
