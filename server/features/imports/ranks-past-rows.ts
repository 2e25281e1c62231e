// A warning on a cohort-year left without a size whose published ranks run past its rows: part
// of a ranking the file does not size.
import type { AssessmentRow } from '#server/db/schema.ts'
import { parentIn, unitByCode, validIn } from '#server/write-path/unit-directory.ts'
import { impliedCohortSize, publishedRankRowOf } from '#shared/kpi/implied-cohort-size.ts'
import type { KindContext } from './import-kind.ts'
import type { PlannedAssessment } from './planned-assessment.ts'

/** A row as it will be stored, with the level it is ranked at. */
export type MergedAssessment = { p: PlannedAssessment; after: AssessmentRow; kind: string }

/**
 * Also a cohort-year whose published ranks stay within its rows and give no size, while the unit
 * list holds more units of its level under its parent that year (Đồng Nai's districts 1–3 of a
 * press report, the list holding five): the ranks are shown of the rows, which may be a part; said
 * on its first row, so an editor who has the size adds it.
 *
 * A cohort-year this file leaves without a size and with a published rank past every unit it
 * holds (the first and the last three of fifteen): part of a ranking it does not size, shown of
 * its highest rank (implied-cohort-size.ts). Said on the file's row of that rank. Rows as they
 * will be stored (a size stored earlier stands), with the cohort-year's other stored units (a
 * file completing a table already partly loaded makes it whole), read only for a cohort-year
 * the file's own rows run past.
 */
export async function warnRanksPastRows(
  ctx: KindContext,
  merged: readonly MergedAssessment[],
): Promise<void> {
  const groups = new Map<string, MergedAssessment[]>()
  for (const m of merged) {
    const key = `${m.after.cohort_parent_code}|${m.kind}|${m.after.cohort_block}|${m.after.year}`
    const group = groups.get(key)
    if (group) group.push(m)
    else groups.set(key, [m])
  }
  for (const group of groups.values()) {
    const own = group.map((m) => m.after)
    if (own.some((a) => a.published_cohort_size !== null)) continue
    // Ranks within the file's rows: read the stored ones only where the unit list could say more.
    if (impliedCohortSize(own) === null) {
      if (!own.some((a) => a.published_rank !== null)) continue
      const listed = listedUnits(ctx, group)
      if (listed > own.length) await warnWhole(ctx, group, listed)
      continue
    }
    const others = await storedOthers(ctx, group)
    const size = impliedCohortSize([...own, ...others])
    if (others.some((a) => a.published_cohort_size !== null)) continue
    if (size === null) {
      warnFewerThanListed(ctx, group, own.length + others.length, listedUnits(ctx, group))
      continue
    }
    const highest = group.find((m) => m.after.published_rank === size)
    highest?.p.r.warn('rank', 'RANKS_PAST_ROWS', { rows: own.length + others.length, rank: size })
  }
}

/** Units of the group's level placed under its cohort's parent and in being in its year. */
function listedUnits(ctx: KindContext, group: readonly MergedAssessment[]): number {
  const { after: first, kind } = group[0] as MergedAssessment
  // A block ranks some of a level's units: the list cannot say how many the block holds.
  if (first.cohort_block !== '' || first.cohort_parent_code === null) return 0
  const parent = unitByCode(ctx.units, first.cohort_parent_code)?.code ?? first.cohort_parent_code
  let listed = 0
  for (const unit of ctx.units.byCode.values())
    if (unit.kind === kind && validIn(unit, first.year) && parentIn(unit, first.year) === parent)
      listed += 1
  return listed
}

/** The warning for a whole group, with the cohort-year's stored units counted in. */
async function warnWhole(
  ctx: KindContext,
  group: readonly MergedAssessment[],
  listed: number,
): Promise<void> {
  const others = await storedOthers(ctx, group)
  if (others.some((a) => a.published_cohort_size !== null)) return
  if (impliedCohortSize([...group.map((m) => m.after), ...others]) !== null) return
  warnFewerThanListed(ctx, group, group.length + others.length, listed)
}

/** The warning, when the unit list (`listed`, from listedUnits) holds more than the `rows` ranked. */
function warnFewerThanListed(
  ctx: KindContext,
  group: readonly MergedAssessment[],
  rows: number,
  listed: number,
): void {
  if (listed <= rows) return
  const { after: first, kind } = group[0] as MergedAssessment
  const code = first.cohort_parent_code ?? ''
  const parent = unitByCode(ctx.units, code)?.name ?? code
  const ranked = group.find((m) => m.after.published_rank !== null) ?? group[0]
  ranked?.p.r.warn('rank', 'RANKED_FEWER_THAN_LISTED', {
    rows,
    listed,
    kind,
    parent,
    year: first.year,
  })
}

/** The cohort-year's stored units the file does not hold, their published rank and size. */
async function storedOthers(ctx: KindContext, group: readonly MergedAssessment[]) {
  const { after: first, kind } = group[0] as MergedAssessment
  const inFile = new Set(group.map((m) => m.after.unit_code))
  return (
    await ctx.db
      .selectFrom('assessment as a')
      .innerJoin('unit as u', 'u.code', 'a.unit_code')
      .select(['a.unit_code', 'a.published_rank', 'a.published_cohort_size'])
      .where('a.cohort_parent_code', '=', first.cohort_parent_code)
      .where('a.cohort_block', '=', first.cohort_block)
      .where('a.year', '=', first.year)
      .where('u.kind', '=', kind)
      .execute()
  )
    .filter((a) => !inFile.has(a.unit_code))
    .map(publishedRankRowOf)
}
