// Publishing a cohort-year: every assessment of (parent, kind, year) becomes PUBLISHED with the
// decision's number and date; each changed row is audited. Until then results are drafts.
import type { Kysely } from 'kysely'
import { withoutFieldPoints } from '#server/db/field-points.ts'
import type { AssessmentRow, Database } from '#server/db/schema.ts'
import type { SessionUser } from '#server/lib/app-env.ts'
import type { CohortYearStatus } from '#shared/dto/publication.ts'
import { entityKey, type Change } from '#server/features/imports/change-set.ts'
import { nowIso, upsertRows, writeAudit } from '#server/features/imports/write-changes.ts'
import { bumpDataVersion } from '#server/lib/data-version.ts'
import { refreshCohortRanks } from '#server/features/cohorts/refresh-cohort-ranks.ts'

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
  return db.transaction().execute(async (trx) => {
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

/** Years of a cohort with their publication state, newest first. */
export async function listCohortYears(
  db: Kysely<Database>,
  parentCode: string,
  kind: string,
  block = '',
): Promise<CohortYearStatus[]> {
  const rows = await db
    .selectFrom('assessment as a')
    .innerJoin('unit as u', 'u.code', 'a.unit_code')
    .select(['a.year', 'a.status', 'a.decision_no', 'a.decision_date'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('a.cohort_parent_code', '=', parentCode)
    .where('a.cohort_block', '=', block)
    .where('u.kind', '=', kind)
    .groupBy(['a.year', 'a.status', 'a.decision_no', 'a.decision_date'])
    .orderBy('a.year', 'desc')
    .execute()
  const byYear = new Map<number, CohortYearStatus>()
  for (const r of rows) {
    const n = Number(r.n)
    const seen = byYear.get(r.year)
    if (!seen) {
      byYear.set(r.year, {
        year: r.year,
        status: r.status === 'PUBLISHED' ? 'PUBLISHED' : 'DRAFT',
        decisionNo: r.decision_no,
        decisionDate: r.decision_date,
        units: n,
      })
      continue
    }
    seen.units += n
    if ((seen.status === 'PUBLISHED') !== (r.status === 'PUBLISHED')) seen.status = 'MIXED'
    if (r.status === 'PUBLISHED')
      Object.assign(seen, { decisionNo: r.decision_no, decisionDate: r.decision_date })
  }
  return [...byYear.values()]
}
