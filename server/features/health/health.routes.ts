import { Hono } from 'hono'
import { sql } from 'kysely'
import type { AppEnv } from '../../lib/app-env.ts'

export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  // A real round trip, so a load balancer sees a dead database as an unhealthy instance.
  await sql`select 1`.execute(c.var.db)
  return c.json({ status: 'ok' as const, database: c.var.dialect }, 200)
})
