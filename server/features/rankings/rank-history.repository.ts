import { codeTable } from '#server/db/code-table.ts'
import { sql, type Kysely, type SqlBool } from 'kysely'
import { isRankAmongLoaded } from '#shared/kpi/rank-denominator.ts'
import type { Database } from '../../db/schema.ts'
import type { RankHistoryUnit } from '#shared/dto/ranking.ts'
import { compareVietnamese } from '#shared/text/compare-vietnamese.ts'
import {
  type CohortKey,
  type Visibility,
  cohortRanks,
  findCohortYears,
  rankScope,
} from '#server/cohorts/cohorts.repository.ts'

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
  const codes = new Set<string>()
  const { ends } = selection
  if (ends !== undefined) {
    // Both ends of the rank order (rank, then code): each read from its own end of the index,
    // not the bottom by skipping all the units above it.
    const end = (dir: 'asc' | 'desc') =>
      cohortRanks(db, cohort, visibility)
        .select('cohort_rank.unit_code')
        .where('cohort_rank.year', '=', year)
        .orderBy('cohort_rank.rank', dir)
        .orderBy('cohort_rank.unit_code', dir)
        .limit(ends)
        .execute()
    const [top, bottom] = await Promise.all([end('asc'), end('desc')])
    for (const row of [...top, ...bottom]) codes.add(row.unit_code)
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
  const loaded = cohortYears.map((y) => y.units)
  const wanted = selection.units ?? []
  if (years.length === 0)
    return { years, totals, loaded, units: [], unitCount: 0, missingUnits: [...wanted] }
  const last = years[years.length - 1]!
  const all = cohortRanks(db, cohort, visibility).where('cohort_rank.year', '<=', last)
  const selecting = selection.ends !== undefined || wanted.length > 0
  const [selected, unitCount] = await Promise.all([
    selecting ? selectUnits(db, cohort, visibility, last, selection) : null,
    countUnitsToDate(db, cohort, visibility, last),
  ])
  const missingUnits = selected?.missing ?? []
  if (selected && selected.codes.length === 0)
    return { years, totals, loaded, units: [], unitCount, missingUnits }
  // The selected units' rows found by key, a (year, unit) pair at a time, not by reading every
  // rank of every year and keeping theirs: from the list of codes, so that the planner looks
  // each one up rather than scanning the cohort's years in an index of rank order for them.
  const ranked = selected
    ? db
        .selectFrom(codeTable(selected.codes, 'code').as('v'))
        .crossJoin('cohort_rank')
        .whereRef('cohort_rank.unit_code', '=', 'v.code')
        .where('cohort_rank.parent_code', '=', cohort.parentCode)
        .where('cohort_rank.kind', '=', cohort.kind)
        .where('cohort_rank.block', '=', cohort.block)
        .where('cohort_rank.scope', '=', rankScope(visibility))
        .where('cohort_rank.year', 'in', years)
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
        'a.published_rank',
        'cohort_rank.rank as computed_rank',
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
    const shape = i === undefined ? undefined : cohortYears[i]
    if (i === undefined || !shape) continue
    // A rank computed among a partial table's units is no rank in the cohort: not drawn on its
    // axis, given apart (of the units loaded).
    if (isRankAmongLoaded(row.published_rank, { ...shape, ranked: shape.units }))
      (entry.ranksAmongLoaded ??= years.map(() => null))[i] = Number(row.rank)
    else {
      entry.ranks[i] = Number(row.rank)
      // A published rank the indices do not give: drawn as published, the computed one beside.
      // Only where the whole cohort is loaded: of a part (18 of 82 communes) the ranks computed
      // among the units loaded differ from those published as a matter of course.
      const computed = Number(row.computed_rank)
      const whole = shape.units >= shape.total
      if (whole && row.published_rank !== null && Number(row.published_rank) !== computed)
        (entry.computedRanks ??= years.map(() => null))[i] = computed
    }
  }
  const lastColumn = years.length - 1
  const units = [...byUnit.values()].sort(
    (a, b) =>
      (a.ranks[lastColumn] ?? Infinity) - (b.ranks[lastColumn] ?? Infinity) ||
      compareVietnamese(a.unit.name, b.unit.name),
  )
  return { years, totals, loaded, units, unitCount, missingUnits }
}

/**
 * Units the cohort ranked up to `year`, as stored on its cohort-year (ADR 030); counted from the
 * ranks where a cohort-year has none stored.
 */
async function countUnitsToDate(
  db: Kysely<Database>,
  cohort: CohortKey,
  visibility: Visibility,
  year: number,
): Promise<number> {
  const stored = await db
    .selectFrom('cohort_year')
    .select('units_to_date')
    .where('parent_code', '=', cohort.parentCode)
    .where('kind', '=', cohort.kind)
    .where('block', '=', cohort.block)
    .where('scope', '=', rankScope(visibility))
    .where('year', '=', year)
    .executeTakeFirst()
  if (stored?.units_to_date != null) return Number(stored.units_to_date)
  const count = await cohortRanks(db, cohort, visibility)
    .where('cohort_rank.year', '<=', year)
    .select((eb) => eb.fn.count<number>('cohort_rank.unit_code').distinct().as('n'))
    .executeTakeFirst()
  return Number(count?.n ?? 0)
}
