// A cohort-year's ranking sorted, searched and paged on the server (ADR 015): the page's codes
// come from the stored facts' covering index, then only the page's rows are read in full.
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'
import type { CohortKey, Visibility } from '#server/cohorts/cohorts.repository.ts'
import { findCohortYears } from '#server/cohorts/cohorts.repository.ts'
import {
  findGradeBands,
  findSchemes,
  schemeChangedIn,
  schemeForYear,
} from '#server/cohorts/cohort-schemes.repository.ts'
import type { RankingEntry } from '#shared/dto/ranking.ts'
import { toGradeBands } from '#server/cohorts/cohorts.mapper.ts'
import { type VersionMemo, remembered } from '#server/lib/version-memo.ts'
import { readDataVersion } from '#server/lib/data-version.ts'
import { type CohortYearShape, toStoredRankingEntry } from './rankings.mapper.ts'
import {
  type CohortYearKey,
  type OrderedPage,
  countMatching,
  findAllStoredRows,
  findPageRows,
  streamStoredRows,
} from './stored-ranks.repository.ts'

/**
 * What every view of a cohort-year needs besides its rows: the cohort's years, the chosen year
 * (the latest when none is asked; null when the cohort has none), its size and the grade bands
 * of the year's scheme. Kept in `memo` for the data version when given (ADR 040): every page,
 * sort and search of the cohort-year shares it.
 */
export function findCohortYearContext(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number | undefined,
  visibility: Visibility,
  memo?: VersionMemo | null,
) {
  const { parentCode, kind, block } = cohort
  const key = ['cohort-year', parentCode, kind, block, visibility.includeDrafts, year]
  return remembered(memo, key, () => readCohortYearContext(db, cohort, year, visibility))
}

async function readCohortYearContext(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number | undefined,
  visibility: Visibility,
) {
  const [cohortYears, schemes] = await Promise.all([
    findCohortYears(db, cohort, visibility),
    findSchemes(db, { code: cohort.parentCode }, cohort.kind),
  ])
  const years = cohortYears.map((y) => y.year)
  const chosen = year ?? years.at(-1)
  const cohortYear = cohortYears.find((y) => y.year === chosen)
  const shape: CohortYearShape = {
    total: cohortYear?.total ?? 0,
    ranked: cohortYear?.units ?? 0,
    schemeChanged: chosen !== undefined && schemeChangedIn(schemes, chosen),
  }
  const schemeId = chosen === undefined ? undefined : schemeForYear(schemes, chosen)?.id
  const bands = await findGradeBands(db, schemeId ? [schemeId] : [])
  return {
    year: chosen ?? null,
    years,
    shape,
    publishedSize: cohortYear?.publishedSize ?? null,
    sharedMaxPoints: cohortYear?.sharedMaxPoints ?? null,
    publishedRanks: cohortYear?.publishedRanks ?? null,
    bands,
    schemeId,
  }
}

/** The cohort-year's rows the search matches: all `ranked` of them without one. */
function matchedRows(
  db: Kysely<Database>,
  key: CohortYearKey,
  ranked: number,
  words: readonly string[],
): Promise<number> | number {
  return words.length === 0 ? ranked : countMatching(db, key, words)
}

/** One page of a cohort-year's ranking in the asked order, with the rows the search matched. */
export async function findRankingList(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number | undefined,
  visibility: Visibility,
  page: OrderedPage,
  memo?: VersionMemo | null,
) {
  const context = await findCohortYearContext(db, cohort, year, visibility, memo)
  if (context.year === null || context.shape.ranked === 0)
    return { ...context, matched: 0, rows: [] }
  const key = { cohort, visibility, year: context.year }
  // A page is cut from the covering index (codes only), then its rows read by key; a whole
  // list is read in one ordered statement.
  const rowsOf = () =>
    page.limit === undefined
      ? findAllStoredRows(db, key, page, memo)
      : findPageRows(db, key, page, memo)
  const [rows, matched] = await Promise.all([
    rowsOf(),
    matchedRows(db, key, context.shape.ranked, page.words),
  ])
  return { ...context, matched, rows }
}

/**
 * A cohort-year's whole list — every row matching the search, from the offset, in the asked
 * order — as entries read a page at a time (stored-ranks.repository.ts, streamStoredRows): the
 * source of a whole-list download or JSON answer, whose memory stays one page at any size.
 */
export async function findWholeRanking(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number | undefined,
  visibility: Visibility,
  page: OrderedPage,
  memo?: VersionMemo | null,
) {
  // Read first: the list's context, count and every page of its rows are checked against it.
  const version = await readDataVersion(db)
  const context = await findCohortYearContext(db, cohort, year, visibility, memo)
  const gradeBands = toGradeBands(context.bands, context.schemeId)
  if (context.year === null || context.shape.ranked === 0)
    return { ...context, gradeBands, matched: 0, entries: noEntries() }
  const chosen: number = context.year
  const key = { cohort, visibility, year: chosen }
  const matched = await matchedRows(db, key, context.shape.ranked, page.words)
  async function* entries(): AsyncGenerator<RankingEntry> {
    for await (const row of streamStoredRows(db, key, page, version))
      yield toStoredRankingEntry(row, chosen, gradeBands, context.shape)
  }
  return { ...context, gradeBands, matched, entries: entries() }
}

async function* noEntries(): AsyncGenerator<RankingEntry> {}
