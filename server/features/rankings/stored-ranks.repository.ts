// Reads of one cohort-year's stored ranks and the facts beside them (ADR 015): the order, search
// and ends of a ranking come from one range of the covering rank index, then only the rows
// shown are read in full by key.
import { type AliasedExpression, sql, type Expression, type Kysely, type SqlBool } from 'kysely'
import { codeTable } from '#server/db/code-table.ts'
import { pastCursor } from '#server/db/past-cursor.ts'
import type { RankingSort } from '#shared/schemas/rankings.schema.ts'
import type { SortDirection } from '#shared/schemas/cohorts.schema.ts'
import type { Database } from '../../db/schema.ts'
import {
  type CohortKey,
  type Visibility,
  cohortRanks,
  rankScope,
} from '#server/cohorts/cohorts.repository.ts'
import type { PublishedStanding } from '#server/cohorts/previous-year.repository.ts'
import { type VersionMemo, remembered } from '#server/lib/version-memo.ts'
import { readDataVersion } from '#server/lib/data-version.ts'
import { AppError } from '#server/lib/errors.ts'
import { findCohortYearPredecessors, findPredecessors } from './stored-predecessors.repository.ts'

/** A cohort-year in a reader's scope. */
export type CohortYearKey = { cohort: CohortKey; visibility: Visibility; year: number }

/** The stored rank rows of a cohort-year (the covering index's range). */
export function yearRanks(db: Kysely<Database>, key: CohortYearKey) {
  return cohortRanks(db, key.cohort, key.visibility).where('cohort_rank.year', '=', key.year)
}

/**
 * Every word begins a word of `search_key` (words split by single spaces, keyMatchesWords in
 * shared/text/search-words.ts): the key with a space before it holds " word" (LIKE with `\`
 * escaping the pattern characters).
 */
export function matchesWords(words: readonly string[], table = 'cohort_rank'): Expression<SqlBool> {
  if (words.length === 0) return sql<SqlBool>`1 = 1`
  const spaced = sql`(' ' || ${sql.ref(`${table}.search_key`)})`
  return sql<SqlBool>`${sql.join(
    words.map(
      (w) => sql`${spaced} like ${`% ${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`,
    ),
    sql` and `,
  )}`
}

/** The stored column each sort reads; `name` is the stored place by name. */
const SORT_COLUMN: Record<RankingSort, string> = {
  rank: 'rank',
  name: 'name_order',
  indexPct: 'index_pct',
  points: 'points',
  deltaPct: 'delta_pct',
  rankChange: 'rank_change',
}

/** Columns that are never null: no "missing last" term, so an index can give their order. */
const NOT_NULL: ReadonlySet<RankingSort> = new Set(['rank', 'name', 'indexPct'])

/**
 * ORDER BY of a page: missing values last, then the column, then rank and code ascending. The
 * rank order is the covering index's own order (no sort); the name order has an index of its own.
 */
function orderTerms(page: OrderedPage, table: string) {
  const column = sql.ref(`${table}.${SORT_COLUMN[page.sort]}`)
  const direction = page.dir === 'asc' ? sql`asc` : sql`desc`
  const rank = sql.ref(`${table}.rank`)
  const code = sql.ref(`${table}.unit_code`)
  if (page.sort === 'rank') return sql`${rank} ${direction}, ${code}`
  if (page.sort === 'name') return sql`${column} ${direction}`
  if (NOT_NULL.has(page.sort)) return sql`${column} ${direction}, ${rank}, ${code}`
  return sql`case when ${column} is null then 1 else 0 end, ${column} ${direction}, ${rank}, ${code}`
}

export type OrderedPage = {
  sort: RankingSort
  dir: SortDirection
  words: readonly string[]
  offset: number
  limit: number | undefined
  /** Only rows with a value in the sort's column (the movers of a summary). */
  present?: boolean
}

/**
 * The unit codes of one page in the given order: missing values last in either direction, ties
 * by rank, then code (both ascending), so every order is total and pages never overlap.
 */
function orderedCodesQuery(db: Kysely<Database>, key: CohortYearKey, page: OrderedPage) {
  const column = sql.ref(`cohort_rank.${SORT_COLUMN[page.sort]}`)
  let query = yearRanks(db, key).select('cohort_rank.unit_code')
  if (page.words.length > 0) query = query.where(matchesWords(page.words))
  if (page.present) query = query.where(sql<SqlBool>`${column} is not null`)
  return (
    query
      .orderBy(orderTerms(page, 'cohort_rank'))
      // SQLite takes an OFFSET only after a LIMIT: the largest safe integer stands for none.
      .limit(page.limit ?? Number.MAX_SAFE_INTEGER)
      .offset(page.offset)
  )
}

/** Rows of the cohort-year matching the search (all rows without one). */
export async function countMatching(
  db: Kysely<Database>,
  key: CohortYearKey,
  words: readonly string[],
): Promise<number> {
  const row = await yearRanks(db, key)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(matchesWords(words))
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

/** The columns of a full stored row: rank, facts, the assessment's published values, name. */
const STORED_ROW_COLUMNS = [
  'r.unit_code',
  'u.name as unit_name',
  'r.year',
  'r.rank',
  'r.index_pct',
  'r.points',
  'r.grade as shown_grade',
  'r.prev_index_pct',
  'r.prev_rank',
  'r.prev_total',
  'r.delta_pct',
  'r.rank_change',
  'r.not_comparable',
  'a.max_points',
  'a.grade',
  'a.status',
  'a.published_rank',
  'a.published_grade',
  'a.published_index_pct',
] as const

/** The stored rank row `r` is one of the key's cohort-year, in the reader's scope. */
function isStoredRowOf(key: CohortYearKey): Expression<SqlBool> {
  const equal: [string, string | number][] = [
    ['parent_code', key.cohort.parentCode],
    ['kind', key.cohort.kind],
    ['block', key.cohort.block],
    ['scope', rankScope(key.visibility)],
    ['year', key.year],
  ]
  return sql<SqlBool>`${sql.join(
    equal.map(([column, value]) => sql`${sql.ref(`r.${column}`)} = ${value}`),
    sql` and `,
  )}`
}

/** The full stored rows of a cohort-year: rank, facts, the assessment's published values, name. */
function storedRowsQuery(db: Kysely<Database>, key: CohortYearKey) {
  return db
    .selectFrom('cohort_rank as r')
    .innerJoin('assessment as a', (join) =>
      join.onRef('a.unit_code', '=', 'r.unit_code').onRef('a.year', '=', 'r.year'),
    )
    .innerJoin('unit as u', 'u.code', 'r.unit_code')
    .where(isStoredRowOf(key))
    .select(STORED_ROW_COLUMNS)
}

type StoredRowBase = Awaited<ReturnType<ReturnType<typeof storedRowsQuery>['execute']>>[number]

/**
 * Adds the predecessors (ADR 014) of the rows whose change a lineage event withheld: with a
 * version memo, those of the whole cohort-year, read once for every page, sort and search of it.
 */
async function withPredecessors(
  db: Kysely<Database>,
  key: CohortYearKey,
  rows: StoredRowBase[],
  memo: VersionMemo | null | undefined,
) {
  const lineage = rows.filter((r) => r.not_comparable === 'LINEAGE').map((r) => r.unit_code)
  if (lineage.length === 0) return rows.map((row) => ({ ...row, predecessors: NONE }))
  const found = memo
    ? await remembered(memo, predecessorsKey(key), () => findCohortYearPredecessors(db, key))
    : await findPredecessors(db, key, lineage)
  return rows.map((row) => ({
    ...row,
    predecessors: Object.hasOwn(found, row.unit_code) ? found[row.unit_code]! : NONE,
  }))
}

const NONE: readonly PublishedStanding[] = Object.freeze([])

function predecessorsKey({ cohort, visibility, year }: CohortYearKey) {
  const { parentCode, kind, block } = cohort
  return ['predecessors', parentCode, kind, block, visibility.includeDrafts, year]
}

/**
 * The full stored rows of the codes `p` lists (a page cut from the rank index, or a code table),
 * each read by key: a CROSS JOIN keeps the codes outermost in SQLite (PostgreSQL plans the join
 * by itself).
 */
function storedRowsOfCodes(
  db: Kysely<Database>,
  key: CohortYearKey,
  codes: AliasedExpression<{ unit_code: string }, 'p'>,
) {
  return db
    .selectFrom(codes)
    .crossJoin('cohort_rank as r')
    .innerJoin('assessment as a', (join) =>
      join.onRef('a.unit_code', '=', 'r.unit_code').onRef('a.year', '=', 'r.year'),
    )
    .innerJoin('unit as u', 'u.code', 'r.unit_code')
    .where(isStoredRowOf(key))
    .whereRef('r.unit_code', '=', 'p.unit_code')
    .select(STORED_ROW_COLUMNS)
}

/** Full rows of some units of a cohort-year (each found by key), in the order of `codes`. */
export async function findStoredRows(
  db: Kysely<Database>,
  key: CohortYearKey,
  codes: readonly string[],
  memo?: VersionMemo | null,
) {
  if (codes.length === 0) return []
  const rows = await storedRowsOfCodes(
    db,
    key,
    codeTable([...new Set(codes)], 'unit_code').as('p'),
  ).execute()
  const byCode = new Map(rows.map((r) => [r.unit_code, r]))
  const ordered = codes.flatMap((code) => {
    const row = byCode.get(code)
    return row ? [row] : []
  })
  return withPredecessors(db, key, ordered, memo)
}

/**
 * One page of full rows in the page's order, in one statement: the page's codes are cut from the
 * covering index, then each row is read by key. Asked with the codes in an IN subquery, SQLite
 * planned the rows' read as a scan of the whole cohort-year's range (a page of 50: 3.0 ms of its
 * time at 10,600 units); a CROSS JOIN keeps the codes' subquery outermost in SQLite (PostgreSQL
 * plans the join by itself), so the rows are read a seek per code, as two statements did (codes,
 * then rows by key), with one statement fewer to build and run.
 */
export async function findPageRows(
  db: Kysely<Database>,
  key: CohortYearKey,
  page: OrderedPage,
  memo?: VersionMemo | null,
) {
  const rows = await storedRowsOfCodes(db, key, orderedCodesQuery(db, key, page).as('p'))
    .orderBy(orderTerms(page, 'r'))
    .execute()
  return withPredecessors(db, key, rows, memo)
}

/**
 * Every row of a cohort-year matching the search, in the page's order, read in one statement
 * (a whole list: no key list to send).
 */
export async function findAllStoredRows(
  db: Kysely<Database>,
  key: CohortYearKey,
  page: OrderedPage,
  memo?: VersionMemo | null,
) {
  const rows = await storedRowsQuery(db, key)
    .where(matchesWords(page.words, 'r'))
    .orderBy(orderTerms(page, 'r'))
    .limit(page.limit ?? Number.MAX_SAFE_INTEGER)
    .offset(page.offset)
    .execute()
  return withPredecessors(db, key, rows, memo)
}

/** Full rows per read of a streamed cohort-year. */
export const STREAM_PAGE = 1000

/**
 * Every row of a cohort-year matching the search, in the page's order (its offset and limit
 * too) — the source of a whole list, as a download or one JSON answer — read as pages of
 * `pageSize`: memory holds one page of rows and entries, whatever the cohort's size (a whole
 * 10,600-unit ranking built at once grew the server by 70 MB). In rank order each page after the
 * first starts after the last row read (findRowsAfter); in any other order, at its offset
 * (findPageRows). The pages are separate reads: a write committed between two of them (an import,
 * a publication) would make one list of two versions of the data, a unit twice or not at all, so
 * each page is checked against `version` (the data version the list's answer began under, read
 * before its context) once read, before any of its rows is given, and the list fails with 409.
 */
export async function* streamStoredRows(
  db: Kysely<Database>,
  key: CohortYearKey,
  page: OrderedPage,
  version: string,
  pageSize = STREAM_PAGE,
) {
  const end = page.limit === undefined ? Infinity : page.offset + page.limit
  let last: StoredRowBase | undefined
  for (let at = page.offset; at < end; at += pageSize) {
    const limit = Math.min(pageSize, end - at)
    const rows =
      last && inRankOrder(page)
        ? await findRowsAfter(db, key, page, last, limit)
        : await findPageRows(db, key, { ...page, offset: at, limit })
    if ((await readDataVersion(db)) !== version) throw changedWhileRead()
    yield* rows
    if (rows.length < limit) return
    last = rows.at(-1)
  }
}

function changedWhileRead() {
  return new AppError(409, 'CONFLICT', 'The data changed while the list was read; ask again')
}

/** Rank, then code, both ascending: the covering index's own order. */
const inRankOrder = (page: OrderedPage) => page.sort === 'rank' && page.dir === 'asc'

/**
 * Up to `limit` full rows of the cohort-year matching the search that follow `last` in rank order:
 * one range of the rank index from there, each row's assessment and unit by key, as a whole
 * list's one statement reads them. Cut at an offset instead (findPageRows), each page counted its
 * way past every row before it and then read its rows by code again: a 10,600-unit list read that
 * way took 1.3× the one statement (47 against 35 ms), from here the same.
 */
async function findRowsAfter(
  db: Kysely<Database>,
  key: CohortYearKey,
  page: OrderedPage,
  last: Pick<StoredRowBase, 'rank' | 'unit_code'>,
  limit: number,
) {
  const rows = await storedRowsQuery(db, key)
    .where(matchesWords(page.words, 'r'))
    .where(
      pastCursor(
        { column: 'r.rank', value: last.rank },
        { column: 'r.unit_code', value: last.unit_code },
        'asc',
      ),
    )
    .orderBy(orderTerms(page, 'r'))
    .limit(limit)
    .execute()
  return withPredecessors(db, key, rows, null)
}

export type StoredRankRow = Awaited<ReturnType<typeof findStoredRows>>[number]

/**
 * The stored codes of the cohort-year among `wanted` (matched without regard to case), in the
 * case stored; `missing` the ones it does not hold, as asked.
 */
export async function resolveCodes(
  db: Kysely<Database>,
  key: CohortYearKey,
  wanted: readonly string[],
): Promise<{ found: string[]; missing: string[] }> {
  if (wanted.length === 0) return { found: [], missing: [] }
  const upper = wanted.map((c) => c.toUpperCase())
  // Codes as the API gives them (as asked, or in capitals) are found by key; only the others are
  // matched without regard to case, which reads the whole cohort-year (3.8 ms at 10,600 units,
  // 0.02 ms by key).
  const exact = await yearRanks(db, key)
    .select('cohort_rank.unit_code')
    .where('cohort_rank.unit_code', 'in', [...new Set([...wanted, ...upper])])
    .execute()
  const stored = new Map(exact.map((r) => [r.unit_code.toUpperCase(), r.unit_code]))
  const rest = [...new Set(upper.filter((code) => !stored.has(code)))]
  if (rest.length > 0) {
    const rows = await yearRanks(db, key)
      .select('cohort_rank.unit_code')
      .where(sql<SqlBool>`upper(cohort_rank.unit_code) in (${sql.join(rest)})`)
      .execute()
    for (const r of rows) stored.set(r.unit_code.toUpperCase(), r.unit_code)
  }
  const found: string[] = []
  const missing: string[] = []
  wanted.forEach((code, i) => {
    const hit = stored.get(upper[i]!)
    if (hit) found.push(hit)
    else missing.push(code)
  })
  return { found, missing }
}
