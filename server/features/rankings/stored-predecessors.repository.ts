// The predecessors of a cohort-year's rows whose change a lineage event withheld (ADR 014): the
// units they succeeded that year, each with its published standing the year before. The stored
// rows already hold every other previous-year fact, so only this is read, in one statement per
// slice of units (or for the whole cohort-year): the events that ended in these units joined to
// their sources' standings.
import type { Kysely } from 'kysely'
import { yearReferenceDate } from '#shared/domain/units.ts'
import { chunk } from '#server/lib/chunk.ts'
import type { Database } from '#server/db/schema.ts'
import { cohortRanks, rankScope, shownSize } from '#server/cohorts/cohorts.repository.ts'
import type { PublishedStanding, StandingVia } from '#server/cohorts/previous-year.repository.ts'
import type { CohortYearKey } from './stored-ranks.repository.ts'
import { onRankCohortYear } from '#server/cohorts/rank-cohort-year-join.ts'

/** Codes per IN list: well inside SQLite's and PostgreSQL's parameter limits. */
const CODES_PER_STATEMENT = 500

type Event = { effective_date: string; from_code: string; to_code: string; to_name: string }

/** Lineage order: effective date, then source code (as JavaScript compares strings). */
function byDateThenSource(a: Event, b: Event): number {
  return (
    (a.effective_date < b.effective_date ? -1 : a.effective_date > b.effective_date ? 1 : 0) ||
    (a.from_code < b.from_code ? -1 : a.from_code > b.from_code ? 1 : 0)
  )
}

/** Where the events' units come from: a list of codes, or every withheld row of the key. */
type Successors = { codes: readonly string[] } | { cohortYear: true }

/**
 * Predecessors by unit code, for the units of `codes` that succeeded another unit in the key's
 * year (an event into them from another code after 31 December of the year before, on or before
 * 31 December of the year); units without one are absent. Each unit's sources come in lineage
 * order, once each, those ranked in the reader's scope the year before (in any cohort) only.
 */
export async function findPredecessors(
  db: Kysely<Database>,
  key: CohortYearKey,
  codes: readonly string[],
  depth = 0,
): Promise<Record<string, PublishedStanding[]>> {
  const found: Record<string, PublishedStanding[]> = Object.create(null)
  for (const part of chunk([...new Set(codes)], CODES_PER_STATEMENT))
    Object.assign(found, await readPredecessors(db, key, { codes: part }, depth))
  return found
}

/**
 * Events within one year followed back this far: a unit merged twice in a year (Long An's Sở Tài
 * nguyên và Môi trường into its Sở Nông nghiệp và Môi trường on 1 March 2025, that one into Tây
 * Ninh's on 1 July) is a predecessor of the last unit through the one between.
 */
const MAX_STEPS_BACK = 4

/**
 * The predecessors of every row of the cohort-year whose change a lineage event withheld, by
 * unit code, in one statement (the events joined to the cohort-year's withheld rows): what a
 * version memo keeps, so every page, sort and search of the cohort-year reads none (ADR 040).
 */
export function findCohortYearPredecessors(
  db: Kysely<Database>,
  key: CohortYearKey,
): Promise<Record<string, PublishedStanding[]>> {
  return readPredecessors(db, key, { cohortYear: true })
}

async function readPredecessors(
  db: Kysely<Database>,
  key: CohortYearKey,
  successors: Successors,
  depth = 0,
): Promise<Record<string, PublishedStanding[]>> {
  const previousYear = key.year - 1
  const scope = rankScope(key.visibility)
  const rows = await db
    .selectFrom('unit_lineage as l')
    .leftJoin('cohort_rank as r', (join) =>
      join
        .onRef('r.unit_code', '=', 'l.from_code')
        .on('r.scope', '=', scope)
        .on('r.year', '=', previousYear),
    )
    .leftJoin('assessment as a', (join) =>
      join.onRef('a.unit_code', '=', 'r.unit_code').onRef('a.year', '=', 'r.year'),
    )
    .leftJoin('unit as u', 'u.code', 'r.unit_code')
    .leftJoin('unit as t', 't.code', 'l.to_code')
    .leftJoin('unit as pu', 'pu.code', 'r.parent_code')
    .leftJoin('cohort_year as y', onRankCohortYear)
    .select([
      'l.effective_date',
      'l.from_code',
      'l.to_code',
      't.name as to_name',
      'a.unit_code as assessed_code',
      'u.name as unit_name',
      'r.parent_code',
      'pu.name as parent_name',
      'y.unit_count',
      'y.published_size',
      'r.index_pct',
      'r.rank',
      'a.published_rank',
    ])
    .where('l.effective_date', '>', yearReferenceDate(previousYear))
    .where('l.effective_date', '<=', yearReferenceDate(key.year))
    .where(
      'l.to_code',
      'in',
      'codes' in successors
        ? [...successors.codes]
        : cohortRanks(db, key.cohort, key.visibility)
            .where('cohort_rank.year', '=', key.year)
            .select('cohort_rank.unit_code')
            .where('cohort_rank.not_comparable', '=', 'LINEAGE'),
    )
    .execute()
  const events: Event[] = []
  const standings = new Map<string, PublishedStanding>()
  for (const row of rows) {
    if (row.to_code === null) continue
    events.push({
      effective_date: row.effective_date,
      from_code: row.from_code,
      to_code: row.to_code,
      to_name: row.to_name ?? row.to_code,
    })
    // A standing needs the source's assessment, unit and cohort-year all found, as joined.
    if (row.assessed_code === null || row.unit_name === null || row.unit_count === null) continue
    standings.set(row.from_code, {
      unit_code: row.from_code,
      unit_name: row.unit_name,
      parent_code: row.parent_code,
      parent_name: row.parent_name,
      year: previousYear,
      index_pct: Number(row.index_pct),
      rank: Number(row.published_rank ?? row.rank),
      total: shownSize(row.published_size, row.unit_count),
      via: null,
    })
  }
  const sources = new Map<string, string[]>()
  // The step each source took into its successor: said on the standing where the successor is
  // itself a predecessor (a call for the units between, depth > 0).
  const steps = new Map<string, StandingVia>()
  for (const event of events.sort(byDateThenSource)) {
    const list = sources.get(event.to_code)
    if (!list) sources.set(event.to_code, [event.from_code])
    else if (!list.includes(event.from_code)) list.push(event.from_code)
    steps.set(`${event.to_code}|${event.from_code}`, {
      code: event.to_code,
      name: event.to_name,
      date: event.effective_date,
    })
  }
  // A source stands for the units it succeeded in the same year too, found the same way: one
  // made during the year has no standing of its own, and one that took in another (Đông Xuyên
  // into Mỹ Xuyên on 1 January 2025, Mỹ Xuyên into phường Long Xuyên on 1 July) has only its own.
  const between = [
    ...new Set([...sources].flatMap(([code, from]) => from.filter((s) => s !== code))),
  ]
  const earlier =
    between.length > 0 && depth < MAX_STEPS_BACK
      ? await findPredecessors(db, key, between, depth + 1)
      : {}
  // Codes are keys of an object without a prototype: no code can name an inherited property.
  const found: Record<string, PublishedStanding[]> = Object.create(null)
  for (const [code, from] of sources) {
    // Only a unit that succeeded another has predecessors (its own code alone is no lineage).
    if (from.every((source) => source === code)) continue
    const list: PublishedStanding[] = []
    for (const source of from) {
      const own = standings.get(source)
      const standing = own && {
        ...own,
        via: depth > 0 ? (steps.get(`${code}|${source}`) ?? null) : null,
      }
      for (const s of [...(standing ? [standing] : []), ...(earlier[source] ?? [])])
        if (!list.some((known) => known.unit_code === s.unit_code)) list.push(s)
    }
    found[code] = list
  }
  return found
}
