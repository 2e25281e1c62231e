// Publishing cohort-years, checking published figures, and scoring schemes.
import {
  dataQualityQuerySchema,
  publicationStatusQuerySchema,
  publicationsQuerySchema,
  publishBodySchema,
  unpublishQuerySchema,
} from '#shared/schemas/publications.schema.ts'
import {
  schemeBodySchema,
  schemeIdParamSchema,
  schemesQuerySchema,
} from '#shared/schemas/schemes.schema.ts'
import { DataQualityReportSchema } from '#shared/dto/data-quality.ts'
import {
  CohortYearStatusListSchema,
  PublicationResultSchema,
  PublicationStatusReportSchema,
} from '#shared/dto/publication.ts'
import { SchemeListSchema, SchemeSaveResultSchema } from '#shared/dto/scheme.ts'
import { read, write } from './openapi.operations.ts'
import { parametersOf, toJsonSchema } from './openapi.parameters.ts'
import { errors, json } from './openapi.responses.ts'
import type { OpenApiDocument } from './openapi.types.ts'

const COHORT = { parentCode: 'Code of the parent unit (e.g. LONG_AN)', kind: 'Kind of the units' }

export function editingPaths(): OpenApiDocument['paths'] {
  return {
    '/api/publications': {
      get: read('listPublications', 'editing', 'A cohort’s years with their publication status', {
        role: 'EDITOR',
        parameters: parametersOf(publicationsQuerySchema, 'query', {
          parent: COHORT.parentCode,
          kind: COHORT.kind,
        }),
        responses: { '200': json(CohortYearStatusListSchema), ...errors(400) },
      }),
      post: write('publishCohortYear', 'editing', 'Publish a cohort-year under a decision', {
        role: 'EDITOR',
        description: 'Every assessment of the cohort-year becomes PUBLISHED with the decision.',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: toJsonSchema(publishBodySchema) } },
        },
        responses: { '200': json(PublicationResultSchema), ...errors(400, 404) },
      }),
      delete: write('unpublishCohortYear', 'editing', 'Return a cohort-year to draft', {
        role: 'EDITOR',
        parameters: parametersOf(unpublishQuerySchema, 'query', COHORT),
        responses: { '200': json(PublicationResultSchema), ...errors(400, 404) },
      }),
    },
    '/api/publications/status': {
      get: read(
        'getPublicationStatus',
        'results',
        'Whether a cohort’s figures are published, under which decision and by whom',
        {
          description:
            'Public (read access). The source line every export prints: the decision’s number, date and issuer, or “Dự thảo — chưa công bố” for a year not published. A reader sees a partly published year as published (they see only its published results).',
          parameters: parametersOf(publicationStatusQuerySchema, 'query', {
            parent: COHORT.parentCode,
            kind: COHORT.kind,
            year: 'Report year; omitted → every year of the cohort',
          }),
          responses: { '200': json(PublicationStatusReportSchema), ...errors(400, 404) },
        },
      ),
    },
    '/api/data-quality': {
      get: read('getDataQuality', 'editing', 'Published figures that differ from computed ones', {
        role: 'EDITOR',
        parameters: parametersOf(dataQualityQuerySchema, 'query', {
          parent: COHORT.parentCode,
          kind: COHORT.kind,
          year: 'Report year; omitted → every year',
        }),
        responses: { '200': json(DataQualityReportSchema), ...errors(400) },
      }),
    },
    '/api/schemes': {
      get: read('listSchemes', 'editing', 'Scoring schemes: fields with maxima, grade bands', {
        parameters: parametersOf(schemesQuerySchema, 'query', {
          province: 'Only schemes of this province code',
          kind: 'Only schemes for this unit kind',
        }),
        responses: { '200': json(SchemeListSchema), ...errors(400) },
      }),
    },
    '/api/schemes/{id}': {
      put: write('saveScheme', 'editing', 'Create or replace a scheme; regrades its years', {
        role: 'EDITOR',
        description:
          'Replaces the fields and bands and regrades the assessments it ' +
          'covers, in one audited transaction. An unchanged scheme regrades nothing.',
        parameters: parametersOf(schemeIdParamSchema, 'path', {
          id: 'PROVINCE:KIND:YEAR_FROM, e.g. LONG_AN:DISTRICT:2019',
        }),
        requestBody: {
          required: true,
          content: { 'application/json': { schema: toJsonSchema(schemeBodySchema) } },
        },
        responses: { '200': json(SchemeSaveResultSchema), ...errors(400, 404) },
      }),
    },
  }
}
