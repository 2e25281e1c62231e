// The previous year beside each ranked row, and what stands between the two years (ADR 014):
// the same unit's standing in the same cohort the year before, whether it was ranked in another
// cohort instead, the lineage events that touched it, and its predecessors' standings.
import { isRankAmongLoaded, rankDenominator } from '#shared/kpi/rank-denominator.ts'
import type { Kysely } from 'kysely'
import { yearReferenceDate } from '#shared/domain/units.ts'
import { chunk } from '#server/lib/chunk.ts'
import type { Database } from '#server/db/schema.ts'
import type { CohortKey, Visibility } from './cohorts.repository.ts'
import { rankScope, shownSize } from './cohorts.repository.ts'
import { onRankCohortYear } from './rank-cohort-year-join.ts'

/** A standing as published: the published rank and size where given, else the computed ones. */
export type PublishedStanding = {
  unit_code: string
  unit_name: string
  /**
   * The parent it was ranked under that year (the cohort's): a predecessor from another province
   * (Long An's Sở Nội vụ, succeeded by Tây Ninh's) is named with it. Null where none was found.
   */
  parent_code: string | null
  parent_name: string | null
  year: number
  index_pct: number
  rank: number
  total: number
  /**
   * The unit it went into within the year, itself a predecessor, and the day (Đông Xuyên into Mỹ
   * Xuyên on 1 January 2025, Mỹ Xuyên into phường Long Xuyên on 1 July): null for a unit the
   * successor took in itself. Readers tell the direct predecessors from the earlier step by it.
   */
  via: StandingVia | null
}

/** The unit a predecessor went into on its way to the successor, and the day. */
export type StandingVia = { code: string; name: string; date: string }

export type LineageTouch = {
  event: string
  effective_date: string
  from_code: string
  to_code: string | null
}

export type PreviousFacts = {
  prev_index_pct: number | null
  /** The previous year's rank as published (computed where none was published). */
  prev_rank: number | null
  prev_total: number | null
  /** The previous year's rank was computed among the units loaded of a partial table. */
  prev_among_loaded: boolean
  /** Ranked the previous year, but in another cohort. */
  other_cohort: boolean
  lineage: LineageTouch[]
  /** Units this one succeeded by lineage, with their standing the previous year. */
  predecessors: PublishedStanding[]
}

/** Codes per IN list: well inside SQLite's and PostgreSQL's parameter limits. */
const CODES_PER_STATEMENT = 500
/** Above this many units the previous year is read whole rather than unit by unit. */
const PREVIOUS_BY_UNIT_MAX = 1000

/**
 * Adds PreviousFacts to each row (same unit, year − 1). The same cohort's previous year is read
 * in a second range scan and matched by key here: a SQL join of the rank table to itself is what
 * PostgreSQL turned into a nested loop over a whole national cohort.
 */
export async function withPrevious<R extends { unit_code: string; year: number }>(
  db: Kysely<Database>,
  cohort: CohortKey,
  visibility: Visibility,
  rows: R[],
): Promise<(R & PreviousFacts)[]> {
  if (rows.length === 0) return []
  const years = [...new Set(rows.map((r) => Number(r.year) - 1))]
  const units = [...new Set(rows.map((r) => r.unit_code))]
  const scope = rankScope(visibility)
  let query = db
    .selectFrom('cohort_rank as r')
    .innerJoin('assessment as a', (join) =>
      join.onRef('a.unit_code', '=', 'r.unit_code').onRef('a.year', '=', 'r.year'),
    )
    .select(['r.unit_code', 'r.year', 'r.rank', 'r.index_pct', 'a.published_rank'])
    .where('r.parent_code', '=', cohort.parentCode)
    .where('r.kind', '=', cohort.kind)
    .where('r.block', '=', cohort.block)
    .where('r.scope', '=', scope)
    .where('r.year', 'in', years)
  if (units.length <= PREVIOUS_BY_UNIT_MAX) query = query.where('r.unit_code', 'in', units)
  const [previousRows, totals] = await Promise.all([
    query.execute(),
    db
      .selectFrom('cohort_year')
      .select(['year', 'unit_count', 'published_size'])
      .where('parent_code', '=', cohort.parentCode)
      .where('kind', '=', cohort.kind)
      .where('block', '=', cohort.block)
      .where('scope', '=', scope)
      .where('year', 'in', years)
      .execute(),
  ])
  const shapeOf = new Map(
    totals.map((t) => [
      Number(t.year),
      { total: shownSize(t.published_size, t.unit_count), ranked: Number(t.unit_count) },
    ]),
  )
  // Matched by year, then unit (no key text per row); the fields are added to the rows the
  // driver made rather than copied into new objects (a 10,600-unit ranking makes 10,600 of each).
  const previous = new Map<number, Map<string, (typeof previousRows)[number]>>()
  for (const p of previousRows) {
    const year = Number(p.year)
    let byUnit = previous.get(year)
    if (!byUnit) previous.set(year, (byUnit = new Map()))
    byUnit.set(p.unit_code, p)
  }
  const missing = rows.filter((r) => !previous.get(Number(r.year) - 1)?.has(r.unit_code))
  const [elsewhere, lineage] = await Promise.all([
    rankedElsewhere(db, scope, missing),
    lineageBetween(db, years, units.length <= PREVIOUS_BY_UNIT_MAX ? units : null),
  ])
  const touches = new Map<string, LineageTouch[]>()
  for (const event of lineage) {
    for (const code of [event.from_code, event.to_code]) {
      if (!code) continue
      const list = touches.get(code)
      if (list) list.push(event)
      else touches.set(code, [event])
    }
  }
  type Row = R & PreviousFacts
  const needPredecessors: Row[] = []
  for (const row of rows as Row[]) {
    const year = Number(row.year)
    const prev = previous.get(year - 1)?.get(row.unit_code)
    row.prev_index_pct = prev ? Number(prev.index_pct) : null
    row.prev_rank = prev ? Number(prev.published_rank ?? prev.rank) : null
    const shape = shapeOf.get(year - 1)
    const prevPublished = prev?.published_rank == null ? null : Number(prev.published_rank)
    // A rank computed among a partial table's units is of those units (rank-denominator.ts).
    row.prev_total = prev && shape ? rankDenominator(prevPublished, shape) : null
    row.prev_among_loaded = !!prev && !!shape && isRankAmongLoaded(prevPublished, shape)
    row.other_cohort = !prev && elsewhere.has(`${year - 1}|${row.unit_code}`)
    row.lineage = (touches.get(row.unit_code) ?? []).filter((e) => inYear(e, year))
    row.predecessors = []
    if (row.lineage.some((e) => e.to_code === row.unit_code && e.from_code !== row.unit_code))
      needPredecessors.push(row)
  }
  if (needPredecessors.length > 0) await addPredecessors(db, scope, needPredecessors)
  return rows as Row[]
}

/** Whether an event falls after 31 December of year − 1 and on or before 31 December of year. */
function inYear(event: LineageTouch, year: number): boolean {
  return (
    event.effective_date > yearReferenceDate(year - 1) &&
    event.effective_date <= yearReferenceDate(year)
  )
}

async function rankedElsewhere(
  db: Kysely<Database>,
  scope: string,
  rows: readonly { unit_code: string; year: number }[],
): Promise<Set<string>> {
  const found = new Set<string>()
  if (rows.length === 0) return found
  const years = [...new Set(rows.map((r) => Number(r.year) - 1))]
  for (const codes of chunk([...new Set(rows.map((r) => r.unit_code))], CODES_PER_STATEMENT)) {
    const ranked = await db
      .selectFrom('cohort_rank')
      .select(['unit_code', 'year'])
      .where('unit_code', 'in', codes)
      .where('scope', '=', scope as 'ALL' | 'PUBLISHED')
      .where('year', 'in', years)
      .execute()
    for (const r of ranked) found.add(`${Number(r.year)}|${r.unit_code}`)
  }
  return found
}

/**
 * Lineage events that fall in the years after `previousYears`, of these units (null: of every
 * unit, for a whole cohort). A page reads its own units' events by index: the year of a map
 * change holds thousands of events, and reading them all cost a page of 50 more than its rows.
 */
async function lineageBetween(
  db: Kysely<Database>,
  previousYears: readonly number[],
  units: readonly string[] | null,
): Promise<LineageTouch[]> {
  const first = Math.min(...previousYears)
  const last = Math.max(...previousYears) + 1
  const query = db
    .selectFrom('unit_lineage')
    .select(['event', 'effective_date', 'from_code', 'to_code'])
    .where('effective_date', '>', yearReferenceDate(first))
    .where('effective_date', '<=', yearReferenceDate(last))
    .orderBy('effective_date')
    .orderBy('from_code')
  if (!units) return query.execute()
  const events = new Map<string, LineageTouch>()
  for (const codes of chunk(units, CODES_PER_STATEMENT)) {
    const found = await query
      .where((eb) => eb.or([eb('from_code', 'in', codes), eb('to_code', 'in', codes)]))
      .execute()
    for (const e of found)
      events.set(`${e.event}|${e.effective_date}|${e.from_code}|${e.to_code ?? ''}`, e)
  }
  return [...events.values()].sort(
    (a, b) =>
      (a.effective_date < b.effective_date ? -1 : a.effective_date > b.effective_date ? 1 : 0) ||
      (a.from_code < b.from_code ? -1 : a.from_code > b.from_code ? 1 : 0),
  )
}

/** Each row's predecessors' published standing in the previous year, in whatever cohort. */
async function addPredecessors<R extends { year: number } & PreviousFacts & { unit_code: string }>(
  db: Kysely<Database>,
  scope: string,
  rows: R[],
) {
  // Each row's sources, and theirs within the same year (a unit merged twice in a year stands
  // for the units merged into the one between; stored-predecessors.repository.ts alike).
  const directOf = new Map<R, string[]>()
  const directByYear = new Map<number, string[]>()
  for (const row of rows) {
    const direct = row.lineage
      .filter((e) => e.to_code === row.unit_code && e.from_code !== row.unit_code)
      .map((e) => e.from_code)
    directOf.set(row, direct)
    directByYear.set(Number(row.year), [...(directByYear.get(Number(row.year)) ?? []), ...direct])
  }
  const earlierByYear = new Map<number, Map<string, SourceWithinYear[]>>()
  for (const [year, direct] of directByYear)
    earlierByYear.set(year, await sourcesWithinYear(db, year, direct))
  const sourcesOf = new Map<R, { code: string; via: StandingVia | null }[]>()
  for (const [row, direct] of directOf) {
    const earlier = earlierByYear.get(Number(row.year))
    const all: { code: string; via: StandingVia | null }[] = []
    const visit = (code: string, via: StandingVia | null) => {
      if (all.some((s) => s.code === code) || code === row.unit_code) return
      all.push({ code, via })
      for (const source of earlier?.get(code) ?? [])
        visit(source.code, { code, name: source.toName, date: source.date })
    }
    for (const code of direct) visit(code, null)
    sourcesOf.set(row, all)
  }
  const codes = new Set([...sourcesOf.values()].flat().map((s) => s.code))
  const years = [...new Set(rows.map((r) => Number(r.year) - 1))]
  const standings = new Map<string, PublishedStanding>()
  for (const part of chunk([...codes], CODES_PER_STATEMENT)) {
    const found = await db
      .selectFrom('cohort_rank as r')
      .innerJoin('assessment as a', (join) =>
        join.onRef('a.unit_code', '=', 'r.unit_code').onRef('a.year', '=', 'r.year'),
      )
      .innerJoin('unit as u', 'u.code', 'r.unit_code')
      .innerJoin('cohort_year as y', onRankCohortYear)
      .leftJoin('unit as pu', 'pu.code', 'r.parent_code')
      .select([
        'r.unit_code',
        'u.name as unit_name',
        'r.parent_code',
        'pu.name as parent_name',
        'r.year',
        'r.index_pct',
        'r.rank',
        'a.published_rank',
        'y.unit_count',
        'y.published_size',
      ])
      .where('r.unit_code', 'in', part)
      .where('r.scope', '=', scope as 'ALL' | 'PUBLISHED')
      .where('r.year', 'in', years)
      .execute()
    for (const f of found) {
      standings.set(`${Number(f.year)}|${f.unit_code}`, {
        unit_code: f.unit_code,
        unit_name: f.unit_name,
        parent_code: f.parent_code,
        parent_name: f.parent_name,
        year: Number(f.year),
        index_pct: Number(f.index_pct),
        rank: Number(f.published_rank ?? f.rank),
        total: shownSize(f.published_size, f.unit_count),
        via: null,
      })
    }
  }
  for (const row of rows) {
    for (const { code, via } of sourcesOf.get(row) ?? []) {
      const standing = standings.get(`${Number(row.year) - 1}|${code}`)
      if (standing) row.predecessors.push({ ...standing, via })
    }
  }
}

/** Events within one year followed back this far (stored-predecessors.repository.ts alike). */
const MAX_STEPS_BACK = 4

/** A unit another one took in within the year: its code, the day, and the taker's name. */
type SourceWithinYear = { code: string; date: string; toName: string }

/**
 * The units each of `codes` succeeded within `year` (after 31 December of the year before, on or
 * before 31 December), and the units those succeeded within it, by successor code, each with the
 * day and the successor's name (a predecessor's step is said as such).
 */
async function sourcesWithinYear(
  db: Kysely<Database>,
  year: number,
  codes: readonly string[],
): Promise<Map<string, SourceWithinYear[]>> {
  const found = new Map<string, SourceWithinYear[]>()
  let frontier = [...new Set(codes)]
  for (let step = 0; step < MAX_STEPS_BACK && frontier.length > 0; step++) {
    const next: string[] = []
    for (const part of chunk(frontier, CODES_PER_STATEMENT)) {
      const events = await db
        .selectFrom('unit_lineage as l')
        .innerJoin('unit as t', 't.code', 'l.to_code')
        .select(['l.from_code', 'l.to_code', 'l.effective_date', 't.name as to_name'])
        .where('l.to_code', 'in', part)
        .where('l.effective_date', '>', yearReferenceDate(year - 1))
        .where('l.effective_date', '<=', yearReferenceDate(year))
        .orderBy('l.effective_date')
        .orderBy('l.from_code')
        .execute()
      for (const e of events) {
        if (e.to_code === null || e.from_code === e.to_code) continue
        const list = found.get(e.to_code) ?? []
        if (!list.some((s) => s.code === e.from_code))
          list.push({ code: e.from_code, date: e.effective_date, toName: e.to_name })
        found.set(e.to_code, list)
        if (!found.has(e.from_code)) next.push(e.from_code)
      }
    }
    frontier = next.filter((code) => !found.has(code))
  }
  return found
}
