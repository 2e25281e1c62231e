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

/**
 * Counts over the cohort-year's stored facts — the changes, the units per grade and per withheld
 * reason — in one pass of its index range, grouped by grade and added up here.
 */
async function findCounts(db: Kysely<Database>, key: CohortYearKey) {
  const isReason = (reason: NotComparableReason) =>
    sql<number>`sum(case when cohort_rank.not_comparable = ${reason} then 1 else 0 end)`
  const rows = await yearRanks(db, key)
    .select((eb) => [
      'cohort_rank.grade',
      eb.fn.countAll<number>().as('ranked'),
      eb.fn.sum<number>('cohort_rank.index_pct').as('index_sum'),
      sql<number>`sum(case when cohort_rank.delta_pct > 0 then 1 else 0 end)`.as('improved'),
      sql<number>`sum(case when cohort_rank.delta_pct < 0 then 1 else 0 end)`.as('declined'),
      sql<number>`sum(case when cohort_rank.delta_pct = 0 then 1 else 0 end)`.as('unchanged'),
      sql<number>`sum(case when cohort_rank.delta_pct is null and cohort_rank.not_comparable is null then 1 else 0 end)`.as(
        'no_previous',
      ),
      isReason('COHORT_SIZE').as('rank_withheld'),
      ...WITHHELD_REASONS.map((reason) => isReason(reason).as(`withheld_${reason}`)),
    ])
    .groupBy('cohort_rank.grade')
    .execute()
  const total = (column: keyof (typeof rows)[number]) =>
    rows.reduce((sum, row) => sum + Number(row[column] ?? 0), 0)
  const ranked = total('ranked')
  const grades = new Map(rows.map((g) => [g.grade, Number(g.ranked)]))
  const reasons = new Map<string | null, number>()
  for (const reason of WITHHELD_REASONS) {
    const n = rows.reduce(
      (sum, row) => sum + Number((row as Record<string, unknown>)[`withheld_${reason}`] ?? 0),
      0,
    )
    if (n > 0) reasons.set(reason, n)
  }
  return {
    counts: {
      ranked,
      average: ranked === 0 ? null : total('index_sum') / ranked,
      improved: total('improved'),
      declined: total('declined'),
      unchanged: total('unchanged'),
      noPrevious: total('no_previous'),
      rankWithheld: total('rank_withheld'),
    },
    groups: { grades, reasons },
  }
}

/**
 * The median index: the middle row of the index order, or the mean of the middle two. Rank is
 * rank() over the index, highest first, so the index order is the rank order read backwards:
 * the covering index walked from its end, no sort.
 */
async function findMedian(db: Kysely<Database>, key: CohortYearKey, ranked: number) {
  if (ranked === 0) return null
  const rows = await yearRanks(db, key)
    .select('cohort_rank.index_pct')
    .orderBy('cohort_rank.rank', 'desc')
    .orderBy('cohort_rank.unit_code', 'desc')
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
  const { counts, groups } = await findCounts(db, key)
  const [median, top, bottom, risers, fallers, rankRisers, rankFallers, named, focus] =
    await Promise.all([
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
