// A cohort-year's summary at any size (ADR 015): counts, averages and grade counts aggregated in
// the database over the stored facts, the ends of each order cut there, and only the units named
// in the answer read in full.
import { sql, type Kysely } from 'kysely'
import type { NotComparableReason } from '#shared/kpi/comparability.ts'
import type { Database } from '../../db/schema.ts'
import type { CohortKey, Visibility } from '../cohorts/cohorts.repository.ts'
import { findCohortYearContext } from './ranking-list.repository.ts'
import {
  type CohortYearKey,
  findOrderedCodes,
  findStoredRows,
  resolveCodes,
  yearRanks,
} from './stored-ranks.repository.ts'

/** Reasons that withhold the whole change (COHORT_SIZE withholds the rank move only). */
export const WITHHELD_REASONS: readonly NotComparableReason[] = ['LINEAGE', 'SCHEME', 'COHORT']

const ordered = (
  db: Kysely<Database>,
  key: CohortYearKey,
  sort: 'rank' | 'deltaPct' | 'rankChange',
  dir: 'asc' | 'desc',
  limit: number,
  offset = 0,
) => findOrderedCodes(db, key, { sort, dir, words: [], offset, limit, present: true })

/** Counts over the cohort-year's stored facts, in one pass of its index range. */
async function findCounts(db: Kysely<Database>, key: CohortYearKey) {
  const row = await yearRanks(db, key)
    .select((eb) => [
      eb.fn.countAll<number>().as('ranked'),
      eb.fn.avg<number>('cohort_rank.index_pct').as('average'),
      sql<number>`sum(case when cohort_rank.delta_pct > 0 then 1 else 0 end)`.as('improved'),
      sql<number>`sum(case when cohort_rank.delta_pct < 0 then 1 else 0 end)`.as('declined'),
      sql<number>`sum(case when cohort_rank.delta_pct = 0 then 1 else 0 end)`.as('unchanged'),
      sql<number>`sum(case when cohort_rank.delta_pct is null and cohort_rank.not_comparable is null then 1 else 0 end)`.as(
        'no_previous',
      ),
      sql<number>`sum(case when cohort_rank.not_comparable = 'COHORT_SIZE' then 1 else 0 end)`.as(
        'rank_withheld',
      ),
    ])
    .executeTakeFirstOrThrow()
  return {
    ranked: Number(row.ranked),
    average: row.average === null ? null : Number(row.average),
    improved: Number(row.improved ?? 0),
    declined: Number(row.declined ?? 0),
    unchanged: Number(row.unchanged ?? 0),
    noPrevious: Number(row.no_previous ?? 0),
    rankWithheld: Number(row.rank_withheld ?? 0),
  }
}

/** Units per grade, and per reason a change is withheld. */
async function findGroupCounts(db: Kysely<Database>, key: CohortYearKey) {
  const [grades, reasons] = await Promise.all([
    yearRanks(db, key)
      .select((eb) => ['cohort_rank.grade', eb.fn.countAll<number>().as('n')])
      .groupBy('cohort_rank.grade')
      .execute(),
    yearRanks(db, key)
      .select((eb) => ['cohort_rank.not_comparable', eb.fn.countAll<number>().as('n')])
      .where('cohort_rank.not_comparable', 'in', [...WITHHELD_REASONS])
      .groupBy('cohort_rank.not_comparable')
      .execute(),
  ])
  return {
    grades: new Map(grades.map((g) => [g.grade, Number(g.n)])),
    reasons: new Map(reasons.map((r) => [r.not_comparable, Number(r.n)])),
  }
}

/** The median index: the middle row of the index order, or the mean of the middle two. */
async function findMedian(db: Kysely<Database>, key: CohortYearKey, ranked: number) {
  if (ranked === 0) return null
  const rows = await yearRanks(db, key)
    .select('cohort_rank.index_pct')
    .orderBy('cohort_rank.index_pct')
    .limit(ranked % 2 === 0 ? 2 : 1)
    .offset(Math.floor((ranked - 1) / 2))
    .execute()
  const values = rows.map((r) => Number(r.index_pct))
  return values.reduce((a, b) => a + b, 0) / values.length
}

/** The first `limit` units (rank order) of each withheld reason, and of units new to the cohort. */
async function findNamedGroups(db: Kysely<Database>, key: CohortYearKey, limit: number) {
  const named = (reason: NotComparableReason | null) => {
    const query = yearRanks(db, key)
      .innerJoin('unit as u', 'u.code', 'cohort_rank.unit_code')
      .select(['cohort_rank.unit_code as code', 'u.name'])
      .where('cohort_rank.delta_pct', 'is', null)
    return (
      reason === null
        ? query.where('cohort_rank.not_comparable', 'is', null)
        : query.where('cohort_rank.not_comparable', '=', reason)
    )
      .orderBy('cohort_rank.rank')
      .orderBy('cohort_rank.unit_code')
      .limit(limit)
      .execute()
  }
  const [noPrevious, ...withheld] = await Promise.all([
    named(null),
    ...WITHHELD_REASONS.map((reason) => named(reason)),
  ])
  return { noPrevious: noPrevious!, withheld }
}

export type SummaryAsk = { ends: number; focus: readonly string[] }

/** Everything a cohort-year's summary holds, as rows (mapped by ranking-summary.mapper.ts). */
export async function findRankingSummary(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number | undefined,
  visibility: Visibility,
  ask: SummaryAsk,
) {
  const context = await findCohortYearContext(db, cohort, year, visibility)
  if (context.year === null) return { context, facts: null }
  const key: CohortYearKey = { cohort, visibility, year: context.year }
  const { ends } = ask
  const counts = await findCounts(db, key)
  const [groups, median, top, bottom, risers, fallers, rankRisers, rankFallers, named, focus] =
    await Promise.all([
      findGroupCounts(db, key),
      findMedian(db, key, counts.ranked),
      ordered(db, key, 'rank', 'asc', ends),
      ordered(db, key, 'rank', 'asc', ends, Math.max(0, counts.ranked - ends)),
      ordered(db, key, 'deltaPct', 'desc', ends),
      ordered(db, key, 'deltaPct', 'asc', ends),
      ordered(db, key, 'rankChange', 'desc', ends),
      ordered(db, key, 'rankChange', 'asc', ends),
      findNamedGroups(db, key, ends),
      resolveCodes(db, key, ask.focus),
    ])
  // The focused units in rank order: their codes cut from the rank order of the cohort-year.
  const lists = { top, bottom, risers, fallers, rankRisers, rankFallers }
  const codes = new Set([...Object.values(lists).flat(), ...focus.found])
  const rows = await findStoredRows(db, key, [...codes])
  const byCode = new Map(rows.map((r) => [r.unit_code, r]))
  const focusRows = focus.found
    .map((code) => byCode.get(code)!)
    .sort((a, b) => Number(a.rank) - Number(b.rank) || (a.unit_code < b.unit_code ? -1 : 1))
  return {
    context,
    facts: { counts, groups, median, lists, byCode, focusRows, missingFocus: focus.missing, named },
  }
}
