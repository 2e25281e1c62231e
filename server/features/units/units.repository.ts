import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'

export function findUnits(db: Kysely<Database>, filter: { parentCode?: string; kind?: string }) {
  let query = db.selectFrom('unit').selectAll()
  if (filter.parentCode) query = query.where('parent_code', '=', filter.parentCode)
  if (filter.kind) query = query.where('kind', '=', filter.kind)
  return query.execute()
}

export function findUnit(db: Kysely<Database>, code: string) {
  return db.selectFrom('unit').selectAll().where('code', '=', code).executeTakeFirst()
}

export async function findChildKinds(db: Kysely<Database>, code: string): Promise<string[]> {
  const rows = await db
    .selectFrom('unit')
    .select('kind')
    .distinct()
    .where('parent_code', '=', code)
    .orderBy('kind')
    .execute()
  return rows.map((r) => r.kind)
}

/** Merge / split / rename events from or to the unit, oldest first, with both names. */
export function findLineage(db: Kysely<Database>, code: string) {
  return db
    .selectFrom('unit_lineage as l')
    .innerJoin('unit as f', 'f.code', 'l.from_code')
    .innerJoin('unit as t', 't.code', 'l.to_code')
    .select([
      'l.event',
      'l.from_code',
      'f.name as from_name',
      'l.to_code',
      't.name as to_name',
      'l.effective_date',
      'l.note',
    ])
    .where((eb) => eb.or([eb('l.from_code', '=', code), eb('l.to_code', '=', code)]))
    .orderBy('l.effective_date')
    .orderBy('l.from_code')
    .execute()
}

export type LineageRow = Awaited<ReturnType<typeof findLineage>>[number]
