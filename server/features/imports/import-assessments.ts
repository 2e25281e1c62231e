// kind=assessments: one row per unit and year. The index and grade are computed (points ÷
// maximum; the covering scheme's bands); the file's rank, grade and index are stored as the
// published values and compared, never trusted over the computation. A row with the index alone
// (a national table of percentages) is ranked on it. Each row records the cohort the decision
// ranked it in (ADR 014): the parent in force that year (or the import's `?parent=` / the
// `cohort_parent` column when that is an ancestor), the block (`cohort`) and the size published,
// and the decision its own columns give, else the one the title lines cite (an annex's).
import {
  indexSchemes,
  loadSchemes,
  schemeForUnit,
  type FullScheme,
} from '#server/write-path/schemes.repository.ts'
import { checkSize, readCohortParent, type SizeSeen } from './assessment-cohort.ts'
import { applyTitleDecision } from './assessment-decision.ts'
import { applySections, narrowTitleWarning, warnSections } from './assessment-sections.ts'
import { DuplicateGuard, readYear, type KindHandler } from './import-kind.ts'
import { planAssessments } from './plan-assessments.ts'
import { keepBlockOfOtherYears } from './block-of-other-years.ts'
import { spellBlocksAsStored } from './block-as-stored.ts'
import type { PlannedAssessment } from './planned-assessment.ts'
import { readAssessment } from './read-assessment.ts'
import { RowReader } from './row-reader.ts'
import { ancestors, parentIn } from '#server/write-path/unit-directory.ts'
import { namesChild, resolveUnit } from './resolve-unit.ts'
import { splitSections } from './table-sections.ts'

export const importAssessments: KindHandler = async (sheet, ctx) => {
  const schemes = indexSchemes((await loadSchemes(ctx.db)).values())
  const dup = new DuplicateGuard()
  const planned: PlannedAssessment[] = []
  const kinds = new Map<PlannedAssessment, string>()
  const schemeByScope = new Map<string, FullScheme | undefined>()
  const sizes: SizeSeen = new Map()
  const { rows, sectionOf, sections } = splitSections(
    sheet,
    // A heading's text naming a unit of the import's parent is a unit row, not a heading.
    (name) => (name !== '' && ctx.parentCode ? namesChild(ctx.units, ctx.parentCode, name) : null),
    (row, label) => ctx.issues.warn(row, null, 'SUMMARY_ROW_SKIPPED', { label }),
  )
  narrowTitleWarning(sheet, sections, ctx.issues)
  for (const tableRow of rows) {
    const r = new RowReader(sheet, tableRow)
    const year = readYear(r)
    const unit = resolveUnit(r, ctx.units, ctx.parentCode, year ?? undefined)
    if (!unit || !year) continue
    const placed = parentIn(unit, year)
    // A unit's scheme depends only on its parent chain, kind and year: found once per cohort.
    const scope = `${placed ?? ''}|${unit.kind}|${year}`
    const chain = ancestors(ctx.units, unit, year).map((u) => u.code)
    let scheme = schemeByScope.get(scope)
    if (!schemeByScope.has(scope)) {
      schemeByScope.set(scope, (scheme = schemeForUnit(schemes, chain, unit.kind, year)))
    }
    const cohortParent = readCohortParent(r, ctx, unit.code, year, placed, chain)
    if (cohortParent === undefined) continue
    const item = readAssessment(r, ctx, unit.code, year, scheme)
    if (!item || r.failed || !dup.check(r, `${unit.code}|${year}`)) continue
    item.assessment.cohort_parent_code = cohortParent
    item.explicitParent = r.text('cohort_parent') !== '' || ctx.parentCode !== undefined
    item.section = sectionOf.get(r.row)
    kinds.set(item, unit.kind)
    planned.push(item)
  }
  applyTitleDecision(sheet, planned, ctx.issues)
  const sized = applySections(sheet, sections, planned, kinds)
  await spellBlocksAsStored(ctx, planned)
  for (const item of planned) {
    const { r, assessment: a } = item
    checkSize(
      r,
      sizes,
      `${a.cohort_parent_code}|${kinds.get(item)}|${a.cohort_block}|${a.year}`,
      item,
    )
  }
  if (ctx.issues.errorCount === 0) await keepBlockOfOtherYears(ctx, planned, kinds)
  // Once the blocks are settled: a heading says where its rows went.
  warnSections(sections, sized, planned, kinds, ctx)
  if (ctx.issues.errorCount > 0) return
  await planAssessments(ctx, planned, kinds)
}
