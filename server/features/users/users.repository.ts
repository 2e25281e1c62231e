import type { Kysely, Transaction } from 'kysely'
import type { AppUserRow, AppUserTable, Database } from '../../db/schema.ts'

type Db = Kysely<Database> | Transaction<Database>

export function findUserByEmail(db: Db, email: string): Promise<AppUserRow | undefined> {
  return db.selectFrom('app_user').selectAll().where('email', '=', email).executeTakeFirst()
}

export function findUserById(db: Db, id: string): Promise<AppUserRow | undefined> {
  return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst()
}

export function listUsers(db: Db): Promise<AppUserRow[]> {
  return db.selectFrom('app_user').selectAll().orderBy('email').execute()
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('app_user')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const row = await db
    .selectFrom('app_user')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('role', '=', 'ADMIN')
    .where('disabled_at', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function insertUser(db: Db, row: AppUserTable): Promise<void> {
  await db.insertInto('app_user').values(row).execute()
}

export async function updateUserRow(
  db: Db,
  id: string,
  patch: Partial<Pick<AppUserTable, 'name' | 'role' | 'disabled_at'>>,
): Promise<void> {
  await db.updateTable('app_user').set(patch).where('id', '=', id).execute()
}

export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('user_session').where('user_id', '=', userId).execute()
}
