// A cohort-year's summary at any size (ADR 015): counts, averages and grade counts stored on the
// cohort-year (ADR 023), the ends of every order stored beside them (ADR 039; cut in SQL from
// the rank index where a cohort-year predates them, cohort-year-ends.ts), and only the units
// named in the answer read in full.
import type { Kysely } from 'kysely'
import {
  isRankOnly,
  type NotComparableReason,
  RANK_ONLY_REASONS,
} from '#shared/kpi/comparability.ts'
import type { Database } from '../../db/schema.ts'
import { type CohortKey, type Visibility, rankScope } from '#server/cohorts/cohorts.repository.ts'
import { countCohortYear, parseCohortYearCounts } from '#server/cohorts/cohort-year-counts.ts'
import { storedEndsAt, WITHHELD_REASONS } from '#server/cohorts/summary-ends.ts'
import type { VersionMemo } from '#server/lib/version-memo.ts'
import { findCohortYearContext } from './ranking-list.repository.ts'
import { findCohortYearEnds } from './cohort-year-ends.ts'
import { type CohortYearKey, findStoredRows, resolveCodes } from './stored-ranks.repository.ts'

/**
 * The cohort-year's counts, stored on its cohort_year row by the writer of its facts (ADR 023):
 * one row read at any size. A cohort-year without a row has no ranks (a year asked by name that
 * nothing ranked), so its counts are those of no rows. A row without readable counts breaks the
 * invariant every writer and the migration keep: that is a server error, not a recount.
 */
async function findCounts(db: Kysely<Database>, key: CohortYearKey) {
  const row = await db
    .selectFrom('cohort_year')
    .select(['counts', 'summary_ends'])
    .where('parent_code', '=', key.cohort.parentCode)
    .where('kind', '=', key.cohort.kind)
    .where('block', '=', key.cohort.block)
    .where('scope', '=', rankScope(key.visibility))
    .where('year', '=', key.year)
    .executeTakeFirst()
  const stored = row ? parseCohortYearCounts(row.counts) : countCohortYear([])
  if (!stored) throw new Error(`cohort_year ${JSON.stringify(key)} has no stored counts`)
  const reasons = new Map<string | null, number>()
  for (const [reason, n] of stored.reasons) if (!isRankOnly(reason) && n > 0) reasons.set(reason, n)
  // The rank-only reasons in their own order, whatever the stored counts' (the notes under a
  // chart list them so).
  const byReason = new Map(stored.reasons)
  const rankWithheldBy = RANK_ONLY_REASONS.map((reason) => ({
    reason,
    count: byReason.get(reason) ?? 0,
  })).filter((r) => r.count > 0)
  const rankWithheld = rankWithheldBy.reduce((sum, r) => sum + r.count, 0)
  return {
    counts: {
      ranked: stored.ranked,
      average: stored.ranked === 0 ? null : stored.indexSum / stored.ranked,
      improved: stored.improved,
      declined: stored.declined,
      unchanged: stored.unchanged,
      noPrevious: stored.noPrevious,
      rankWithheld,
      rankWithheldBy,
    },
    median: stored.median,
    groups: { grades: new Map(stored.grades), reasons },
    storedEnds: row?.summary_ends ?? null,
  }
}

export type SummaryAsk = { ends: number; focus: readonly string[] }

/** Everything a cohort-year's summary holds, as rows (mapped by ranking-summary.mapper.ts). */
export async function findRankingSummary(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number | undefined,
  visibility: Visibility,
  ask: SummaryAsk,
  memo?: VersionMemo | null,
) {
  const context = await findCohortYearContext(db, cohort, year, visibility, memo)
  if (context.year === null) return { context, facts: null }
  const key: CohortYearKey = { cohort, visibility, year: context.year }
  const [{ counts, median, groups, storedEnds }, focus] = await Promise.all([
    findCounts(db, key),
    resolveCodes(db, key, ask.focus),
  ])
  // The stored counts say which ends have units to name: the others are not read.
  const endsCounts = {
    ranked: counts.ranked,
    changed: counts.improved + counts.declined + counts.unchanged,
    noPrevious: counts.noPrevious,
    withheld: (reason: NotComparableReason) => groups.reasons.get(reason) ?? 0,
  }
  const cut =
    storedEndsAt(storedEnds, ask.ends) ??
    (await findCohortYearEnds(db, key, ask.ends, endsCounts, WITHHELD_REASONS))
  const { lists } = cut
  // Only the units named in the answer are read in full, by key.
  const codes = new Set([
    ...Object.values(lists).flat(),
    ...focus.found,
    ...cut.noPrevious,
    ...cut.withheld.flat(),
  ])
  const rows = await findStoredRows(db, key, [...codes], memo)
  const byCode = new Map(rows.map((r) => [r.unit_code, r]))
  const nameOf = (code: string) => ({ code, name: byCode.get(code)?.unit_name ?? code })
  const named = {
    noPrevious: cut.noPrevious.map(nameOf),
    withheld: cut.withheld.map((list) => list.map(nameOf)),
  }
  const focusRows = focus.found
    .map((code) => byCode.get(code)!)
    .sort((a, b) => Number(a.rank) - Number(b.rank) || (a.unit_code < b.unit_code ? -1 : 1))
  return {
    context,
    facts: { counts, groups, median, lists, byCode, focusRows, missingFocus: focus.missing, named },
  }
}
