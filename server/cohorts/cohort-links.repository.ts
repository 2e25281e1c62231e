// The cohorts a cohort-year's units came from and went to across a change of the map (ADR 071):
// phường Long Xuyên's 2025 ward block was fed by Thành phố Long Xuyên's 2024 communes, which
// ended that year. Read from the stored ranks and the lineage, never from the map: a published
// cohort is what its decision ranked (ADR 014).
import type { Kysely } from 'kysely'
import { yearReferenceDate } from '#shared/domain/units.ts'
import { chunk } from '#server/lib/chunk.ts'
import type { Database } from '#server/db/schema.ts'
import type { CohortKey, Visibility } from './cohorts.repository.ts'
import { cohortRanks, rankScope } from './cohorts.repository.ts'

/** Codes per IN list: well inside SQLite's and PostgreSQL's parameter limits. */
const CODES_PER_STATEMENT = 500
/** Lineage steps within one year followed (a unit merged twice in a year, as elsewhere). */
const MAX_STEPS = 4

export type CohortLinkRow = {
  parentCode: string
  parentName: string
  kind: string
  block: string
  year: number
  units: number
}

/**
 * The cohorts of the year before and the year after `year` that the cohort-year's units were
 * ranked in, themselves (a unit placed under another parent) or through the units they were
 * formed from (before) or went into (after) by a lineage event within the year between. The
 * cohort itself is left out; each with the number of the cohort-year's units that lead to it,
 * largest first.
 */
export async function findCohortLinks(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number,
  visibility: Visibility,
): Promise<{ before: CohortLinkRow[]; after: CohortLinkRow[] }> {
  const members = (
    await cohortRanks(db, cohort, visibility)
      .where('cohort_rank.year', '=', year)
      .select('cohort_rank.unit_code')
      .execute()
  ).map((r) => r.unit_code)
  if (members.length === 0) return { before: [], after: [] }
  const [before, after] = await Promise.all([
    linkedCohorts(db, cohort, members, year, -1, visibility),
    linkedCohorts(db, cohort, members, year, 1, visibility),
  ])
  return { before, after }
}

async function linkedCohorts(
  db: Kysely<Database>,
  cohort: CohortKey,
  members: readonly string[],
  year: number,
  step: -1 | 1,
  visibility: Visibility,
): Promise<CohortLinkRow[]> {
  const otherYear = year + step
  // Events of the year between the two: after 31 December of the earlier, up to that of the later.
  const from = yearReferenceDate(Math.min(year, otherYear))
  const to = yearReferenceDate(Math.max(year, otherYear))
  // Each code reached, by the members it was reached from.
  const reachedFrom = new Map<string, Set<string>>(members.map((m) => [m, new Set([m])]))
  let frontier = [...members]
  for (let i = 0; i < MAX_STEPS && frontier.length > 0; i++) {
    const next = new Set<string>()
    for (const part of chunk(frontier, CODES_PER_STATEMENT)) {
      const events = await db
        .selectFrom('unit_lineage')
        .select(['from_code', 'to_code'])
        .where('effective_date', '>', from)
        .where('effective_date', '<=', to)
        .where(step < 0 ? 'to_code' : 'from_code', 'in', part)
        .execute()
      for (const e of events) {
        if (e.to_code === null || e.to_code === e.from_code) continue
        const [near, far] = step < 0 ? [e.to_code, e.from_code] : [e.from_code, e.to_code]
        for (const member of reachedFrom.get(near) ?? []) {
          const owners = reachedFrom.get(far) ?? new Set<string>()
          if (owners.has(member)) continue
          owners.add(member)
          reachedFrom.set(far, owners)
          next.add(far)
        }
      }
    }
    frontier = [...next]
  }
  const scope = rankScope(visibility)
  const counts = new Map<string, { row: Omit<CohortLinkRow, 'units'>; members: Set<string> }>()
  for (const part of chunk([...reachedFrom.keys()], CODES_PER_STATEMENT)) {
    const ranks = await db
      .selectFrom('cohort_rank as r')
      .innerJoin('unit as p', 'p.code', 'r.parent_code')
      .select(['r.unit_code', 'r.parent_code', 'p.name as parent_name', 'r.kind', 'r.block'])
      .where('r.scope', '=', scope)
      .where('r.year', '=', otherYear)
      .where('r.unit_code', 'in', part)
      .execute()
    for (const r of ranks) {
      const same =
        r.parent_code === cohort.parentCode && r.kind === cohort.kind && r.block === cohort.block
      if (same) continue
      const key = JSON.stringify([r.parent_code, r.kind, r.block])
      const entry = counts.get(key) ?? {
        row: {
          parentCode: r.parent_code,
          parentName: r.parent_name,
          kind: r.kind,
          block: r.block,
          year: otherYear,
        },
        members: new Set<string>(),
      }
      for (const member of reachedFrom.get(r.unit_code) ?? []) entry.members.add(member)
      counts.set(key, entry)
    }
  }
  return [...counts.values()]
    .map(({ row, members: m }) => ({ ...row, units: m.size }))
    .sort(
      (a, b) =>
        b.units - a.units ||
        a.parentName.localeCompare(b.parentName, 'vi') ||
        a.kind.localeCompare(b.kind) ||
        a.block.localeCompare(b.block, 'vi'),
    )
}
