import { sql, type Kysely, type SqlBool } from 'kysely'
import type { Database } from '../../db/schema.ts'
import type { RankHistoryUnit } from '#shared/dto/ranking.ts'
import { compareVietnamese } from '#shared/text/compare-vietnamese.ts'
import {
  type CohortKey,
  type Visibility,
  cohortRanks,
  findCohortYears,
} from '#server/cohorts/cohorts.repository.ts'
import { findOrderedCodes } from './stored-ranks.repository.ts'

/**
 * Which units a history holds: `units` (codes, any case) and the top and bottom `ends` of the
 * last year; both absent, every unit of the cohort.
 */
export type HistorySelection = { units?: readonly string[]; ends?: number }

/**
 * The codes a selection names, as stored: the top and bottom `ends` of `year` in rank order and
 * the `units` ranked in the cohort up to `year`; `missing` the units never ranked there.
 */
async function selectUnits(
  db: Kysely<Database>,
  cohort: CohortKey,
  visibility: Visibility,
  year: number,
  selection: HistorySelection,
) {
  const key = { cohort, visibility, year }
  const codes = new Set<string>()
  if (selection.ends !== undefined) {
    const ranked = (await findCohortYears(db, cohort, visibility)).find((y) => y.year === year)
    const page = { sort: 'rank' as const, dir: 'asc' as const, words: [], limit: selection.ends }
    const [top, bottom] = await Promise.all([
      findOrderedCodes(db, key, { ...page, offset: 0 }),
      findOrderedCodes(db, key, {
        ...page,
        offset: Math.max(0, (ranked?.units ?? 0) - selection.ends),
      }),
    ])
    for (const code of [...top, ...bottom]) codes.add(code)
  }
  const wanted = selection.units ?? []
  const missing: string[] = []
  if (wanted.length > 0) {
    const rows = await cohortRanks(db, cohort, visibility)
      .select('cohort_rank.unit_code')
      .distinct()
      .where('cohort_rank.year', '<=', year)
      .where(
        sql<SqlBool>`upper(cohort_rank.unit_code) in (${sql.join(wanted.map((c) => c.toUpperCase()))})`,
      )
      .execute()
    const stored = new Map(rows.map((r) => [r.unit_code.toUpperCase(), r.unit_code]))
    for (const code of wanted) {
      const hit = stored.get(code.toUpperCase())
      if (hit) codes.add(hit)
      else missing.push(code)
    }
  }
  return { codes: [...codes], missing }
}

/**
 * Units' stored ranks in each of the cohort's years up to `upTo` (all years when omitted),
 * folded into one array of ranks a unit, aligned with `years`: every unit, or the selection's
 * (a bump chart of a large cohort asks for its ends and the units searched for). The ranks come
 * from the rank index alone (it holds year, rank and unit code) and the names from one read of
 * the units, not from a join repeating each name once a year.
 */
export async function findRankHistory(
  db: Kysely<Database>,
  cohort: CohortKey,
  visibility: Visibility,
  upTo: number | undefined,
  selection: HistorySelection = {},
) {
  const cohortYears = (await findCohortYears(db, cohort, visibility)).filter(
    (y) => upTo === undefined || y.year <= upTo,
  )
  const years = cohortYears.map((y) => y.year)
  const totals = cohortYears.map((y) => y.total)
  const wanted = selection.units ?? []
  if (years.length === 0)
    return { years, totals, units: [], unitCount: 0, missingUnits: [...wanted] }
  const last = years[years.length - 1]!
  const all = cohortRanks(db, cohort, visibility).where('cohort_rank.year', '<=', last)
  const selecting = selection.ends !== undefined || wanted.length > 0
  const [selected, count] = await Promise.all([
    selecting ? selectUnits(db, cohort, visibility, last, selection) : null,
    all
      .select((eb) => eb.fn.count<number>('cohort_rank.unit_code').distinct().as('n'))
      .executeTakeFirst(),
  ])
  const unitCount = Number(count?.n ?? 0)
  const missingUnits = selected?.missing ?? []
  if (selected && selected.codes.length === 0)
    return { years, totals, units: [], unitCount, missingUnits }
  // The selected units' rows found by key, a (year, unit) pair at a time, not by reading every
  // rank of every year and keeping theirs.
  const ranked = selected
    ? cohortRanks(db, cohort, visibility)
        .where('cohort_rank.year', 'in', years)
        .where('cohort_rank.unit_code', 'in', selected.codes)
    : all
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
      .where('code', 'in', selected ? selected.codes : ranked.select('cohort_rank.unit_code'))
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
  const lastColumn = years.length - 1
  const units = [...byUnit.values()].sort(
    (a, b) =>
      (a.ranks[lastColumn] ?? Infinity) - (b.ranks[lastColumn] ?? Infinity) ||
      compareVietnamese(a.unit.name, b.unit.name),
  )
  return { years, totals, units, unitCount, missingUnits }
}
