import type { Kysely } from 'kysely'
import { foldLabel } from '#shared/text/fold-unit-name.ts'
import type { Database } from '#server/db/schema.ts'
import { notFound } from '#server/lib/errors.ts'
import { type VersionMemo, remembered } from '#server/lib/version-memo.ts'
import type { CohortKey, Visibility } from './cohorts.repository.ts'
import { findUnitRow, rankScope } from './cohorts.repository.ts'

/** The cohort's parent unit (matched without regard to case), or a 404 naming the code. */
export async function requireParentUnit(db: Kysely<Database>, code: string) {
  const parent = await findUnitRow(db, code)
  if (!parent) throw notFound(`Unknown parent unit ${code}`)
  return parent
}

/**
 * The cohort a request names: its parent (404 when unknown) and its block, the name as imported
 * matched after case, accent-free folding ("phuong" finds "Phường"); a block the parent's units
 * of that level were never ranked in is a 404 listing the ones that exist. The blocks are those
 * of the reader's scope: a block only a draft decision made is unknown to a reader, and never
 * named. Kept in `memo` for the data version when given (ADR 040); a 404 is not kept.
 */
export function requireCohort(
  db: Kysely<Database>,
  query: { parent: string; kind: string; cohort: string },
  visibility: Visibility,
  memo?: VersionMemo | null,
) {
  const key = ['cohort', query.parent, query.kind, query.cohort, visibility.includeDrafts]
  return remembered(memo, key, () => readCohort(db, query, visibility))
}

async function readCohort(
  db: Kysely<Database>,
  query: { parent: string; kind: string; cohort: string },
  visibility: Visibility,
) {
  const parent = await requireParentUnit(db, query.parent)
  const cohort: CohortKey = { parentCode: parent.code, kind: query.kind, block: query.cohort }
  if (query.cohort === '') return { parent, cohort }
  const blocks = (
    await db
      .selectFrom('cohort_year')
      .select('block')
      .distinct()
      .where('parent_code', '=', parent.code)
      .where('kind', '=', query.kind)
      .where('scope', '=', rankScope(visibility))
      .execute()
  ).map((r) => r.block)
  if (blocks.includes(query.cohort)) return { parent, cohort }
  const wanted = foldLabel(query.cohort)
  const match = blocks.find((b) => foldLabel(b) === wanted)
  if (match !== undefined) return { parent, cohort: { ...cohort, block: match } }
  const known = blocks.filter((b) => b !== '').map((b) => `"${b}"`)
  throw notFound(
    `Unknown block "${query.cohort}" for ${parent.code} ${query.kind}` +
      (known.length > 0 ? `; blocks: ${known.join(', ')}` : '; it has no blocks'),
  )
}
