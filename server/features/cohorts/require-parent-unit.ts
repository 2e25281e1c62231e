import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'
import { notFound } from '../../lib/errors.ts'
import { findUnitRow } from './cohorts.repository.ts'

/** The cohort's parent unit, or the API's 404 naming the unknown code. */
export async function requireParentUnit(db: Kysely<Database>, code: string) {
  const parent = await findUnitRow(db, code)
  if (!parent) throw notFound(`Unknown parent unit ${code}`)
  return parent
}
