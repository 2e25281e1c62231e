// The data version: one opaque value in app_setting that changes whenever data the read API
// depends on changes (ADR 007). HTTP validators (ETags) are derived from it, so every instance
// that shares the database agrees on them without talking to the others.
import { randomUUID } from 'node:crypto'
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../db/schema.ts'

export const DATA_VERSION_KEY = 'data_version'

type Executor = Kysely<Database> | Transaction<Database>

function newVersion(now: Date): string {
  // Random, not a counter: a database recreated from scratch must never reuse a version that
  // a browser still holds an ETag for.
  return `${now.getTime().toString(36)}-${randomUUID().slice(0, 8)}`
}

/**
 * Marks the data as changed. Call it inside every write transaction that changes what a read
 * endpoint returns (imports and their undo, publications, scheme edits, restores), so the new
 * version commits atomically with the data.
 */
export async function bumpDataVersion(db: Executor, now = new Date()): Promise<string> {
  return bumpSetting(db, DATA_VERSION_KEY, now)
}

/**
 * The units version: changes whenever a unit, placement or lineage row is written, so an
 * instance's in-memory unit directory (unit-directory.ts) knows it is stale, whichever
 * instance wrote. A placement corrected to a parent code of the same length leaves counts and
 * lengths as they were; this does not.
 */
export const UNITS_VERSION_KEY = 'units_version'

export async function bumpUnitsVersion(db: Executor, now = new Date()): Promise<string> {
  return bumpSetting(db, UNITS_VERSION_KEY, now)
}

/** The units version, '' before the first write of a unit. */
export async function readUnitsVersion(db: Executor): Promise<string> {
  return (await readSetting(db, UNITS_VERSION_KEY)) ?? ''
}

async function readSetting(db: Executor, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('app_setting')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst()
  return row?.value
}

async function bumpSetting(db: Executor, key: string, now: Date): Promise<string> {
  const value = newVersion(now)
  const updatedAt = now.toISOString()
  await db
    .insertInto('app_setting')
    .values({ key, value, updated_at: updatedAt })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: updatedAt }))
    .execute()
  return value
}

/** The current version; a database that never had one gets a fresh random one. */
export async function readDataVersion(db: Executor): Promise<string> {
  const current = await readSetting(db, DATA_VERSION_KEY)
  if (current !== undefined) return current
  const now = new Date()
  await db
    .insertInto('app_setting')
    .values({ key: DATA_VERSION_KEY, value: newVersion(now), updated_at: now.toISOString() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute()
  // Read back: another instance may have won the insert race.
  const stored = await readSetting(db, DATA_VERSION_KEY)
  if (stored === undefined) throw new Error(`${DATA_VERSION_KEY} missing after its insert`)
  return stored
}
