import { Hono } from 'hono'
import type { AppEnv } from '../../lib/app-env.ts'
import { buildOpenApiDocument } from './openapi.document.ts'

// Built once: the document depends only on code, not on data.
const document = buildOpenApiDocument()

/** GET /api/openapi.json */
export const openApiRoutes = new Hono<AppEnv>().get('/', (c) => c.json(document, 200))
