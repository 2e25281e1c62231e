// The units either end of a tasks summary can hold, read along the stored completion order
// (ADR 033): the rate as the API rounds it, then tasks planned — the summary's order up to the
// name. Each end is the units up to the one at place `ends` in that order, every unit tied with
// it included (only their names can order those), so the summary's cut of the whole cohort is
// a cut of these.
import type { Kysely } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import { cohortActivity } from '#server/cohorts/cohort-members.repository.ts'
import type { CohortKey } from '#server/cohorts/cohorts.repository.ts'
import type { SortDirection } from '#shared/schemas/cohorts.schema.ts'

/** The codes of the units that can be in the top and the bottom `ends`. */
export async function findEndCandidates(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number,
  ends: number,
): Promise<string[]> {
  if (ends <= 0) return []
  const codes = new Set<string>()
  for (const dir of ['desc', 'asc'] as const)
    for (const code of await endOf(db, cohort, year, ends, dir)) codes.add(code)
  return [...codes]
}

function due(db: Kysely<Database>, cohort: CohortKey, year: number) {
  return cohortActivity(db, cohort, year, 'tasks').where('c.completion_key', 'is not', null)
}

/** One end: `dir` desc is the top (highest rate, most planned), asc the bottom. */
async function endOf(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number,
  ends: number,
  dir: SortDirection,
): Promise<string[]> {
  const cut = await due(db, cohort, year)
    .select(['c.completion_key', 'c.task_planned'])
    .orderBy('c.completion_key', dir)
    .orderBy('c.task_planned', dir)
    .limit(1)
    .offset(ends - 1)
    .executeTakeFirst()
  let rows = due(db, cohort, year)
  if (cut) {
    const key = Number(cut.completion_key)
    const planned = Number(cut.task_planned)
    const beyond = dir === 'desc' ? '>' : '<'
    const upTo = dir === 'desc' ? '>=' : '<='
    // The bound on the key alone is implied by the condition after it, but it is what lets the
    // engine seek along the index to the end's first key: without it SQLite read the whole
    // cohort-year's range (1.0–1.1 ms per end at 10,600 units, 0.05–0.15 ms with it).
    rows = rows
      .where('c.completion_key', upTo, key)
      .where((eb) =>
        eb.or([
          eb('c.completion_key', beyond, key),
          eb.and([eb('c.completion_key', '=', key), eb('c.task_planned', upTo, planned)]),
        ]),
      )
  }
  const found = await rows.select('c.unit_code').execute()
  return found.map((r) => r.unit_code)
}
