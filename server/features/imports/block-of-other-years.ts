// The block a file that names none ranks its rows in: a decision ranking the same units every
// year keeps them in one block, but only some years' tables print its name ("Sở, ban, ngành",
// the heading of the 2023 and 2025 tables; none in 2024's). Without this, the year without it
// would be a cohort of its own, its changes "not comparable" with every other year (ADR 067).
import type { KindContext } from './import-kind.ts'
import type { PlannedAssessment } from './planned-assessment.ts'
import { chunk } from '#server/lib/chunk.ts'

type Stored = {
  unit_code: string
  year: number
  cohort_parent_code: string | null
  cohort_block: string
}

/**
 * Rows the file leaves without a block (no `cohort` column, no heading making one) take, per
 * cohort-year, the one block their units were ranked in under the same parent in the nearest
 * year stored (the year itself first, for rows already there): only when every unit ranked in
 * another year was in that same named block. Said once on the cohort-year's first row.
 */
export async function keepBlockOfOtherYears(
  ctx: KindContext,
  planned: readonly PlannedAssessment[],
  kinds: ReadonlyMap<PlannedAssessment, string>,
): Promise<void> {
  const groups = new Map<string, PlannedAssessment[]>()
  for (const p of planned) {
    // A `cohort` column, or a heading that made a block (assessment-sections.ts): the file has
    // said how it ranks them. A heading that makes none ("I. KHỐI SỞ, BAN, NGÀNH" over the
    // departments alone) names no block either: its rows keep theirs, as rows under none do.
    const said = p.r.sheet.index.has('cohort') || p.given.has('cohort')
    if (said || p.assessment.cohort_block !== '') continue
    const a = p.assessment
    const key = `${a.cohort_parent_code ?? ''}|${kinds.get(p) ?? ''}|${a.year}`
    const group = groups.get(key)
    if (group) group.push(p)
    else groups.set(key, [p])
  }
  if (groups.size === 0) return
  const units = new Set([...groups.values()].flat().map((p) => p.assessment.unit_code))
  const stored = new Map<string, Stored[]>()
  for (const part of chunk([...units], 1000)) {
    const rows = await ctx.db
      .selectFrom('assessment')
      .select(['unit_code', 'year', 'cohort_parent_code', 'cohort_block'])
      .where('unit_code', 'in', part)
      .execute()
    for (const row of rows) {
      const list = stored.get(row.unit_code)
      if (list) list.push(row)
      else stored.set(row.unit_code, [row])
    }
  }
  for (const group of groups.values()) {
    const first = group[0]
    if (!first) continue
    const { cohort_parent_code: parent, year } = first.assessment
    const blocks = new Set<string>()
    const years = new Set<number>()
    for (const p of group) {
      const mine = (stored.get(p.assessment.unit_code) ?? []).filter(
        (s) => s.cohort_parent_code === parent,
      )
      // The nearest year, the earlier of two as near.
      const nearest = mine.sort(
        (a, b) => Math.abs(a.year - year) - Math.abs(b.year - year) || a.year - b.year,
      )[0]
      if (!nearest) continue
      blocks.add(nearest.cohort_block)
      for (const s of mine) if (s.cohort_block === nearest.cohort_block) years.add(s.year)
    }
    const [block] = blocks
    if (blocks.size !== 1 || !block) continue
    for (const p of group) {
      p.assessment.cohort_block = block
      p.given.add('cohort')
    }
    first.r.warn(null, 'COHORT_BLOCK_KEPT', {
      block,
      year,
      units: group.length,
      years: [...years].sort((a, b) => a - b).join(', '),
    })
  }
}
