import type { Kysely, Transaction } from 'kysely'
import { READ_ACCESS_MODES, type ReadAccess } from '#shared/schemas/settings.schema.ts'
import type { Database } from '../../db/schema.ts'

export const READ_ACCESS_KEY = 'read_access'

/** The stored mode; 'public' when unset or unreadable (the demo default). */
export async function getReadAccess(
  db: Kysely<Database> | Transaction<Database>,
): Promise<ReadAccess> {
  const row = await db
    .selectFrom('app_setting')
    .select('value')
    .where('key', '=', READ_ACCESS_KEY)
    .executeTakeFirst()
  return READ_ACCESS_MODES.find((mode) => mode === row?.value) ?? 'public'
}

export async function setReadAccess(
  db: Kysely<Database> | Transaction<Database>,
  value: ReadAccess,
  now = new Date(),
): Promise<void> {
  const updatedAt = now.toISOString()
  await db
    .insertInto('app_setting')
    .values({ key: READ_ACCESS_KEY, value, updated_at: updatedAt })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: updatedAt }))
    .execute()
}

/** First start: store the env's choice once; later starts keep what an admin set. */
export async function initReadAccess(db: Kysely<Database>, initial: ReadAccess): Promise<boolean> {
  const result = await db
    .insertInto('app_setting')
    .values({ key: READ_ACCESS_KEY, value: initial, updated_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst()
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0
}
