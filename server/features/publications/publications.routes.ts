import { Hono } from 'hono'
import { requireRole } from '#server/features/auth/require-role.ts'
import type { AppEnv } from '#server/lib/app-env.ts'
import { notFound } from '#server/lib/errors.ts'
import { validate } from '#server/lib/validate.ts'
import type { PublicationResult } from '#shared/dto/publication.ts'
import {
  publicationsQuerySchema,
  publishBodySchema,
  unpublishQuerySchema,
} from '#shared/schemas/publications.schema.ts'
import { listCohortYears, setCohortStatus } from './publications.repository.ts'

export const publicationRoutes = new Hono<AppEnv>()
  .use(requireRole('EDITOR'))
  .get('/', validate('query', publicationsQuerySchema), async (c) => {
    const q = c.req.valid('query')
    return c.json({ items: await listCohortYears(c.var.db, q.parent, q.kind, q.cohort) }, 200)
  })
  .post('/', validate('json', publishBodySchema), async (c) => {
    const body = c.req.valid('json')
    const outcome = await setCohortStatus(c.var.db, body, 'PUBLISHED', c.var.user)
    if (outcome.units === 0)
      throw notFound(`No results for ${body.kind} of ${body.parentCode} in ${body.year}`)
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
      throw notFound(`No results for ${q.kind} of ${q.parentCode} in ${q.year}`)
    const result: PublicationResult = {
      parentCode: q.parentCode,
      kind: q.kind,
      year: q.year,
      status: 'DRAFT',
      ...outcome,
    }
    return c.json(result, 200)
  })
