// Response schemas of the read API, mirroring shared/dto (the DTO types are the reference);
// the account and editing ones live in openapi.write-components.ts.
import { ERROR_CODES } from '#shared/errors.ts'
import { TASK_STATUSES } from '#shared/domain/task-statuses.ts'
import { UNIT_KINDS, UNIT_TITLES, LINEAGE_EVENTS } from '#shared/domain/units.ts'
import { NOT_COMPARABLE_REASONS } from '#shared/kpi/comparability.ts'
import { PUBLISHED_FLAGS } from '#shared/kpi/published-flags.ts'
import { AWARD_SORTS } from '#shared/schemas/awards.schema.ts'
import { SORT_DIRECTIONS } from '#shared/schemas/cohorts.schema.ts'
import { RANKING_SORTS } from '#shared/schemas/rankings.schema.ts'
import { TASK_SORTS } from '#shared/schemas/tasks.schema.ts'
import { bool, int, list, nullable, num, obj, oneOf, ref, str } from './openapi.json-schema.ts'
import { COHORT_SUMMARY_SCHEMAS } from './openapi.cohort-list-paths.ts'
import { SCORECARD_SCHEMAS } from './openapi.scorecard-schemas.ts'
import {
  AWARD_BREAKDOWN_LINE,
  awardEntrySchema,
  withAwardBreakdown,
} from './openapi.award-breakdown.ts'
import type { JsonSchema } from './openapi.types.ts'
import { ACCOUNT_SCHEMAS, EDITING_SCHEMAS } from './openapi.write-components.ts'

const counts = (keys: readonly string[]) => obj(Object.fromEntries(keys.map((k) => [k, int])))

const taskSummary = obj({
  counts: ref('TaskCounts'),
  planned: int,
  completionPct: nullable(num),
  onTimePct: nullable(num),
})
const awardTotals = obj({
  total: int,
  collective: int,
  individual: int,
  household: int,
  byCode: { type: 'object', additionalProperties: int, description: 'Recipients per award code' },
  byIssuer: {
    type: 'object',
    additionalProperties: int,
    description: 'Recipients per issuing level',
  },
})
const withUnit = (schema: JsonSchema): JsonSchema => ({
  allOf: [schema, obj({ unit: ref('UnitRef') })],
})
const date = { type: 'string', format: 'date' } as const
const block = { ...nullable(str), description: 'The published block; null: the default cohort' }
const cohortReport = (item: string, totals: string, sorts: readonly string[]) =>
  obj({
    year: nullable(int),
    parent: ref('UnitRef'),
    kind: ref('UnitKind'),
    block,
    total: { type: 'integer', description: 'Units with data this year' },
    matched: { type: 'integer', description: 'Rows matching `q` before paging' },
    sort: oneOf(sorts),
    dir: oneOf(SORT_DIRECTIONS),
    offset: int,
    items: list(ref(item)),
    totals: ref(totals),
    years: list(int),
  })

export const SCHEMAS: Record<string, JsonSchema> = {
  Error: obj({
    error: {
      type: 'object',
      properties: { code: { type: 'string', enum: [...ERROR_CODES] }, message: str, details: {} },
      required: ['code', 'message'],
    },
  }),
  UnitKind: { type: 'string', enum: [...UNIT_KINDS] },
  UnitRef: obj({ code: str, name: str }),
  UnitTitle: { type: 'string', enum: [...UNIT_TITLES] },
  Unit: obj({
    code: str,
    name: str,
    kind: ref('UnitKind'),
    parentCode: { ...nullable(str), description: 'The parent in force on the read date' },
    title: nullable(ref('UnitTitle')),
    validFrom: nullable(date),
    validTo: nullable(date),
  }),
  Placement: obj({
    validFrom: date,
    validTo: nullable(date),
    parent: nullable(ref('UnitRef')),
    title: nullable(ref('UnitTitle')),
  }),
  Standing: obj({ year: int, indexPct: num, rank: int, total: int }),
  NotComparable: obj({
    reason: { type: 'string', enum: [...NOT_COMPARABLE_REASONS] },
    rankOnly: { type: 'boolean', description: 'Only the rank move is withheld' },
    previousYear: int,
    predecessors: list({ allOf: [ref('Standing'), obj({ unit: ref('UnitRef') })] }),
  }),
  LineageEntry: obj({
    event: { type: 'string', enum: [...LINEAGE_EVENTS] },
    from: ref('UnitRef'),
    to: { ...nullable(ref('UnitRef')), description: 'null for DISSOLVE' },
    effectiveDate: { type: 'string', format: 'date' },
    note: nullable(str),
  }),
  UnitDetail: obj({
    unit: ref('Unit'),
    parent: nullable(ref('UnitRef')),
    childKinds: list(ref('UnitKind')),
    lineage: list(ref('LineageEntry')),
    placements: list(ref('Placement')),
  }),
  GradeBand: obj(
    { code: str, labelVi: str, labelEn: str, minPct: num },
    { minInclusive: { ...bool, description: 'false: the index must exceed minPct; absent: ≥' } },
  ),
  Cohort: obj({
    parent: ref('UnitRef'),
    kind: ref('UnitKind'),
    block,
    years: list(int),
    latestYear: int,
    unitCount: int,
    publishedSize: nullable(int),
    current: { type: 'boolean', description: 'The parent exists today (present-day map)' },
  }),
  PublishedResult: obj({ rank: nullable(int), grade: nullable(str), indexPct: nullable(num) }),
  RankingEntry: obj({
    unit: ref('UnitRef'),
    rank: { type: 'integer', description: 'The published rank where given, else computedRank' },
    computedRank: {
      type: 'integer',
      description: 'Standard competition rank over the units loaded: ties share, the next skips',
    },
    indexPct: num,
    points: { ...nullable(num), description: 'null for index-only results' },
    maxPoints: nullable(num),
    grade: nullable(str),
    previous: nullable(ref('Standing')),
    deltaPct: nullable(num),
    rankChange: { ...nullable(int), description: 'previous rank − rank (12th → 5th is +7)' },
    notComparable: nullable(ref('NotComparable')),
    published: nullable(ref('PublishedResult')),
    flags: list({ type: 'string', enum: [...PUBLISHED_FLAGS] }),
    status: { type: 'string', enum: ['DRAFT', 'PUBLISHED'] },
  }),
  Ranking: obj({
    year: nullable(int),
    parent: ref('UnitRef'),
    kind: ref('UnitKind'),
    block,
    total: { type: 'integer', description: 'The published cohort size where given, else ranked' },
    ranked: { type: 'integer', description: 'Units of the cohort loaded' },
    matched: { type: 'integer', description: 'Rows matching `q` before paging' },
    sort: oneOf(RANKING_SORTS),
    dir: oneOf(SORT_DIRECTIONS),
    offset: int,
    items: list(ref('RankingEntry')),
    gradeBands: list(ref('GradeBand')),
    years: list(int),
  }),
  RankHistory: obj({
    parent: ref('UnitRef'),
    kind: ref('UnitKind'),
    block,
    years: list(int),
    totals: list(int),
    units: list(
      obj({
        unit: ref('UnitRef'),
        ranks: list(nullable(int)),
      }),
    ),
    unitCount: { type: 'integer', description: 'Units of the cohort over these years' },
    missingUnits: list(str),
  }),
  TaskCounts: counts(TASK_STATUSES),
  TaskSummary: taskSummary,
  TaskEntry: withUnit(taskSummary),
  TaskReport: cohortReport('TaskEntry', 'TaskSummary', TASK_SORTS),
  AwardTotals: awardTotals,
  AwardBreakdownLine: AWARD_BREAKDOWN_LINE,
  AwardEntry: awardEntrySchema(awardTotals),
  AwardReport: withAwardBreakdown(cohortReport('AwardEntry', 'AwardTotals', AWARD_SORTS)),
  FieldResult: obj({
    code: str,
    points: num,
    maxPoints: nullable(num),
    cohortBest: nullable(num),
    cohortAverage: nullable(num),
  }),
  ProfileYear: obj({
    year: int,
    cohort: ref('CohortRef'),
    indexPct: num,
    points: nullable(num),
    maxPoints: nullable(num),
    rank: int,
    computedRank: int,
    total: int,
    ranked: int,
    grade: nullable(str),
    status: str,
    published: nullable(ref('PublishedResult')),
    flags: list({ type: 'string', enum: [...PUBLISHED_FLAGS] }),
    previous: nullable(ref('Standing')),
    deltaPct: nullable(num),
    rankChange: nullable(int),
    notComparable: nullable(ref('NotComparable')),
    fields: list(ref('FieldResult')),
    tasks: nullable({
      allOf: [taskSummary, obj({ byField: list({ allOf: [taskSummary, obj({ field: str })] }) })],
    }),
    awards: nullable(ref('AwardTotals')),
    awardDecisions: list(ref('AwardDecision')),
  }),
  AwardDecision: obj({ decisionNo: nullable(str), decisionDate: nullable(str) }),
  UnitProfile: obj({
    unit: ref('Unit'),
    parent: nullable(ref('UnitRef')),
    cohort: nullable(ref('CohortRef')),
    lineage: list(ref('LineageEntry')),
    placements: list(ref('Placement')),
    years: list(ref('ProfileYear')),
    gradeBands: list(ref('GradeBand')),
  }),
  CohortRef: obj({ parent: ref('UnitRef'), kind: ref('UnitKind'), block }),
  UnitSummary: obj({ text: str, year: int, lang: { type: 'string', enum: ['vi', 'en'] } }),
  Comparison: obj({
    items: list(
      obj({
        unit: ref('Unit'),
        years: list(
          obj({
            year: int,
            indexPct: num,
            points: nullable(num),
            maxPoints: nullable(num),
            rank: int,
            total: int,
            rankChange: nullable(int),
            notComparable: nullable(ref('NotComparable')),
            grade: nullable(str),
            cohort: ref('CohortRef'),
            scheme: {
              ...nullable(obj({ id: str, name: str })),
              description:
                'The scoring scheme of the year; units under different ones compare by shares',
            },
            fields: list(
              obj({
                code: str,
                points: num,
                maxPoints: nullable(num),
                sharePct: {
                  ...nullable(num),
                  description:
                    "Points ÷ the unit's own maximum in the field × 100 (null: no maximum)",
                },
              }),
            ),
          }),
        ),
      }),
    ),
    years: list(int),
    source: obj({
      vi: str,
      en: str,
      draft: bool,
      byYear: {
        type: 'object',
        additionalProperties: obj({ vi: str, en: str, draft: bool }),
        description: 'The line of each year alone, keyed by year',
      },
    }),
  }),
  ...ACCOUNT_SCHEMAS,
  ...EDITING_SCHEMAS,
  ...COHORT_SUMMARY_SCHEMAS,
  ...SCORECARD_SCHEMAS,
}
