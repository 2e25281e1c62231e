import { Hono } from 'hono'
import type { UnitKind } from '#shared/domain/units.ts'
import type { Ranking } from '#shared/dto/ranking.ts'
import { RANKING_SORT_NATURAL_DIR, rankingsQuerySchema } from '#shared/schemas/rankings.schema.ts'
import { type AppEnv, visibilityOf } from '../../lib/app-env.ts'
import { downloadRequest, tableDownload } from '../../lib/table-download/table-download.ts'
import { downloadCohort } from '../../lib/table-download/tables/cohort-label.ts'
import { rankingTable } from './rankings-table.ts'
import { cohortSource } from '../publications/cohort-source.ts'
import { type StreamedBody, streamedJson } from '../../lib/streamed-json.ts'
import { validate } from '../../lib/validate.ts'
import { toGradeBands, toUnitRef } from '#server/cohorts/cohorts.mapper.ts'
import { requireCohort } from '#server/cohorts/require-parent-unit.ts'
import { rankHistoryRoutes } from './rank-history.routes.ts'
import { findRankingList, findWholeRanking } from './ranking-list.repository.ts'
import { rankingSummaryRoutes } from './ranking-summary.routes.ts'
import { toStoredRankingEntry } from './rankings.mapper.ts'
import { searchWords } from '#shared/text/search-words.ts'
import { STREAM_PAGE } from './stored-ranks.repository.ts'

export const rankingRoutes = new Hono<AppEnv>()
  .route('/history', rankHistoryRoutes)
  .route('/summary', rankingSummaryRoutes)
  .get('/', validate('query', rankingsQuerySchema), async (c) => {
    const query = c.req.valid('query')
    const visibility = visibilityOf(c.var.user)
    const { parent, cohort } = await requireCohort(c.var.db, query, visibility, c.var.memo)
    const sort = query.sort ?? 'rank'
    const dir = query.dir ?? RANKING_SORT_NATURAL_DIR[sort]
    const offset = query.offset ?? 0
    const words = searchWords(query.q)
    const page = { sort, dir, words, offset, limit: query.limit }
    const download = downloadRequest(c)
    /** The answer around its items (a page, or null where a whole list is streamed in). */
    const answer = <I>(
      read: { year: number | null; shape: { total: number; ranked: number } } & {
        matched: number
        years: number[]
        sharedMaxPoints: number | null
        publishedRanks: number | null
      },
      gradeBands: Ranking['gradeBands'],
      items: I,
    ) => ({
      year: read.year,
      parent: toUnitRef(parent),
      kind: query.kind as UnitKind,
      block: cohort.block === '' ? null : cohort.block,
      total: read.shape.total,
      ranked: read.shape.ranked,
      matched: read.matched,
      maxPoints: read.sharedMaxPoints,
      publishedRanks: read.publishedRanks,
      sort,
      dir,
      offset,
      items,
      gradeBands,
      years: read.years,
    })
    // A whole list, any download and a page longer than a read's page are read and written a
    // page at a time: their memory is one page at any size.
    if (download || query.limit === undefined || query.limit > STREAM_PAGE) {
      const whole = await findWholeRanking(
        c.var.db,
        cohort,
        query.year,
        visibility,
        page,
        c.var.memo,
      )
      if (download)
        return tableDownload(
          c,
          download,
          rankingTable({
            cohort: downloadCohort(parent, query.kind, cohort.block),
            year: whole.year,
            total: whole.shape.total,
            ranked: whole.shape.ranked,
            gradeBands: whole.gradeBands,
            items: whole.entries,
            source: await cohortSource(
              c.var.db,
              parent,
              cohort,
              whole.year === null ? [] : [whole.year],
              visibility.includeDrafts,
            ),
            lang: download.lang,
          }),
        )
      const body: StreamedBody<Ranking, 'items'> = answer(whole, whole.gradeBands, null)
      return streamedJson(c, body, 'items', whole.entries)
    }
    const found = await findRankingList(c.var.db, cohort, query.year, visibility, page, c.var.memo)
    const gradeBands = toGradeBands(found.bands, found.schemeId)
    const year = found.year
    const items =
      year === null
        ? []
        : found.rows.map((row) => toStoredRankingEntry(row, year, gradeBands, found.shape))
    const body: Ranking = answer(found, gradeBands, items)
    return c.json(body, 200)
  })
