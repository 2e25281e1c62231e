// The facts stored beside each rank (ADR 015): points, grade, the previous year's index, rank and
// size, the change as the product may claim it (ADR 014), the place by name and a search key.
// Computed once when ranks are rebuilt, so a list sorted or summarised by change is one read of
// the rank table, not a previous-year join per request. The rule is the one every view used
// before (yearOverYear over the published standings), applied to a whole cohort-year at a time.
//
// The rank writer (write-ranked-years.ts) computes the facts of the years it ranks before it
// writes their rows, so each rank row is written once. A year's facts read the year before, so
// the year after each rebuilt one is recomputed here, and only its rows whose facts moved are
// rewritten.
import { isRankAmongLoaded, rankDenominator } from '#shared/kpi/rank-denominator.ts'
import { sql, type Kysely, type Transaction } from 'kysely'
import { yearReferenceDate } from '#shared/domain/units.ts'
import { withoutRankMove, yearOverYear } from '#shared/kpi/comparability.ts'
import { compareVietnamese } from '#shared/text/compare-vietnamese.ts'
import { foldLabel } from '#shared/text/fold-unit-name.ts'
import { chunk } from '#server/lib/chunk.ts'
import type { CohortRankTable, Database, RankScope } from '#server/db/schema.ts'
import { findSchemes, schemeChangedIn } from './cohort-schemes.repository.ts'
import { countCohortYear, type CohortYearCounts, type CountedRow } from './cohort-year-counts.ts'
import { type EndsRow, storedEndsOf } from './summary-ends.ts'

type Executor = Kysely<Database> | Transaction<Database>

/** Codes per IN list and rows per UPDATE: well inside both engines' parameter limits. */
const CODES_PER_STATEMENT = 500
const ROWS_PER_UPDATE = 500

export const cohortKeyOf = (r: { parent_code: string; kind: string; block: string }) =>
  `${r.parent_code}\u0000${r.kind}\u0000${r.block}`

/** A rank row as the facts read it: its rank and the assessment and unit it stands for. */
export type RankedRow = {
  parent_code: string
  kind: string
  block: string
  unit_code: string
  rank: number
  index_pct: number
  points: number | null
  grade: string | null
  published_grade: string | null
  published_rank: number | null
  name: string
}

/** The columns stored beside a rank, in the order writeFacts binds them. */
const FACT_COLUMNS = [
  'points',
  'grade',
  'prev_index_pct',
  'prev_rank',
  'prev_total',
  'delta_pct',
  'rank_change',
  'not_comparable',
  'name_order',
  'search_key',
] as const satisfies readonly (keyof CohortRankTable)[]

/** The facts stored beside a rank (CohortRankTable's columns of FACT_COLUMNS). */
export type RankFacts = Pick<CohortRankTable, (typeof FACT_COLUMNS)[number]>

/**
 * What a refresh reads or works out once and uses again for every year it ranks: the schemes of
 * each parent and level, each unit name's search key, and each cohort's places by name as last
 * worked out (a cohort mostly ranks the same units under the same names year after year).
 */
export type RefreshMemo = {
  schemes: Map<string, Promise<Awaited<ReturnType<typeof findSchemes>>>>
  searchKeys: Map<string, string>
  nameOrders: Map<string, NameOrder>
}

export const newRefreshMemo = (): RefreshMemo => ({
  schemes: new Map(),
  searchKeys: new Map(),
  nameOrders: new Map(),
})

/** A cohort-year's places by name (from 1), by unit, and the name of each unit they were of. */
type NameOrder = { names: ReadonlyMap<string, string>; places: ReadonlyMap<string, number> }

/**
 * The facts of one scope's year, per cohort: each row's facts, the cohort-year's counts and its
 * summary's ends as stored (summary-ends.ts).
 */
export type YearFacts = Map<
  string,
  { rows: RankedRow[]; facts: RankFacts[]; counts: CohortYearCounts; summaryEnds: string }
>

/**
 * The facts of a year's rank rows of one scope, grouped by cohort. `shownSizes` gives each
 * cohort-year's size as shown (published, else counted) for this year; the year before is read
 * from the stored cohort-years, which the writer has written by then (years go in order).
 */
export async function factsOfYear(
  db: Executor,
  scope: RankScope,
  year: number,
  rows: readonly RankedRow[],
  shownSizes: ReadonlyMap<string, number>,
  memo: RefreshMemo,
): Promise<YearFacts> {
  const out: YearFacts = new Map()
  if (rows.length === 0) return out
  const parents = [...new Set(rows.map((r) => r.parent_code))]
  const [previousRows, previousSizes, lineage] = await Promise.all([
    readPrevious(db, scope, year - 1, parents),
    readShownSizes(db, scope, year - 1, parents),
    db
      .selectFrom('unit_lineage')
      .select(['from_code', 'to_code'])
      .where('effective_date', '>', yearReferenceDate(year - 1))
      .where('effective_date', '<=', yearReferenceDate(year))
      .execute(),
  ])
  const previousOf = new Map<string, (typeof previousRows)[number]>()
  for (const p of previousRows) previousOf.set(`${cohortKeyOf(p)}\u0000${p.unit_code}`, p)
  const touched = new Set<string>()
  for (const e of lineage) {
    touched.add(e.from_code)
    if (e.to_code) touched.add(e.to_code)
  }
  const missing = rows.filter((r) => !previousOf.has(`${cohortKeyOf(r)}\u0000${r.unit_code}`))
  const elsewhere = await rankedIn(
    db,
    scope,
    year - 1,
    missing.map((r) => r.unit_code),
  )
  const byCohort = new Map<string, RankedRow[]>()
  for (const row of rows) {
    const key = cohortKeyOf(row)
    const list = byCohort.get(key)
    if (list) list.push(row)
    else byCohort.set(key, [row])
  }
  for (const [key, cohortRows] of byCohort) {
    const counted: CountedRow[] = []
    const ordered: EndsRow[] = []
    const facts: RankFacts[] = []
    const first = cohortRows[0]!
    const schemeKey = `${first.parent_code}\u0000${first.kind}`
    let schemes = memo.schemes.get(schemeKey)
    if (!schemes) {
      schemes = findSchemes(db as Kysely<Database>, { code: first.parent_code }, first.kind)
      memo.schemes.set(schemeKey, schemes)
    }
    const schemeChanged = schemeChangedIn(await schemes, year)
    const total = shownSizes.get(key) ?? cohortRows.length
    const previousShape = previousSizes.get(key) ?? null
    const nameOrder = nameOrderOf(cohortRows, memo.nameOrders.get(key))
    memo.nameOrders.set(key, nameOrder)
    for (const row of cohortRows) {
      const prev = previousOf.get(`${key}\u0000${row.unit_code}`)
      // A rank computed among a partial table's units is of those units (rank-denominator.ts),
      // either year: shown of them, and no move claimed from or to it, whatever the sizes.
      const shape = { total, ranked: cohortRows.length }
      const prevStanding =
        prev && previousShape !== null
          ? {
              indexPct: prev.index_pct,
              rank: prev.published_rank ?? prev.rank,
              total: rankDenominator(prev.published_rank, previousShape),
            }
          : null
      const rank = row.published_rank ?? row.rank
      const amongLoaded =
        isRankAmongLoaded(row.published_rank, shape) ||
        (prev !== undefined &&
          previousShape !== null &&
          isRankAmongLoaded(prev.published_rank, previousShape))
      const change = withoutRankMove(
        yearOverYear(
          { indexPct: row.index_pct, rank, total: rankDenominator(row.published_rank, shape) },
          prevStanding,
          {
            lineage: touched.has(row.unit_code),
            schemeChanged: prevStanding !== null && schemeChanged,
            otherCohort: !prev && elsewhere.has(row.unit_code),
          },
        ),
        amongLoaded,
      )
      const grade = row.grade ?? row.published_grade
      const notComparable = change.notComparable?.reason ?? null
      counted.push({ grade, indexPct: row.index_pct, deltaPct: change.deltaPct, notComparable })
      ordered.push({
        unit_code: row.unit_code,
        rank: row.rank,
        delta_pct: change.deltaPct,
        rank_change: change.rankChange,
        not_comparable: notComparable,
      })
      facts.push({
        points: row.points,
        grade,
        prev_index_pct: prevStanding?.indexPct ?? null,
        prev_rank: prevStanding?.rank ?? null,
        prev_total: prevStanding?.total ?? null,
        delta_pct: change.deltaPct,
        rank_change: change.rankChange,
        not_comparable: notComparable,
        name_order: nameOrder.places.get(row.unit_code) ?? 0,
        search_key: searchKeyOf(row.name, memo.searchKeys),
      })
    }
    out.set(key, {
      rows: cohortRows,
      facts,
      counts: countCohortYear(counted),
      summaryEnds: storedEndsOf(ordered),
    })
  }
  return out
}

/**
 * Each unit's place by name in its cohort-year (Vietnamese collation, then code), from 1: the
 * `last` worked out for the cohort when it holds the same units under the same names (a unit is
 * ranked once in a cohort-year), for the places follow from those alone; sorted again otherwise.
 */
function nameOrderOf(rows: readonly RankedRow[], last: NameOrder | undefined): NameOrder {
  if (last?.names.size === rows.length && rows.every((r) => last.names.get(r.unit_code) === r.name))
    return last
  const byName = [...rows].sort(
    (a, b) =>
      compareVietnamese(a.name, b.name) ||
      (a.unit_code < b.unit_code ? -1 : a.unit_code > b.unit_code ? 1 : 0),
  )
  return {
    names: new Map(rows.map((r) => [r.unit_code, r.name])),
    places: new Map(byName.map((r, i) => [r.unit_code, i + 1])),
  }
}

/** A unit name's search key (foldLabel), folded once per refresh. */
function searchKeyOf(name: string, known: Map<string, string>): string {
  let key = known.get(name)
  if (key === undefined) {
    key = foldLabel(name)
    known.set(name, key)
  }
  return key
}

/** The year before's rank rows of these parents, with the rank the decision published. */
async function readPrevious(db: Executor, scope: RankScope, year: number, parents: string[]) {
  const out: Pick<
    RankedRow,
    'parent_code' | 'kind' | 'block' | 'unit_code' | 'rank' | 'index_pct' | 'published_rank'
  >[] = []
  for (const part of chunk(parents, CODES_PER_STATEMENT)) {
    const rows = await db
      .selectFrom('cohort_rank as r')
      .innerJoin('assessment as a', (join) =>
        join.onRef('a.unit_code', '=', 'r.unit_code').onRef('a.year', '=', 'r.year'),
      )
      .select(['r.parent_code', 'r.kind', 'r.block', 'r.unit_code', 'r.rank', 'r.index_pct'])
      .select('a.published_rank')
      .where('r.scope', '=', scope)
      .where('r.year', '=', year)
      .where('r.parent_code', 'in', part)
      .execute()
    for (const r of rows)
      out.push({
        ...r,
        rank: Number(r.rank),
        index_pct: Number(r.index_pct),
        published_rank: r.published_rank === null ? null : Number(r.published_rank),
      })
  }
  return out
}

/** Each stored cohort-year's size as shown (published, else counted) and its units ranked. */
async function readShownSizes(
  db: Executor,
  scope: RankScope,
  year: number,
  parents: string[],
): Promise<Map<string, { total: number; ranked: number }>> {
  const sizes = new Map<string, { total: number; ranked: number }>()
  for (const part of chunk(parents, CODES_PER_STATEMENT)) {
    const rows = await db
      .selectFrom('cohort_year')
      .select(['parent_code', 'kind', 'block', 'unit_count', 'published_size'])
      .where('scope', '=', scope)
      .where('year', '=', year)
      .where('parent_code', 'in', part)
      .execute()
    for (const s of rows)
      sizes.set(cohortKeyOf(s), {
        total: Number(s.published_size ?? s.unit_count),
        ranked: Number(s.unit_count),
      })
  }
  return sizes
}

/** Which of these units were ranked, in any cohort, in `year` (the scope's ranks). */
async function rankedIn(
  db: Executor,
  scope: RankScope,
  year: number,
  codes: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>()
  for (const part of chunk([...new Set(codes)], CODES_PER_STATEMENT)) {
    const rows = await db
      .selectFrom('cohort_rank')
      .select('unit_code')
      .where('unit_code', 'in', part)
      .where('scope', '=', scope)
      .where('year', '=', year)
      .execute()
    for (const r of rows) found.add(r.unit_code)
  }
  return found
}

/**
 * Recomputes the stored facts of the years after the rebuilt ones (a year's facts read the year
 * before): for these parents (all when null) and scopes, the years in `after` that have ranks.
 * Only the rows whose facts moved are rewritten; every cohort-year's counts are.
 */
export async function storeFactsAfter(
  db: Executor,
  parents: readonly string[] | null,
  scopes: readonly RankScope[],
  after: readonly number[],
  memo: RefreshMemo,
): Promise<void> {
  if (after.length === 0) return
  for (const scope of scopes) {
    let years = db
      .selectFrom('cohort_year')
      .select('year')
      .distinct()
      .where('scope', '=', scope)
      .where('year', 'in', [...after])
    if (parents) years = years.where('parent_code', 'in', [...parents])
    for (const { year } of await years.orderBy('year').execute())
      await restoreYear(db, parents, scope, Number(year), memo)
  }
}

async function restoreYear(
  db: Executor,
  parents: readonly string[] | null,
  scope: RankScope,
  year: number,
  memo: RefreshMemo,
) {
  let current = db
    .selectFrom('cohort_rank as r')
    .innerJoin('assessment as a', (join) =>
      join.onRef('a.unit_code', '=', 'r.unit_code').onRef('a.year', '=', 'r.year'),
    )
    .innerJoin('unit as u', 'u.code', 'r.unit_code')
    .select([
      'r.parent_code',
      'r.kind',
      'r.block',
      'r.unit_code',
      'r.rank',
      'r.index_pct',
      'a.points',
      'a.grade',
      'a.published_grade',
      'a.published_rank',
      'u.name',
    ])
    .select([...FACT_COLUMNS.map((c) => `r.${c} as stored_${c}` as const)])
    .where('r.scope', '=', scope)
    .where('r.year', '=', year)
  if (parents) current = current.where('r.parent_code', 'in', [...parents])
  const stored = await current.execute()
  const rows: RankedRow[] = stored.map((r) => ({
    parent_code: r.parent_code,
    kind: r.kind,
    block: r.block,
    unit_code: r.unit_code,
    rank: Number(r.rank),
    index_pct: Number(r.index_pct),
    points: r.points === null ? null : Number(r.points),
    grade: r.grade,
    published_grade: r.published_grade,
    published_rank: r.published_rank === null ? null : Number(r.published_rank),
    name: r.name,
  }))
  const storedFacts = new Map(
    stored.map((r) => [
      `${cohortKeyOf(r)}\u0000${r.unit_code}`,
      FACT_COLUMNS.map((c) => {
        const value = r[`stored_${c}`]
        return typeof value === 'string' || value === null ? value : Number(value)
      }),
    ]),
  )
  const shapes = await readShownSizes(db, scope, year, [...new Set(rows.map((r) => r.parent_code))])
  const sizes = new Map([...shapes].map(([key, shape]) => [key, shape.total]))
  const facts = await factsOfYear(db, scope, year, rows, sizes, memo)
  const updates: unknown[][] = []
  const counts: unknown[][] = []
  for (const [key, cohort] of facts) {
    cohort.rows.forEach((row, i) => {
      const values = FACT_COLUMNS.map((c) => cohort.facts[i]![c])
      const before = storedFacts.get(`${key}\u0000${row.unit_code}`)
      if (before && values.every((v, j) => v === before[j])) return
      updates.push([row.parent_code, row.kind, row.block, row.unit_code, ...values])
    })
    const first = cohort.rows[0]!
    counts.push([
      first.parent_code,
      first.kind,
      first.block,
      JSON.stringify(cohort.counts),
      cohort.summaryEnds,
    ])
  }
  for (const part of chunk(updates, ROWS_PER_UPDATE)) await writeFacts(db, scope, year, part)
  for (const part of chunk(counts, ROWS_PER_UPDATE)) await writeCounts(db, scope, year, part)
}

/**
 * The cohort-years' counts (cohort-year-counts.ts) and summary ends (summary-ends.ts), as
 * writeFacts writes the rows' facts.
 */
async function writeCounts(db: Executor, scope: RankScope, year: number, rows: unknown[][]) {
  const values = valuesList(rows)
  await sql`update cohort_year set counts = cast(v.column4 as text),
      summary_ends = cast(v.column5 as text)
    from (values ${values}) as v
    where cohort_year.parent_code = cast(v.column1 as text)
      and cohort_year.kind = cast(v.column2 as text)
      and cohort_year.block = cast(v.column3 as text)
      and cohort_year.scope = ${scope}
      and cohort_year.year = ${year}`.execute(db)
}

/** Rows as a VALUES list, each value a parameter. */
const valuesList = (rows: unknown[][]) =>
  sql.join(rows.map((row) => sql`(${sql.join(row.map((v) => sql`${v}`))})`))

/**
 * One UPDATE … FROM (VALUES …) for a batch of rows: both engines name the columns of a VALUES
 * list column1, column2 …; values travel as parameters and are cast to the column's type.
 */
async function writeFacts(db: Executor, scope: RankScope, year: number, rows: unknown[][]) {
  const values = valuesList(rows)
  await sql`update cohort_rank set
      points = cast(v.column5 as double precision),
      grade = cast(v.column6 as text),
      prev_index_pct = cast(v.column7 as double precision),
      prev_rank = cast(v.column8 as integer),
      prev_total = cast(v.column9 as integer),
      delta_pct = cast(v.column10 as double precision),
      rank_change = cast(v.column11 as integer),
      not_comparable = cast(v.column12 as text),
      name_order = cast(v.column13 as integer),
      search_key = cast(v.column14 as text)
    from (values ${values}) as v
    where cohort_rank.parent_code = cast(v.column1 as text)
      and cohort_rank.kind = cast(v.column2 as text)
      and cohort_rank.block = cast(v.column3 as text)
      and cohort_rank.scope = ${scope}
      and cohort_rank.year = ${year}
      and cohort_rank.unit_code = cast(v.column4 as text)`.execute(db)
}
