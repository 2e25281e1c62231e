// The cohort-year summaries (ADR 015): a cohort of any size in a few kilobytes — what the
// overview's tiles and charts read instead of the whole list.
import { NOT_COMPARABLE_REASONS } from '#shared/kpi/comparability.ts'
import { awardSummaryQuerySchema } from '#shared/schemas/awards.schema.ts'
import { rankingSummaryQuerySchema } from '#shared/schemas/rankings.schema.ts'
import { taskSummaryQuerySchema } from '#shared/schemas/tasks.schema.ts'
import { int, list, nullable, num, obj, oneOf, ref, str } from './openapi.json-schema.ts'
import { read } from './openapi.operations.ts'
import { parametersOf } from './openapi.parameters.ts'
import { errors, json } from './openapi.responses.ts'
import { withAwardBreakdown } from './openapi.award-breakdown.ts'
import type { JsonSchema, OpenApiDocument } from './openapi.types.ts'

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

const block: JsonSchema = {
  ...nullable(str),
  description: 'The published block; null: the default cohort',
}
const head = {
  year: nullable(int),
  parent: ref('UnitRef'),
  kind: ref('UnitKind'),
  block,
  years: list(int),
  ends: int,
  missingFocus: list(str),
}
const unitGroup = obj({ count: int, units: list(ref('UnitRef')) })

export const COHORT_SUMMARY_SCHEMAS: Record<string, JsonSchema> = {
  RankingSummary: obj({
    ...head,
    total: int,
    publishedSize: nullable(int),
    ranked: int,
    gradeBands: list(ref('GradeBand')),
    averageIndexPct: nullable(num),
    medianIndexPct: nullable(num),
    best: nullable(ref('RankingEntry')),
    worst: nullable(ref('RankingEntry')),
    gradeCounts: list(obj({ grade: nullable(str), count: int })),
    top: list(ref('RankingEntry')),
    bottom: list(ref('RankingEntry')),
    focus: list(ref('RankingEntry')),
    changes: nullable(
      obj({
        previousYear: int,
        improved: int,
        declined: int,
        unchanged: int,
        notComparable: int,
        noPrevious: unitGroup,
        withheld: list(
          obj({ reason: oneOf(NOT_COMPARABLE_REASONS), count: int, units: list(ref('UnitRef')) }),
        ),
        rankWithheld: int,
        risers: list(ref('RankingEntry')),
        fallers: list(ref('RankingEntry')),
        rankRisers: list(ref('RankingEntry')),
        rankFallers: list(ref('RankingEntry')),
      }),
    ),
  }),
  TaskCohortSummary: obj({
    ...head,
    unitsWithData: int,
    unitsWithPlan: int,
    totals: ref('TaskSummary'),
    top: list(ref('TaskEntry')),
    bottom: list(ref('TaskEntry')),
    focus: list(ref('TaskEntry')),
  }),
  AwardCohortSummary: withAwardBreakdown(
    obj({
      ...head,
      unitsWithData: int,
      totals: ref('AwardTotals'),
      top: list(ref('AwardEntry')),
      bottom: list(ref('AwardEntry')),
      focus: list(ref('AwardEntry')),
      decisions: list(ref('AwardDecision')),
    }),
  ),
}

export function cohortSummaryPaths(): OpenApiDocument['paths'] {
  return {
    '/api/rankings/summary': {
      get: read('getRankingSummary', 'results', 'A cohort-year’s ranking in brief, at any size', {
        description:
          'Mean and median index, best and worst, units per grade, the top and bottom `ends` in rank order, the focused units, and the year-over-year counts (improved + declined + unchanged + notComparable + noPrevious = ranked) with the largest movers by index change and by rank move. Read from the facts stored beside each rank (ADR 015).',
        parameters: parametersOf(rankingSummaryQuerySchema, 'query', SUMMARY_HELP),
        responses: { '200': json(ref('RankingSummary')), ...errors(400, 404) },
      }),
    },
    '/api/tasks/summary': {
      get: read('getTaskSummary', 'activity', 'A cohort-year’s reform tasks in brief', {
        description:
          'Totals per status with the rates, units with results and with tasks due, the top and bottom `ends` by completion rate (ties: more planned, then name), the focused units.',
        parameters: parametersOf(taskSummaryQuerySchema, 'query', SUMMARY_HELP),
        responses: { '200': json(ref('TaskCohortSummary')), ...errors(400, 404) },
      }),
    },
    '/api/awards/summary': {
      get: read('getAwardSummary', 'activity', 'A cohort-year’s awards in brief', {
        description:
          'Totals per award, recipient type and issuing level, units with grants, the top and bottom `ends` by recipients (ties: name), the focused units.',
        parameters: parametersOf(awardSummaryQuerySchema, 'query', SUMMARY_HELP),
        responses: { '200': json(ref('AwardCohortSummary')), ...errors(400, 404) },
      }),
    },
  }
}
