// Intent: login throttling that counts an attempt before its password is checked, by account,
// by address and by both (docs/security.md, "Login throttling").
// - `login_attempt.attempt_key` now holds the row's kind: `ATTEMPT` (a sign-in being checked or
//   one that failed) or `SIGNED_IN` (an address this account signed in from, kept 30 days).
// - `account` (the lower-cased email typed), `address` (the client address, '' when unknown) and
//   `address_status` (`KNOWN` when the account signed in from it before, else `NEW`).
// Rows of the old keyed form (`email:…`, `ip:…`) are short-lived throttle state: up deletes
// them, down deletes the new rows and drops the columns.
// Portable types only (ADR 001). Frozen: never import app code here.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('login_attempt').execute()
  await db.schema.alterTable('login_attempt').addColumn('account', 'text').execute()
  await db.schema.alterTable('login_attempt').addColumn('address', 'text').execute()
  await db.schema.alterTable('login_attempt').addColumn('address_status', 'text').execute()
  await db.schema
    .createIndex('login_attempt_account_idx')
    .on('login_attempt')
    .columns(['account', 'at'])
    .execute()
  await db.schema
    .createIndex('login_attempt_address_idx')
    .on('login_attempt')
    .columns(['address', 'at'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('login_attempt').execute()
  await db.schema.dropIndex('login_attempt_address_idx').execute()
  await db.schema.dropIndex('login_attempt_account_idx').execute()
  await db.schema.alterTable('login_attempt').dropColumn('address_status').execute()
  await db.schema.alterTable('login_attempt').dropColumn('address').execute()
  await db.schema.alterTable('login_attempt').dropColumn('account').execute()
}
