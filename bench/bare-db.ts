// The floor for the full-stack ratio: the same cohort ranking as the rankings repository reads it
// (stored ranks with the facts stored beside them, joined to their assessments and units,
// published scope, rank order; a page's codes cut from the rank index in a subquery, each of its
// rows read by key in the same statement, as findPageRows reads a page), as prepared statements
// on better-sqlite3 — no HTTP, no Kysely, no mapping, no JSON. The ratio isolates the cost of
// everything around the database.
// For reference, the ranking computed on the fly with rank() (how it was read before ranks were
// stored, ADR 010) is timed too.
import SQLite from 'better-sqlite3'
import { acceptsGzip, GZIP_MIN_BYTES, gzipBody } from '../server/lib/response-coding.ts'
import type { Percentiles } from './stats.ts'
import { measureSync } from './latency.ts'

/** The columns the repository reads (stored-ranks.repository.ts, STORED_ROW_COLUMNS). */
const STORED_COLUMNS = `
select r.unit_code, u.name as unit_name, r.year, r.rank, r.index_pct, r.points,
       r.grade as shown_grade, r.prev_index_pct, r.prev_rank, r.prev_total, r.delta_pct,
       r.rank_change, r.not_comparable, a.max_points, a.grade, a.status, a.published_rank,
       a.published_grade, a.published_index_pct`

/** A stored rank row `r` joined to its assessment and unit. */
const JOINED = `
join assessment a on a.unit_code = r.unit_code and a.year = r.year
join unit u on u.code = r.unit_code`

/** The stored rank row `r` is one of the cohort-year's (parent, kind, year), published scope. */
const OF_COHORT_YEAR = `
where r.parent_code = ? and r.kind = ? and r.block = '' and r.scope = 'PUBLISHED' and r.year = ?`

const STORED_RANKING_SQL = `${STORED_COLUMNS}
from cohort_rank r${JOINED}${OF_COHORT_YEAR}`

/**
 * A page: its codes cut from the rank index in a subquery, CROSS JOIN the stored rows (SQLite keeps
 * that order: a seek per code), as findPageRows reads it.
 */
const PAGE_SQL = `${STORED_COLUMNS}
from (
  select unit_code from cohort_rank
  where parent_code = ? and kind = ? and block = '' and scope = 'PUBLISHED' and year = ?
  order by rank, unit_code limit ? offset ?) p
cross join cohort_rank r${JOINED}${OF_COHORT_YEAR}
  and r.unit_code = p.unit_code`

const RANK_ORDER = `
order by r.rank, r.unit_code`

export type BareRow = { unit_code: string; rank: number }

/** Rank order, ties by unit code: the order the repository returns. */
const byRank = (a: BareRow, b: BareRow) => a.rank - b.rank || (a.unit_code < b.unit_code ? -1 : 1)

const COMPUTED_RANKING_SQL = `
select cur.*, prev.index_pct as prev_index_pct, prev.rank as prev_rank
from (
  select a.unit_code, u.name as unit_name, a.year, a.index_pct, a.points, a.max_points, a.grade, a.status,
         a.published_rank, a.published_grade, a.published_index_pct,
         rank() over (order by a.index_pct desc) as rank
  from assessment a join unit u on u.code = a.unit_code
  where a.cohort_parent_code = ? and u.kind = ? and a.cohort_block = '' and a.year = ?
    and a.status = 'PUBLISHED'
) cur
left join (
  select a.unit_code, a.index_pct, rank() over (order by a.index_pct desc) as rank
  from assessment a join unit u on u.code = a.unit_code
  where a.cohort_parent_code = ? and u.kind = ? and a.cohort_block = '' and a.year = ?
    and a.status = 'PUBLISHED'
) prev on prev.unit_code = cur.unit_code`

export type BareDbFigures = Percentiles & { rows: number }

export type BareRanking = {
  cohort: { parent: string; kind: string; year: number }
  /** stored: the repository's read; computed: rank() on the fly, whole cohort. */
  how: 'stored' | 'computed'
  page?: { offset: number; limit: number }
}

/** The bare read of a ranking as a function of no arguments, on an open better-sqlite3 handle. */
export function bareRankingRun(db: SQLite.Database, ranking: BareRanking): () => BareRow[] {
  const { parent, kind, year } = ranking.cohort
  return ranking.how === 'stored'
    ? storedRun(db, parent, kind, year, ranking.page)
    : computedRun(db, parent, kind, year)
}

/**
 * The ranking a request path reads, in rank order, whole or a page: the reads this file knows.
 * Null for any other request (another order, a search or a file format reads other rows).
 */
export function bareRankingOfPath(path: string): BareRanking | null {
  const url = new URL(path, 'http://x')
  if (url.pathname !== '/api/rankings') return null
  const q = url.searchParams
  const parent = q.get('parent')
  const kind = q.get('kind')
  const year = Number(q.get('year'))
  const sort = q.get('sort') ?? 'rank'
  const dir = q.get('dir') ?? 'asc'
  if (!parent || !kind || !Number.isInteger(year) || year <= 0) return null
  if (q.get('format') || q.get('q') || q.get('cohort') || sort !== 'rank' || dir !== 'asc')
    return null
  const limit = q.get('limit')
  const page = limit ? { offset: Number(q.get('offset') ?? 0), limit: Number(limit) } : undefined
  return { cohort: { parent, kind, year }, how: 'stored', page }
}

/** Samples until `samples` are taken or `budgetMs` has passed (at least 20). */
export function measureBareRanking(
  filename: string,
  ranking: BareRanking,
  samples: number,
  budgetMs: number,
): BareDbFigures {
  const db = new SQLite(filename, { readonly: true })
  try {
    const run = bareRankingRun(db, ranking)
    const start = performance.now()
    const rows = run().length
    const once = Math.max(0.001, performance.now() - start)
    const affordable = Math.max(20, Math.min(samples, Math.floor(budgetMs / once)))
    return {
      ...measureSync(run, affordable, Math.min(5, affordable)),
      rows,
    }
  } finally {
    db.close()
  }
}

function storedRun(
  db: SQLite.Database,
  parent: string,
  kind: string,
  year: number,
  page: { offset: number; limit: number } | undefined,
) {
  const cohort = [parent, kind, year]
  if (!page) {
    const statement = db.prepare(STORED_RANKING_SQL + RANK_ORDER)
    return () => statement.all(...cohort) as BareRow[]
  }
  const statement = db.prepare(PAGE_SQL + RANK_ORDER)
  const args = [...cohort, page.limit, page.offset, ...cohort]
  return () => statement.all(...args) as BareRow[]
}

function computedRun(db: SQLite.Database, parent: string, kind: string, year: number) {
  const statement = db.prepare(COMPUTED_RANKING_SQL)
  const args = [parent, kind, year, parent, kind, year - 1]
  // Sorted in JavaScript: with an ORDER BY, SQLite drops the automatic index on the joined
  // derived table and the join becomes quadratic.
  return () => (statement.all(...args) as BareRow[]).sort(byRank)
}

/**
 * The bare server's answer: the rows as JSON, gzip-compressed when the product's would be
 * (server/lib/response-coding.ts), so both sides of a ratio send the client the same coding.
 */
export function bareAnswer(
  rows: readonly BareRow[],
  acceptEncoding: string | undefined,
): { body: Uint8Array; headers: Record<string, string | number> } {
  const json = Buffer.from(JSON.stringify({ items: rows }))
  const compressed = json.byteLength >= GZIP_MIN_BYTES && acceptsGzip(acceptEncoding)
  const body = compressed ? gzipBody(json) : json
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'content-length': body.byteLength,
      ...(compressed ? { 'content-encoding': 'gzip' } : {}),
    },
  }
}
