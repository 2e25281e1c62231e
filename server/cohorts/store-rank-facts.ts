// The facts stored beside each rank (ADR 015): points, grade, the previous year's index, rank and
// size, the change as the product may claim it (ADR 014), the place by name and a search key.
// Computed once when ranks are rebuilt, so a list sorted or summarised by change is one read of
// the rank table, not a previous-year join per request. The rule is the one every view used
// before (yearOverYear over the published standings), applied to a whole cohort-year at a time.
import { sql, type Kysely, type Transaction } from 'kysely'
import { yearReferenceDate } from '#shared/domain/units.ts'
import { yearOverYear } from '#shared/kpi/comparability.ts'
import { compareVietnamese } from '#shared/text/compare-vietnamese.ts'
import { foldLabel } from '#shared/text/fold-unit-name.ts'
import { chunk } from '#server/lib/chunk.ts'
import type { Database, RankScope } from '#server/db/schema.ts'
import { findSchemes, schemeChangedIn } from './cohort-schemes.repository.ts'
import { countCohortYear, type CountedRow } from './cohort-year-counts.ts'

type Executor = Kysely<Database> | Transaction<Database>

/** Codes per IN list and rows per UPDATE: well inside both engines' parameter limits. */
const CODES_PER_STATEMENT = 500
const ROWS_PER_UPDATE = 500

const cohortKeyOf = (r: { parent_code: string; kind: string; block: string }) =>
  `${r.parent_code}\u0000${r.kind}\u0000${r.block}`

/**
 * Recomputes the stored facts of the ranks of these parents (all when null), scopes and years
 * (all when null). A year's facts read the year before, so the years after the rebuilt ones are
 * recomputed too: call after the ranks and cohort sizes of the rebuilt years are written.
 */
export async function storeRankFacts(
  db: Executor,
  parents: readonly string[] | null,
  scopes: readonly RankScope[],
  years: readonly number[] | null,
): Promise<void> {
  const schemeCache = new Map<string, Promise<Awaited<ReturnType<typeof findSchemes>>>>()
  for (const scope of scopes) {
    for (const year of await yearsToStore(db, parents, scope, years)) {
      await storeYear(db, parents, scope, year, schemeCache)
    }
  }
}

async function yearsToStore(
  db: Executor,
  parents: readonly string[] | null,
  scope: RankScope,
  years: readonly number[] | null,
): Promise<number[]> {
  let query = db.selectFrom('cohort_year').select('year').distinct().where('scope', '=', scope)
  if (parents) query = query.where('parent_code', 'in', [...parents])
  if (years) query = query.where('year', 'in', [...new Set(years.flatMap((y) => [y, y + 1]))])
  const rows = await query.orderBy('year').execute()
  return rows.map((r) => Number(r.year))
}

async function storeYear(
  db: Executor,
  parents: readonly string[] | null,
  scope: RankScope,
  year: number,
  schemeCache: Map<string, Promise<Awaited<ReturnType<typeof findSchemes>>>>,
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
    .where('r.scope', '=', scope)
    .where('r.year', '=', year)
  let previous = db
    .selectFrom('cohort_rank as r')
    .innerJoin('assessment as a', (join) =>
      join.onRef('a.unit_code', '=', 'r.unit_code').onRef('a.year', '=', 'r.year'),
    )
    .select([
      'r.parent_code',
      'r.kind',
      'r.block',
      'r.unit_code',
      'r.rank',
      'r.index_pct',
      'a.published_rank',
    ])
    .where('r.scope', '=', scope)
    .where('r.year', '=', year - 1)
  let sizes = db
    .selectFrom('cohort_year')
    .select(['parent_code', 'kind', 'block', 'year', 'unit_count', 'published_size'])
    .where('scope', '=', scope)
    .where('year', 'in', [year - 1, year])
  if (parents) {
    current = current.where('r.parent_code', 'in', [...parents])
    previous = previous.where('r.parent_code', 'in', [...parents])
    sizes = sizes.where('parent_code', 'in', [...parents])
  }
  const [rows, previousRows, sizeRows, lineage] = await Promise.all([
    current.execute(),
    previous.execute(),
    sizes.execute(),
    db
      .selectFrom('unit_lineage')
      .select(['from_code', 'to_code'])
      .where('effective_date', '>', yearReferenceDate(year - 1))
      .where('effective_date', '<=', yearReferenceDate(year))
      .execute(),
  ])
  if (rows.length === 0) return
  const shownSize = new Map<string, number>()
  for (const s of sizeRows)
    shownSize.set(
      `${Number(s.year)}\u0000${cohortKeyOf(s)}`,
      Number(s.published_size ?? s.unit_count),
    )
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
  const byCohort = new Map<string, typeof rows>()
  for (const row of rows) {
    const key = cohortKeyOf(row)
    const list = byCohort.get(key)
    if (list) list.push(row)
    else byCohort.set(key, [row])
  }
  const updates: unknown[][] = []
  const counts: unknown[][] = []
  for (const [key, cohortRows] of byCohort) {
    const counted: CountedRow[] = []
    const first = cohortRows[0]!
    const schemeKey = `${first.parent_code}\u0000${first.kind}`
    let schemes = schemeCache.get(schemeKey)
    if (!schemes) {
      schemes = findSchemes(db as Kysely<Database>, { code: first.parent_code }, first.kind)
      schemeCache.set(schemeKey, schemes)
    }
    const schemeChanged = schemeChangedIn(await schemes, year)
    const total = shownSize.get(`${year}\u0000${key}`) ?? cohortRows.length
    const previousTotal = shownSize.get(`${year - 1}\u0000${key}`) ?? null
    const byName = [...cohortRows].sort(
      (a, b) =>
        compareVietnamese(a.name, b.name) ||
        (a.unit_code < b.unit_code ? -1 : a.unit_code > b.unit_code ? 1 : 0),
    )
    const nameOrder = new Map(byName.map((r, i) => [r.unit_code, i + 1]))
    for (const row of cohortRows) {
      const prev = previousOf.get(`${key}\u0000${row.unit_code}`)
      const prevStanding =
        prev && previousTotal !== null
          ? {
              indexPct: Number(prev.index_pct),
              rank: Number(prev.published_rank ?? prev.rank),
              total: previousTotal,
            }
          : null
      const rank = Number(row.published_rank ?? row.rank)
      const change = yearOverYear({ indexPct: Number(row.index_pct), rank, total }, prevStanding, {
        lineage: touched.has(row.unit_code),
        schemeChanged: prevStanding !== null && schemeChanged,
        otherCohort: !prev && elsewhere.has(row.unit_code),
      })
      const grade = row.grade ?? row.published_grade
      counted.push({
        grade,
        indexPct: Number(row.index_pct),
        deltaPct: change.deltaPct,
        notComparable: change.notComparable?.reason ?? null,
      })
      updates.push([
        row.parent_code,
        row.kind,
        row.block,
        row.unit_code,
        row.points === null ? null : Number(row.points),
        grade,
        prevStanding?.indexPct ?? null,
        prevStanding?.rank ?? null,
        prevStanding?.total ?? null,
        change.deltaPct,
        change.rankChange,
        change.notComparable?.reason ?? null,
        nameOrder.get(row.unit_code) ?? 0,
        foldLabel(row.name),
      ])
    }
    counts.push([
      first.parent_code,
      first.kind,
      first.block,
      JSON.stringify(countCohortYear(counted)),
    ])
  }
  for (const part of chunk(updates, ROWS_PER_UPDATE)) await writeFacts(db, scope, year, part)
  for (const part of chunk(counts, ROWS_PER_UPDATE)) await writeCounts(db, scope, year, part)
}

/** The cohort-years' counts (cohort-year-counts.ts), as writeFacts writes the rows' facts. */
async function writeCounts(db: Executor, scope: RankScope, year: number, rows: unknown[][]) {
  const values = valuesList(rows)
  await sql`update cohort_year set counts = cast(v.column4 as text)
    from (values ${values}) as v
    where cohort_year.parent_code = cast(v.column1 as text)
      and cohort_year.kind = cast(v.column2 as text)
      and cohort_year.block = cast(v.column3 as text)
      and cohort_year.scope = ${scope}
      and cohort_year.year = ${year}`.execute(db)
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
