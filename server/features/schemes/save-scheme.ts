// Editing a scheme on the Data page: the same replace-and-regrade as a schemes import (fields,
// criteria, bands), audited with the editor as actor (no import batch).
import type { Kysely } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import { type Change } from '#server/write-path/change-set.ts'
import { schemeSignature } from '#server/write-path/scheme-signature.ts'
import { planGradeChanges } from '#server/write-path/recompute-grades.ts'
import { rankRefreshFor, refreshCohortRanks } from '#server/cohorts/refresh-cohort-ranks.ts'
import { loadUnitDirectory } from '#server/write-path/unit-directory.ts'
import { nowIso, writeChanges } from '#server/write-path/write-changes.ts'
import type { SessionUser } from '#server/lib/app-env.ts'
import { AppError, badRequest } from '#server/lib/errors.ts'
import type { SchemeBody } from '#shared/schemas/schemes.schema.ts'
import {
  indexSchemes,
  loadSchemes,
  writeScheme,
  type FullScheme,
} from '#server/write-path/schemes.repository.ts'
import { bumpDataVersion } from '#server/lib/data-version.ts'
import { inWriteTransaction } from '#server/db/write-transaction.ts'

export async function saveScheme(
  db: Kysely<Database>,
  id: string,
  body: SchemeBody,
  actor: SessionUser | null,
) {
  const [province = '', unitKind = '', yearFrom = ''] = id.split(':')
  if (body.yearTo !== null && body.yearTo < Number(yearFrom))
    throw badRequest(`yearTo ${body.yearTo} is before the scheme's first year ${yearFrom}`, [
      { path: 'yearTo', message: `must be ${yearFrom} or later` },
    ])
  return inWriteTransaction(db, async (trx) => {
    const units = await loadUnitDirectory(trx)
    if (!units.byCode.has(province)) throw new AppError(404, 'NOT_FOUND', `No unit ${province}`)
    const at = nowIso()
    const next: FullScheme = {
      scheme: {
        id,
        province_code: province,
        unit_kind: unitKind,
        year_from: Number(yearFrom),
        year_to: body.yearTo,
        name: body.name,
        decision_no: body.decisionNo,
        updated_at: at,
      },
      fields: body.fields.map((f, i) => ({
        scheme_id: id,
        field_code: f.code,
        max_points: f.maxPoints,
        component: f.component,
        sort_order: i,
        appraisal_max: f.appraisalMax,
        survey_max: f.surveyMax,
      })),
      bands: body.bands.map((b, i) => ({
        scheme_id: id,
        grade_code: b.code,
        label_vi: b.labelVi,
        label_en: b.labelEn,
        min_pct: b.minPct,
        sort_order: i,
        min_inclusive: b.minInclusive ? 1 : 0,
      })),
      criteria: body.fields
        .flatMap((f) => f.criteria.map((c) => ({ field: f, c })))
        .map(({ field, c }, i) => ({
          scheme_id: id,
          field_code: field.code,
          criterion_code: c.code,
          name: c.name,
          max_points: c.maxPoints,
          component: c.component ?? field.component,
          sort_order: i,
        })),
    }
    const all = await loadSchemes(trx)
    const before = all.get(id)
    if (before && schemeSignature(before) === schemeSignature(next))
      return { scheme: before, regraded: 0 }
    all.set(id, next)
    // The years of the version replaced are re-graded too: narrowed, it gives some up.
    const regraded = before ? [next, before] : [next]
    const grades = await planGradeChanges(trx, units, indexSchemes(all.values()), regraded, at)
    const change: Change = {
      entity: 'scheme',
      key: id,
      action: before ? 'UPDATE' : 'INSERT',
      before: before ?? null,
      after: next,
    }
    await writeScheme(trx, id, next)
    await writeChanges(trx, [change, ...grades], { batchId: null, at, actor })
    // Grades and whether a year compares with the one before are stored beside the ranks.
    await refreshCohortRanks(trx, await rankRefreshFor(trx, [change, ...grades]))
    await bumpDataVersion(trx)
    return { scheme: next, regraded: grades.length }
  })
}
