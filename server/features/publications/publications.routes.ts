import { Hono } from 'hono'
import { requireRole } from '#server/lib/require-role.ts'
import { requireCohort } from '#server/cohorts/require-parent-unit.ts'
import { toUnitRef } from '#server/cohorts/cohorts.mapper.ts'
import { canSeeDrafts, type AppEnv } from '#server/lib/app-env.ts'
import { apiError } from '#server/lib/api-error.ts'
import { validate } from '#server/lib/validate.ts'
import type { UnitKind } from '#shared/domain/units.ts'
import type { PublicationResult, PublicationStatusReport } from '#shared/dto/publication.ts'
import {
  publicationStatusQuerySchema,
  publicationsQuerySchema,
  publishBodySchema,
  unpublishQuerySchema,
} from '#shared/schemas/publications.schema.ts'
import { sourceLine } from '#shared/text/source-line.ts'
import { findCohortPublications, issuerOf } from './publication-status.ts'
import { listCohortYears, setCohortStatus } from './publications.repository.ts'

export const publicationRoutes = new Hono<AppEnv>()
  // Public (read access): whether figures are published, and by which decision, is what every
  // source line says; registered before the editor guard below, which then never runs for it.
  .get('/status', validate('query', publicationStatusQuerySchema), async (c) => {
    const query = c.req.valid('query')
    const includeDrafts = canSeeDrafts(c.var.user)
    const { parent, cohort } = await requireCohort(c.var.db, query, { includeDrafts }, c.var.memo)
    const years = query.year === undefined ? undefined : [query.year]
    const [publications, issuer] = await Promise.all([
      findCohortPublications(c.var.db, parent, cohort, { includeDrafts, years }),
      issuerOf(c.var.db, parent),
    ])
    const span = years ?? publications.map((p) => p.year)
    const body: PublicationStatusReport = {
      parent: toUnitRef(parent),
      kind: query.kind as UnitKind,
      block: cohort.block === '' ? null : cohort.block,
      issuer,
      years: publications,
      sourceLine: {
        vi: sourceLine(publications, 'vi', span),
        en: sourceLine(publications, 'en', span),
      },
    }
    return c.json(body, 200)
  })
  .use(requireRole('EDITOR'))
  .get('/', validate('query', publicationsQuerySchema), async (c) => {
    const q = c.req.valid('query')
    return c.json({ items: await listCohortYears(c.var.db, q.parent, q.kind, q.cohort) }, 200)
  })
  .post('/', validate('json', publishBodySchema), async (c) => {
    const body = c.req.valid('json')
    const outcome = await setCohortStatus(c.var.db, body, 'PUBLISHED', c.var.user)
    if (outcome.units === 0)
      return apiError(
        c,
        404,
        'NOT_FOUND',
        `No results for ${body.kind} of ${body.parentCode} in ${body.year}`,
      )
    const result: PublicationResult = {
      parentCode: body.parentCode,
      kind: body.kind,
      year: body.year,
      status: 'PUBLISHED',
      ...outcome,
    }
    return c.json(result, 200)
  })
  .delete('/', validate('query', unpublishQuerySchema), async (c) => {
    const q = c.req.valid('query')
    const outcome = await setCohortStatus(
      c.var.db,
      { ...q, decisionNo: null, decisionDate: null },
      'DRAFT',
      c.var.user,
    )
    if (outcome.units === 0)
      return apiError(
        c,
        404,
        'NOT_FOUND',
        `No results for ${q.kind} of ${q.parentCode} in ${q.year}`,
      )
    const result: PublicationResult = {
      parentCode: q.parentCode,
      kind: q.kind,
      year: q.year,
      status: 'DRAFT',
      ...outcome,
    }
    return c.json(result, 200)
  })
