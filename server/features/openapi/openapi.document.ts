import type { z } from 'zod'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { AwardReportSchema } from '#shared/dto/award.ts'
import { CohortLinksSchema, CohortListSchema } from '#shared/dto/cohort.ts'
import { cohortLinksQuerySchema } from '#shared/schemas/cohorts.schema.ts'
import { ComparisonSchema } from '#shared/dto/compare.ts'
import { HealthSchema } from '#shared/dto/health.ts'
import { ImportRejectionSchema } from '#shared/dto/import.ts'
import { UnitProfileSchema } from '#shared/dto/profile.ts'
import { RankHistorySchema, RankingSchema } from '#shared/dto/ranking.ts'
import { ScorecardSchema } from '#shared/dto/scorecard.ts'
import { UnitSummarySchema } from '#shared/dto/summary.ts'
import { TaskReportSchema } from '#shared/dto/task.ts'
import { UnitDetailSchema, UnitListSchema } from '#shared/dto/unit.ts'
import { rankHistoryQuerySchema, rankingsQuerySchema } from '#shared/schemas/rankings.schema.ts'
import { tasksQuerySchema } from '#shared/schemas/tasks.schema.ts'
import { awardsQuerySchema } from '#shared/schemas/awards.schema.ts'
import { compareQuerySchema } from '#shared/schemas/compare.schema.ts'
import { scorecardQuerySchema } from '#shared/schemas/scorecard.schema.ts'
import { summaryQuerySchema } from '#shared/schemas/summary.schema.ts'
import { unitParamSchema, unitsQuerySchema } from '#shared/schemas/units.schema.ts'
import { XLSX_TYPE } from '#server/lib/content-negotiation.ts'
import { accountPaths } from './openapi.account-paths.ts'
import { cohortSummaryPaths, LIST_HELP } from './openapi.cohort-list-paths.ts'
import { editingPaths } from './openapi.editing-paths.ts'
import { importPaths } from './openapi.import-paths.ts'
import { componentSchemas, schemaRef } from './openapi.schemas.ts'
import { errors, json } from './openapi.responses.ts'
import { parametersOf } from './openapi.parameters.ts'
import type {
  OpenApiDocument,
  OpenApiOperation,
  OpenApiParameter,
  OpenApiResponse,
} from './openapi.types.ts'

const CSV_NOTE =
  'Also downloads as a table (ADR 018): `?format=xlsx` (or `Accept` of the XLSX type) gives a workbook with number cells, headers in `lang`, a frozen header row and the source line (the publishing decision, or the draft) under the table; `?format=csv` (or `Accept: text/csv`) with `lang=vi` writes `;` and decimal commas, with `lang=en` `,` and `.`, and without `lang` the plain CSV for scripts (keys as headers, raw numbers, UTF-8 with BOM).'

/** `lang` of a download: the headers' and numbers' language (not a field of the request schemas). */
const LANG_PARAM: OpenApiParameter = {
  name: 'lang',
  in: 'query',
  required: false,
  description:
    'Language of a download’s headers, numbers and source line: vi (XLSX default; CSV with `;` and decimal commas) or en. Without it a CSV is the plain CSV for scripts.',
  schema: { type: 'string', enum: ['vi', 'en'] },
}
const withLang = (parameters: OpenApiParameter[]): OpenApiParameter[] => [...parameters, LANG_PARAM]
const COHORT_HELP = {
  parent: 'Code of the parent unit (e.g. LONG_AN, 80), matched without regard to case',
  kind: 'Level of the ranked units',
  cohort:
    'The published block, by its name as imported (e.g. Phường); omitted → the default cohort of the level under the parent',
  year: 'Report year; omitted → the latest year with data in the cohort',
  format: 'csv or xlsx for a download (json by default)',
}

const jsonOrCsv = (schema: z.ZodType): OpenApiResponse => ({
  description: 'OK',
  headers: {
    'Content-Disposition': {
      description: 'attachment; filename="….csv" or "….xlsx" for a download (ASCII)',
      schema: { type: 'string' },
    },
  },
  content: {
    'application/json': { schema: schemaRef(schema) },
    'text/csv': { schema: { type: 'string' } },
    [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } },
  },
})
function get(
  operationId: string,
  tag: string,
  summary: string,
  extra: Partial<OpenApiOperation>,
): OpenApiOperation {
  return { operationId, summary, tags: [tag], responses: {}, ...extra }
}

/** The whole API contract of DESIGN.md as an OpenAPI 3.1 document. */
export function buildOpenApiDocument(): OpenApiDocument {
  const unitPath = parametersOf(unitParamSchema, 'path', {
    code: 'Unit code, e.g. LONG_AN.THANH_HOA',
  })
  return {
    openapi: '3.1.0',
    info: {
      title: 'PAR Dashboard API',
      version: '1.0.0',
      description:
        'PAR Index (Chỉ số CCHC), reform-task completion and awards per administrative unit and year. ' +
        'Errors use one envelope `{ error: { code, message, details? } }`. Drafts are visible to editors only. ' +
        'When the read access setting is `login`, every read except health, settings, auth and this ' +
        'document answers 401 without a session. Operations with `x-required-role` need a session ' +
        'with that role or higher; every POST, PUT, PATCH and DELETE needs a same-site `Origin` header.',
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'units', description: 'Administrative units and their lineage' },
      { name: 'results', description: 'Cohort rankings, profiles, comparison, sentences' },
      { name: 'activity', description: 'Reform tasks and awards' },
      { name: 'auth', description: 'Sessions' },
      { name: 'imports', description: 'Loading official tables' },
      { name: 'editing', description: 'Publication, data quality and scoring schemes' },
      { name: 'admin', description: 'User accounts, audit log and settings' },
      { name: 'meta', description: 'Health and this document' },
    ],
    paths: {
      '/api/health': {
        get: get('getHealth', 'meta', 'Liveness with a database round trip', {
          responses: {
            '200': json(HealthSchema),
            '503': json(ApiErrorBodySchema, 'DATABASE_UNAVAILABLE: the database is not answering'),
          },
        }),
      },
      '/api/openapi.json': {
        get: get('getOpenApi', 'meta', 'This document', {
          responses: {
            '200': {
              description: 'OpenAPI 3.1',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
          },
        }),
      },
      '/api/units': {
        get: get('listUnits', 'units', 'Units, filtered by parent and kind, in Vietnamese order', {
          description: CSV_NOTE,
          parameters: withLang(parametersOf(unitsQuerySchema, 'query')),
          responses: {
            '200': jsonOrCsv(UnitListSchema),
            ...errors(400, 404),
          },
        }),
      },
      '/api/units/{code}': {
        get: get('getUnit', 'units', 'One unit with its parent, child kinds and lineage events', {
          parameters: unitPath,
          responses: { '200': json(UnitDetailSchema), ...errors(400, 404) },
        }),
      },
      '/api/units/{code}/profile': {
        get: get(
          'getUnitProfile',
          'results',
          'A unit per year: index, rank, grade, fields, tasks, awards',
          {
            parameters: unitPath,
            responses: { '200': json(UnitProfileSchema), ...errors(400, 404) },
          },
        ),
      },
      '/api/units/{code}/summary': {
        get: get('getUnitSummary', 'results', 'The press-style sentence (vi or en)', {
          parameters: [...unitPath, ...parametersOf(summaryQuerySchema, 'query')],
          responses: { '200': json(UnitSummarySchema), ...errors(400, 404) },
        }),
      },
      '/api/cohorts': {
        get: get(
          'listCohorts',
          'results',
          'Every (parent, kind) with assessments, with its years',
          {
            responses: {
              '200': json(CohortListSchema),
            },
          },
        ),
      },
      '/api/cohorts/links': {
        get: get(
          'getCohortLinks',
          'results',
          'The cohorts of the year before and after that a cohort-year’s units were ranked in',
          {
            description:
              'Across a change of the map (ADR 071): each cohort of `year − 1` (`before`) and `year + 1` (`after`), other than this one, in which a unit of this cohort-year was ranked, itself or through the units it was formed from (before) or went into (after) by a lineage event of the year between; `units` counts this cohort-year’s units that lead to it. Largest first.',
            parameters: parametersOf(cohortLinksQuerySchema, 'query', {
              parent: COHORT_HELP.parent,
              kind: COHORT_HELP.kind,
              cohort: COHORT_HELP.cohort,
              year: 'Report year of the cohort-year',
            }),
            responses: { '200': json(CohortLinksSchema), ...errors(400, 404) },
          },
        ),
      },
      '/api/rankings': {
        get: get('getRanking', 'results', 'A cohort’s ranking for a year, with the previous year', {
          description: `Sorted on the server (default by rank: SQL rank(), ties share a rank, the next skips; ties by unit code), searched by unit name (\`q\`, accents optional), one page with \`limit\`/\`offset\`. \`total\` is the cohort size, \`matched\` the rows matching \`q\` before paging. The previous year and the change are read from the facts stored beside each rank (ADR 015). ${CSV_NOTE}`,
          parameters: withLang(
            parametersOf(rankingsQuerySchema, 'query', { ...COHORT_HELP, ...LIST_HELP }),
          ),
          responses: { '200': jsonOrCsv(RankingSchema), ...errors(400, 404) },
        }),
      },
      '/api/rankings/history': {
        get: get('getRankHistory', 'results', 'Ranks of every unit of a cohort over its years', {
          description: `One array of ranks a unit, aligned with \`years\` (null: not ranked that year), for bump charts of large cohorts. \`year\` is the last year included. CSV: one row per unit and year. ${CSV_NOTE}`,
          parameters: withLang(
            parametersOf(rankHistoryQuerySchema, 'query', {
              ...COHORT_HELP,
              year: 'Last year included; omitted → every year with data',
              units:
                'Comma-separated unit codes (at most 200): only these units (unknown ones listed in `missingUnits`)',
              ends: 'The top and bottom N (1–50) of the last year, besides `units`; without `units` and `ends` every unit',
            }),
          ),
          responses: { '200': jsonOrCsv(RankHistorySchema), ...errors(400, 404) },
        }),
      },
      '/api/tasks': {
        get: get('getTasks', 'activity', 'Reform-task counts and rates per unit of a cohort', {
          description: `Sorted (default by name), searched and paged on the server; \`totals\` are the cohort's. ${CSV_NOTE}`,
          parameters: withLang(
            parametersOf(tasksQuerySchema, 'query', { ...COHORT_HELP, ...LIST_HELP }),
          ),
          responses: { '200': jsonOrCsv(TaskReportSchema), ...errors(400, 404) },
        }),
      },
      '/api/awards': {
        get: get('getAwards', 'activity', 'Award counts per unit of a cohort', {
          description: `Sorted (default by name), searched and paged on the server; \`totals\` are the cohort's. ${CSV_NOTE}`,
          parameters: withLang(
            parametersOf(awardsQuerySchema, 'query', { ...COHORT_HELP, ...LIST_HELP }),
          ),
          responses: { '200': jsonOrCsv(AwardReportSchema), ...errors(400, 404) },
        }),
      },
      '/api/compare': {
        get: get('compareUnits', 'results', '2–6 units side by side over the years', {
          description: `Units from any cohort: each unit-year names the cohort it was ranked in and its scheme, and each field its share of the unit's own maximum (\`sharePct\`), so units under different schemes or levels compare by shares. ${CSV_NOTE}`,
          parameters: withLang(
            parametersOf(compareQuerySchema, 'query', {
              units: 'Comma-separated unit codes (2–6)',
            }),
          ),
          responses: { '200': jsonOrCsv(ComparisonSchema), ...errors(400, 404) },
        }),
      },
      '/api/scorecard': {
        get: get(
          'getScorecard',
          'results',
          'A cohort-year’s units × fields as shares of each maximum',
          {
            description: `One row per ranked unit, one cell per field of the year's scheme: the points as a share of the unit's own maximum for the field (else the scheme's), its grade band, and the change on the previous year where the unit's index change is claimed (as in the ranking). \`best\` and \`median\` are the cohort's over every unit. Sorted (default by rank; \`sort=field:CODE\` by a field's share, missing last), searched and paged on the server. ${CSV_NOTE}`,
            parameters: withLang(
              parametersOf(scorecardQuerySchema, 'query', {
                ...COHORT_HELP,
                ...LIST_HELP,
                sort: 'rank (default), name, or field:CODE (a field’s share of its maximum); ties by name, then unit code',
              }),
            ),
            responses: { '200': jsonOrCsv(ScorecardSchema), ...errors(400, 404) },
          },
        ),
      },
      ...cohortSummaryPaths(),
      ...accountPaths(),
      ...importPaths(),
      ...editingPaths(),
    },
    components: {
      schemas: componentSchemas(),
      responses: {
        E400: json(
          ApiErrorBodySchema,
          'VALIDATION_FAILED: a parameter is invalid (named in the message)',
        ),
        E401: json(
          ApiErrorBodySchema,
          'UNAUTHENTICATED: no session (or a wrong password at sign-in)',
        ),
        E403: json(
          ApiErrorBodySchema,
          'FORBIDDEN: the role is too low or the Origin is not the site',
        ),
        E404: json(
          ApiErrorBodySchema,
          'NOT_FOUND: the named unit, result, user or batch does not exist',
        ),
        E409: json(ApiErrorBodySchema, 'CONFLICT: the change clashes with the current state'),
        E413: json(ApiErrorBodySchema, 'PAYLOAD_TOO_LARGE: the file exceeds 10 MB'),
        E415: json(ApiErrorBodySchema, 'UNSUPPORTED_MEDIA_TYPE: not a CSV or XLSX file'),
        E422: json(ImportRejectionSchema, 'IMPORT_INVALID: row-level errors; nothing was written'),
        E429: json(ApiErrorBodySchema, 'RATE_LIMITED: too many failed sign-ins; see Retry-After'),
      },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'par_session' } },
    },
  }
}
