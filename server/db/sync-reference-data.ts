import type { Kysely } from 'kysely'
import { AWARD_CODES, AWARD_KINDS } from '#shared/domain/award-kinds.ts'
import type { Database } from './schema.ts'

/**
 * Writes the award taxonomy of shared/domain into award_type. The code list is the source of
 * truth (STYLE B.1); the table exists so grants can reference it and SQL can join labels.
 */
export async function syncReferenceData(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const [index, code] of AWARD_CODES.entries()) {
      const kind = AWARD_KINDS[code]
      const labels = {
        name_vi: kind.vi,
        name_en: kind.en,
        family: kind.family,
        recipients: kind.recipients.join(','),
        issuers: kind.issuers.join(','),
        sort_order: index,
      }
      // The key is not in the update: SQLite treats any SET of a referenced key as a key change
      // and scans award_grant (no index on award_code) for every type, seconds on a national
      // database at every start.
      await trx
        .insertInto('award_type')
        .values({ code, ...labels })
        .onConflict((oc) => oc.column('code').doUpdateSet(labels))
        .execute()
    }
  })
}
