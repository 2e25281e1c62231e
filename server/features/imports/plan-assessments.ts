// The changes an assessments file makes: each planned row merged with the stored one and recorded
// in the import's change set.
import { diffRows } from '#server/write-path/change-set.ts'
import { existingRowsByKey } from '#server/write-path/existing-rows-by-key.ts'
import { assessmentChange } from './assessment-changes.ts'
import type { KindContext } from './import-kind.ts'
import { mergeAssessment } from './merge-assessment.ts'
import type { PlannedAssessment } from './planned-assessment.ts'
import { previewShown } from './preview-shown.ts'
import { type MergedAssessment, warnRanksPastRows } from './ranks-past-rows.ts'

/** Each planned row merged with the stored one and recorded in the import's change set. */
export async function planAssessments(
  ctx: KindContext,
  planned: PlannedAssessment[],
  kinds: ReadonlyMap<PlannedAssessment, string>,
) {
  const units = new Set(planned.map((p) => p.assessment.unit_code))
  const years = new Set(planned.map((p) => p.assessment.year))
  const existing = await existingRowsByKey(ctx.db, 'assessment', units, years)
  const merged: MergedAssessment[] = []
  for (const p of planned) {
    const { row, r, fields } = p
    const key = `${p.assessment.unit_code}|${p.assessment.year}`
    const before = existing.get(key)
    const after = mergeAssessment(p, before)
    if (!after) continue
    merged.push({ p, after, kind: kinds.get(p) ?? '' })
    const rowDiff = before ? (diffRows(before, after) ?? undefined) : undefined
    const { changes, diff } = assessmentChange(key, before, after, rowDiff, fields)
    if (before?.status === 'PUBLISHED' && changes.length > 0) {
      r.warn(null, 'PUBLISHED_CHANGED', { key: `${after.unit_code} ${after.year}` })
    }
    ctx.set.record(row, key, !before, changes, diff, () =>
      previewShown('assessments', ctx.units, after),
    )
  }
  await warnRanksPastRows(ctx, merged)
}
