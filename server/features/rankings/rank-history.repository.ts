import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'
import type { RankHistoryUnit } from '#shared/dto/ranking.ts'
import { compareVietnamese } from '#shared/text/compare-vietnamese.ts'
import {
  type CohortKey,
  type Visibility,
  cohortRanks,
  findCohortYears,
} from '../cohorts/cohorts.repository.ts'

/**
 * Every unit's stored rank in each of the cohort's years up to `upTo` (all years when omitted),
 * folded into one array of ranks a unit, aligned with `years`. The ranks come from the rank
 * index alone (it holds year, rank and unit code) and the names from one read of the cohort's
 * units, not from a join repeating each name once a year.
 */
export async function findRankHistory(
  db: Kysely<Database>,
  cohort: CohortKey,
  visibility: Visibility,
  upTo: number | undefined,
) {
  const cohortYears = (await findCohortYears(db, cohort, visibility)).filter(
    (y) => upTo === undefined || y.year <= upTo,
  )
  const years = cohortYears.map((y) => y.year)
  const totals = cohortYears.map((y) => y.total)
  if (years.length === 0) return { years, totals, units: [] }
  const ranked = cohortRanks(db, cohort, visibility).where(
    'cohort_rank.year',
    '<=',
    years[years.length - 1]!,
  )
  const [rows, names] = await Promise.all([
    // The rank as published where the decision gave one (ADR 014), else the computed one.
    ranked
      .innerJoin('assessment as a', (join) =>
        join
          .onRef('a.unit_code', '=', 'cohort_rank.unit_code')
          .onRef('a.year', '=', 'cohort_rank.year'),
      )
      .select((eb) => [
        'cohort_rank.unit_code',
        'cohort_rank.year',
        eb.fn.coalesce('a.published_rank', 'cohort_rank.rank').as('rank'),
      ])
      .execute(),
    db
      .selectFrom('unit')
      .select(['code', 'name'])
      .where('code', 'in', ranked.select('cohort_rank.unit_code'))
      .execute(),
  ])
  const nameOf = new Map(names.map((u) => [u.code, u.name]))
  const column = new Map(years.map((year, i) => [year, i]))
  const byUnit = new Map<string, RankHistoryUnit>()
  for (const row of rows) {
    let entry = byUnit.get(row.unit_code)
    if (!entry) {
      const name = nameOf.get(row.unit_code) ?? row.unit_code
      entry = { unit: { code: row.unit_code, name }, ranks: years.map(() => null) }
      byUnit.set(row.unit_code, entry)
    }
    const i = column.get(Number(row.year))
    if (i !== undefined) entry.ranks[i] = Number(row.rank)
  }
  const last = years.length - 1
  const units = [...byUnit.values()].sort(
    (a, b) =>
      (a.ranks[last] ?? Infinity) - (b.ranks[last] ?? Infinity) ||
      compareVietnamese(a.unit.name, b.unit.name),
  )
  return { years, totals, units }
}
