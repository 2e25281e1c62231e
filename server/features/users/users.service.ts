// Account changes used by the admin API, the user:add CLI and first start: each one checks the
// rules, writes the row and its audit entry in one transaction.
import type { Kysely } from 'kysely'
import type { Role } from '#shared/domain/roles.ts'
import type { CreateUserInput, UpdateUserInput } from '#shared/schemas/users.schema.ts'
import type { AppUserRow, Database } from '../../db/schema.ts'
import { AppError, badRequest, notFound } from '../../lib/errors.ts'
import { hashPassword, passwordWeakness } from '../../lib/password.ts'
import { type AuditActor, recordAudit } from '../audit/audit.repository.ts'
import { clearAccountAttempts } from './login-attempts.ts'
import {
  countActiveAdmins,
  deleteUserSessions,
  findUserByEmail,
  findUserById,
  insertUser,
  updateUserRow,
} from './users.repository.ts'
import { inWriteTransaction } from '#server/db/write-transaction.ts'

/** What the audit log keeps of an account: never the password hash. */
function auditView(row: AppUserRow) {
  return { email: row.email, name: row.name, role: row.role, disabledAt: row.disabled_at }
}

function emailTaken(email: string): AppError {
  return new AppError(409, 'CONFLICT', `A user with email ${email} already exists`, {
    field: 'email',
  })
}

export async function createUser(
  db: Kysely<Database>,
  input: CreateUserInput,
  actor: AuditActor,
): Promise<AppUserRow> {
  // Here rather than in the shared schema: the list of common passwords is server-side only.
  const weakness = passwordWeakness(input.password, input.email)
  if (weakness) {
    throw badRequest(`Invalid json parameter: password (${weakness})`, [
      { path: 'password', message: weakness },
    ])
  }
  const passwordHash = await hashPassword(input.password)
  return insertNewUser(db, input, passwordHash, actor).catch((error: unknown) => {
    // Two instances creating the same email at once: the unique index decides, say it nicely.
    if (isUniqueViolation(error)) throw emailTaken(input.email)
    throw error
  })
}

function isUniqueViolation(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string }
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    /UNIQUE constraint/.test(message ?? '')
  )
}

function insertNewUser(
  db: Kysely<Database>,
  input: CreateUserInput,
  passwordHash: string,
  actor: AuditActor,
): Promise<AppUserRow> {
  return inWriteTransaction(db, async (trx) => {
    if (await findUserByEmail(trx, input.email)) throw emailTaken(input.email)
    const row: AppUserRow = {
      id: crypto.randomUUID(),
      email: input.email,
      name: input.name,
      role: input.role,
      password_hash: passwordHash,
      created_at: new Date().toISOString(),
      disabled_at: null,
    }
    await insertUser(trx, row)
    await recordAudit(trx, {
      actor,
      action: 'CREATE',
      entity: 'app_user',
      entityKey: row.id,
      after: auditView(row),
    })
    return row
  })
}

export async function updateUser(
  db: Kysely<Database>,
  id: string,
  patch: UpdateUserInput,
  actor: AuditActor,
): Promise<AppUserRow> {
  return inWriteTransaction(db, async (trx) => {
    const before = await findUserById(trx, id)
    if (!before) throw notFound(`No user with id ${id}`)
    const role: Role | undefined = patch.role
    const disabledAt =
      patch.disabled === undefined
        ? before.disabled_at
        : patch.disabled
          ? (before.disabled_at ?? new Date().toISOString())
          : null
    const after: AppUserRow = {
      ...before,
      name: patch.name ?? before.name,
      role: role ?? before.role,
      disabled_at: disabledAt,
    }
    const wasActiveAdmin = before.role === 'ADMIN' && before.disabled_at === null
    const staysActiveAdmin = after.role === 'ADMIN' && after.disabled_at === null
    if (wasActiveAdmin && !staysActiveAdmin && (await countActiveAdmins(trx)) <= 1) {
      throw new AppError(409, 'CONFLICT', 'The last active admin cannot be demoted or disabled')
    }
    await updateUserRow(trx, id, {
      name: after.name,
      role: after.role,
      disabled_at: after.disabled_at,
    })
    // A disabled account loses its sessions at once, on every instance.
    if (after.disabled_at !== null) await deleteUserSessions(trx, id)
    await recordAudit(trx, {
      actor,
      action: 'UPDATE',
      entity: 'app_user',
      entityKey: id,
      before: auditView(before),
      after: auditView(after),
    })
    return after
  })
}

/**
 * Lifts every sign-in limit on the account: its failed attempts from all addresses are
 * forgotten, and the unlock is audited with how many there were.
 */
export async function unlockLogin(
  db: Kysely<Database>,
  id: string,
  actor: AuditActor,
): Promise<{ user: AppUserRow; cleared: number }> {
  return inWriteTransaction(db, async (trx) => {
    const user = await findUserById(trx, id)
    if (!user) throw notFound(`No user with id ${id}`)
    const cleared = await clearAccountAttempts(trx, user.email)
    await recordAudit(trx, {
      actor,
      action: 'LOGIN_UNLOCK',
      entity: 'app_user',
      entityKey: id,
      before: { email: user.email, failedAttempts: cleared },
      after: { email: user.email, failedAttempts: 0 },
    })
    return { user, cleared }
  })
}
