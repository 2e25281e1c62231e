// The cohort-year summaries (ADR 015): a cohort of any size in a few kilobytes — what the
// overview's tiles and charts read instead of the whole list.
import { AwardCohortSummarySchema } from '#shared/dto/award.ts'
import { RankingSummarySchema } from '#shared/dto/ranking.ts'
import { TaskCohortSummarySchema } from '#shared/dto/task.ts'
import { awardSummaryQuerySchema } from '#shared/schemas/awards.schema.ts'
import { rankingSummaryQuerySchema } from '#shared/schemas/rankings.schema.ts'
import { taskSummaryQuerySchema } from '#shared/schemas/tasks.schema.ts'
import { read } from './openapi.operations.ts'
import { parametersOf } from './openapi.parameters.ts'
import { errors, json } from './openapi.responses.ts'
import type { OpenApiDocument } from './openapi.types.ts'

/** Help of the list parameters every cohort list takes. */
export const LIST_HELP = {
  sort: 'The order (default: rank for rankings, name for tasks and awards); ties and missing values deterministic: missing last, then rank (rankings) or name, then unit code',
  dir: 'asc or desc; omitted → the natural one for the sort (ranks and names ascending, measures descending)',
  q: 'Unit-name search: every word must occur, accents and case optional ("thanh hoa" finds "Thạnh Hóa")',
  limit: 'Page size (default: every matched row)',
  offset: 'Rows of the order to skip before the page (default 0)',
}

const SUMMARY_HELP = {
  parent: 'Code of the parent unit, matched without regard to case',
  kind: 'Level of the units',
  cohort: 'The published block by its name as imported; omitted → the default cohort',
  year: 'Report year; omitted → the latest year with data',
  ends: 'Units at each end of the order (top N and bottom N), 1–50, default 10',
  focus:
    'Comma-separated unit codes (at most 20) given whatever their place; codes the cohort-year does not hold are listed in `missingFocus`',
}

export function cohortSummaryPaths(): OpenApiDocument['paths'] {
  return {
    '/api/rankings/summary': {
      get: read('getRankingSummary', 'results', 'A cohort-year’s ranking in brief, at any size', {
        description:
          'Mean and median index, best and worst, units per grade, the top and bottom `ends` in rank order, the focused units, and the year-over-year counts (improved + declined + unchanged + notComparable + noPrevious = ranked) with the largest movers by index change and by rank move. Read from the facts stored beside each rank (ADR 015).',
        parameters: parametersOf(rankingSummaryQuerySchema, 'query', SUMMARY_HELP),
        responses: { '200': json(RankingSummarySchema), ...errors(400, 404) },
      }),
    },
    '/api/tasks/summary': {
      get: read('getTaskSummary', 'activity', 'A cohort-year’s reform tasks in brief', {
        description:
          'Totals per status with the rates, units with results and with tasks due, the top and bottom `ends` by completion rate (ties: more planned, then name), the focused units.',
        parameters: parametersOf(taskSummaryQuerySchema, 'query', SUMMARY_HELP),
        responses: { '200': json(TaskCohortSummarySchema), ...errors(400, 404) },
      }),
    },
    '/api/awards/summary': {
      get: read('getAwardSummary', 'activity', 'A cohort-year’s awards in brief', {
        description:
          'Totals per award, recipient type and issuing level, units with grants, the top and bottom `ends` by recipients (ties: name), the focused units.',
        parameters: parametersOf(awardSummaryQuerySchema, 'query', SUMMARY_HELP),
        responses: { '200': json(AwardCohortSummarySchema), ...errors(400, 404) },
      }),
    },
  }
}
