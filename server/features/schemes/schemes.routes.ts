import { Hono } from 'hono'
import { requireRole } from '#server/lib/require-role.ts'
import type { AppEnv } from '#server/lib/app-env.ts'
import { validate } from '#server/lib/validate.ts'
import type { SchemeSaveResult } from '#shared/dto/scheme.ts'
import {
  schemeBodySchema,
  schemeIdParamSchema,
  schemesQuerySchema,
} from '#shared/schemas/schemes.schema.ts'
import { toScheme } from './schemes.mapper.ts'
import { loadSchemes } from '#server/write-path/schemes.repository.ts'
import { saveScheme } from './save-scheme.ts'

export const schemeRoutes = new Hono<AppEnv>()
  .get('/', validate('query', schemesQuerySchema), async (c) => {
    const q = c.req.valid('query')
    const items = [...(await loadSchemes(c.var.db)).values()]
      .filter(
        (s) =>
          (!q.province || s.scheme.province_code === q.province) &&
          (!q.kind || s.scheme.unit_kind === q.kind),
      )
      .sort((a, b) => a.scheme.id.localeCompare(b.scheme.id))
      .map(toScheme)
    return c.json({ items }, 200)
  })
  .put(
    '/:id',
    requireRole('EDITOR'),
    validate('param', schemeIdParamSchema),
    validate('json', schemeBodySchema),
    async (c) => {
      const saved = await saveScheme(
        c.var.db,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.var.user,
      )
      const result: SchemeSaveResult = { scheme: toScheme(saved.scheme), regraded: saved.regraded }
      return c.json(result, 200)
    },
  )
