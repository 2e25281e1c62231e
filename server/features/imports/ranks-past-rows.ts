// A warning on a cohort-year left without a size whose published ranks run past its rows: part
// of a ranking the file does not size.
import type { AssessmentRow } from '#server/db/schema.ts'
import { impliedCohortSize, publishedRankRowOf } from '#shared/kpi/implied-cohort-size.ts'
import type { KindContext } from './import-kind.ts'
import type { PlannedAssessment } from './planned-assessment.ts'

/** A row as it will be stored, with the level it is ranked at. */
export type MergedAssessment = { p: PlannedAssessment; after: AssessmentRow; kind: string }

/**
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
    if (impliedCohortSize(own) === null || own.some((a) => a.published_cohort_size !== null))
      continue
    const { after: first, kind } = group[0] as MergedAssessment
    const inFile = new Set(own.map((a) => a.unit_code))
    const others = (
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
    const size = impliedCohortSize([...own, ...others])
    if (size === null || others.some((a) => a.published_cohort_size !== null)) continue
    const highest = group.find((m) => m.after.published_rank === size)
    highest?.p.r.warn('rank', 'RANKS_PAST_ROWS', { rows: own.length + others.length, rank: size })
  }
}
