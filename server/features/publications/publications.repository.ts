// Publishing a cohort-year: every assessment of (parent, kind, year) becomes PUBLISHED with the
// decision's number and date; each changed row is audited. Until then results are drafts.
import { sql, type Kysely, type SqlBool } from 'kysely'
import { withoutFieldPoints } from '#server/db/field-points.ts'
import type { AssessmentRow, Database } from '#server/db/schema.ts'
import type { SessionUser } from '#server/lib/app-env.ts'
import type { CohortYearStatus } from '#shared/dto/publication.ts'
import { entityKey, type Change } from '#server/write-path/change-set.ts'
import { nowIso, upsertRows, writeAudit } from '#server/write-path/write-changes.ts'
import { bumpDataVersion } from '#server/lib/data-version.ts'
import { refreshCohortRanks } from '#server/cohorts/refresh-cohort-ranks.ts'
import { inWriteTransaction } from '#server/db/write-transaction.ts'

export type PublishInput = {
  parentCode: string
  kind: string
  /** The published block ('' the default cohort). */
  cohort?: string
  year: number
  decisionNo: string | null
  decisionDate: string | null
}

export type PublishOutcome = { units: number; changed: number }

export async function setCohortStatus(
  db: Kysely<Database>,
  input: PublishInput,
  status: 'PUBLISHED' | 'DRAFT',
  actor: SessionUser | null,
): Promise<PublishOutcome> {
  return inWriteTransaction(db, async (trx) => {
    const rows = await trx
      .selectFrom('assessment as a')
      .innerJoin('unit as u', 'u.code', 'a.unit_code')
      .selectAll('a')
      .where('a.cohort_parent_code', '=', input.parentCode)
      .where('a.cohort_block', '=', input.cohort ?? '')
      .where('u.kind', '=', input.kind)
      .where('a.year', '=', input.year)
      .execute()
    const at = nowIso()
    const changes: Change[] = []
    const written: AssessmentRow[] = []
    for (const row of rows) {
      const after: AssessmentRow =
        status === 'PUBLISHED'
          ? {
              ...row,
              status,
              decision_no: input.decisionNo,
              decision_date: input.decisionDate,
              updated_at: at,
            }
          : { ...row, status, updated_at: at }
      if (
        row.status === after.status &&
        row.decision_no === after.decision_no &&
        row.decision_date === after.decision_date
      )
        continue
      changes.push({
        entity: 'assessment',
        key: entityKey('assessment', row),
        action: 'UPDATE',
        before: withoutFieldPoints(row),
        after: withoutFieldPoints(after),
      })
      written.push(after)
    }
    await upsertRows(trx, 'assessment', written)
    if (changes.length > 0) {
      // Status decides the PUBLISHED scope only; ranks over all rows do not move, nor other years.
      await refreshCohortRanks(trx, {
        parents: new Set([input.parentCode]),
        scopes: ['PUBLISHED'],
        years: new Set([input.year]),
      })
      await bumpDataVersion(trx)
    }
    await writeAudit(
      trx,
      changes,
      { batchId: null, at, actor },
      status === 'PUBLISHED' ? 'PUBLISH' : 'UNPUBLISH',
    )
    return { units: rows.length, changed: changes.length }
  })
}

/**
 * Years of a cohort with their publication state, newest first. Read from the stored cohort-years
 * (ADR 010: one row per scope, written with the ranks in every writer's transaction), not from
 * the cohort's assessments: the units of a year are its ALL scope, the published ones its
 * PUBLISHED scope, and the decision is the one on the first unit in rank order of the published
 * scope (of the drafts when none is published) — a few rows whatever the cohort's size.
 */
export async function listCohortYears(
  db: Kysely<Database>,
  parentCode: string,
  kind: string,
  block = '',
): Promise<CohortYearStatus[]> {
  const decision = (column: 'decision_no' | 'decision_date') =>
    db
      .selectFrom('cohort_rank as r')
      .innerJoin('assessment as a', (join) =>
        join.onRef('a.unit_code', '=', 'r.unit_code').onRef('a.year', '=', 'r.year'),
      )
      .select(`a.${column}`)
      // Correlated with the outer cohort-year `y` and its published row `p` (null: none).
      .where(
        sql<SqlBool>`r.parent_code = y.parent_code and r.kind = y.kind and r.block = y.block
          and r.year = y.year
          and r.scope = case when p.unit_count is null then 'ALL' else 'PUBLISHED' end`,
      )
      .orderBy('r.rank')
      .orderBy('r.unit_code')
      .limit(1)
  const rows = await db
    .selectFrom('cohort_year as y')
    .leftJoin('cohort_year as p', (join) =>
      join
        .onRef('p.parent_code', '=', 'y.parent_code')
        .onRef('p.kind', '=', 'y.kind')
        .onRef('p.block', '=', 'y.block')
        .onRef('p.year', '=', 'y.year')
        .on('p.scope', '=', 'PUBLISHED'),
    )
    .select(['y.year', 'y.unit_count as units', 'p.unit_count as published'])
    .select([
      decision('decision_no').as('decision_no'),
      decision('decision_date').as('decision_date'),
    ])
    .where('y.parent_code', '=', parentCode)
    .where('y.kind', '=', kind)
    .where('y.block', '=', block)
    .where('y.scope', '=', 'ALL')
    .orderBy('y.year', 'desc')
    .execute()
  return rows.map((r) => {
    const units = Number(r.units)
    const published = Number(r.published ?? 0)
    return {
      year: Number(r.year),
      status: published === 0 ? 'DRAFT' : published === units ? 'PUBLISHED' : 'MIXED',
      decisionNo: r.decision_no ?? null,
      decisionDate: r.decision_date ?? null,
      units,
    }
  })
}
