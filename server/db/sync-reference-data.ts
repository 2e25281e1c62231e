import type { Kysely, Transaction } from 'kysely'
import {
  AWARD_ISSUER_RULES,
  issuersInAnyPeriod,
  type AwardIssuerRule,
} from '#shared/domain/award-issuer-rules.ts'
import { AWARD_CODES, AWARD_KINDS } from '#shared/domain/award-kinds.ts'
import type { Database } from './schema.ts'

/**
 * Writes the award taxonomy of shared/domain into award_type, and its dated issuer rules into
 * award_issuer_rule. The code lists are the source of truth (STYLE B.1); the tables exist so
 * grants can reference them, SQL can join labels, and the importer checks grants against the
 * rules the database holds.
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
        // Every level allowed in some period; award_issuer_rule says when.
        issuers: issuersInAnyPeriod(code).join(','),
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
    await syncIssuerRules(trx, AWARD_ISSUER_RULES)
  })
}

const ruleKey = (award: string, issuer: string, from: string) => `${award}|${issuer}|${from}`

/** Makes award_issuer_rule hold exactly `rules`, writing only what differs. */
async function syncIssuerRules(trx: Transaction<Database>, rules: readonly AwardIssuerRule[]) {
  const stored = await trx.selectFrom('award_issuer_rule').selectAll().execute()
  const wanted = new Map(rules.map((r) => [ruleKey(r.award, r.issuer, r.validFrom), r]))
  for (const row of stored) {
    if (wanted.has(ruleKey(row.award_code, row.issuer_level, row.valid_from))) continue
    await trx
      .deleteFrom('award_issuer_rule')
      .where('award_code', '=', row.award_code)
      .where('issuer_level', '=', row.issuer_level)
      .where('valid_from', '=', row.valid_from)
      .execute()
  }
  const storedTo = new Map(
    stored.map((r) => [ruleKey(r.award_code, r.issuer_level, r.valid_from), r.valid_to]),
  )
  for (const [key, rule] of wanted) {
    if (storedTo.has(key) && storedTo.get(key) === rule.validTo) continue
    await trx
      .insertInto('award_issuer_rule')
      .values({
        award_code: rule.award,
        issuer_level: rule.issuer,
        valid_from: rule.validFrom,
        valid_to: rule.validTo,
      })
      .onConflict((oc) =>
        oc.columns(['award_code', 'issuer_level', 'valid_from']).doUpdateSet({
          valid_to: rule.validTo,
        }),
      )
      .execute()
  }
}
