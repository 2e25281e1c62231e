// Which units a page of a cohort-year's award list shows, from the units' stored sums (ADR 032):
// by a count, unsearched, cut in SQL (award-window.ts); by name or searched, every unit's name
// is read with its sums — never its grants.
import type { Kysely } from 'kysely'
import type { UnitRef } from '#shared/dto/unit.ts'
import type { AwardSort } from '#shared/schemas/awards.schema.ts'
import type { SortDirection } from '#shared/schemas/cohorts.schema.ts'
import type { Database } from '#server/db/schema.ts'
import { listUnits, type ListAsk } from '#server/cohorts/cohort-list.ts'
import type { CohortKey } from '#server/cohorts/cohorts.repository.ts'
import { awardWindow } from './award-window.ts'
import { findCohortAwardYear, findNamedAwardSums } from './stored-awards.repository.ts'

export type AwardPage = {
  /** Units with grants in the cohort-year. */
  total: number
  /** Of those, the units the search matched. */
  matched: number
  offset: number
  units: UnitRef[]
}

export async function findAwardPage(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number,
  sort: AwardSort,
  dir: SortDirection,
  ask: ListAsk,
): Promise<AwardPage> {
  const offset = ask.offset ?? 0
  if (sort !== 'name' && !ask.q) {
    const { units: total } = await findCohortAwardYear(db, cohort, year)
    const end = ask.limit === undefined ? total : offset + ask.limit
    const cut = { cohort, year, count: sort, dir }
    const units = await awardWindow(db, cut, total, offset, end)
    return { total, matched: total, offset, units }
  }
  const named = await findNamedAwardSums(db, cohort, year)
  const value = sort === 'name' ? null : (item: (typeof named)[number]) => item[sort]
  const list = listUnits(named, { value, dir }, ask)
  return {
    total: named.length,
    matched: list.matched,
    offset: list.offset,
    units: list.page.map((item) => item.unit),
  }
}
