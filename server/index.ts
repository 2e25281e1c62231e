// Node entry: validate the environment, open and migrate the database, seed an empty one,
// then serve the API under /api and the built SPA from dist/client.
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { createApp } from './app.ts'
import { bootstrap } from './bootstrap.ts'
import { openDatabase } from './db/open-database.ts'
import { parseEnv } from './env.ts'
import { answeringAnonymousHits } from './lib/anonymous-hits.ts'
import { answerClientError } from './lib/client-error.ts'
import { httpCache } from './lib/http-cache.ts'
import { anonymousMayRead } from './features/settings/read-access.ts'
import { logger, setLogLevel } from '#server/log/logger.ts'
import { withStaticClient } from './static-client.ts'

async function main(): Promise<void> {
  const env = parseEnv(process.env)
  setLogLevel(env.LOG_LEVEL)
  const db = await openDatabase(env.database)
  await bootstrap(db, env)
  const cache = httpCache()
  const api = createApp(db, {
    cache,
    sessionTtlHours: env.SESSION_TTL_HOURS,
    trustedOrigins: env.TRUSTED_ORIGINS?.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    trustedProxies: env.TRUSTED_PROXIES,
  })
  const clientDir = `${process.env.DIST_DIR ?? 'dist'}/client`
  const app = existsSync(clientDir) ? withStaticClient(api, clientDir) : api
  if (!existsSync(clientDir))
    logger.warn('dist/client not found: serving the API only (run npm run build)')
  // The app's listener, behind a repeat anonymous read answered before it (lib/anonymous-hits.ts).
  const server = createServer(
    answeringAnonymousHits(
      cache,
      () => anonymousMayRead(db),
      getRequestListener(app.fetch, { hostname: env.HOST }),
    ),
  )
  server.listen(env.PORT, env.HOST, () => {
    logger.info('PAR Dashboard listening', {
      url: `http://localhost:${(server.address() as AddressInfo).port}`,
      database: env.database.dialect,
    })
  })
  // Node's own refusals (a URL over 16 KB: 431) in the error envelope (ADR 002).
  server.on('clientError', answerClientError)
  const shutdown = () => {
    server.close()
    void db.destroy().finally(() => process.exit(0))
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

main().catch((error: unknown) => {
  // One clear line, no stack: these are configuration problems for an operator to fix.
  process.stderr.write(`par-dashboard: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
