import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import type { App } from './app.ts'

/**
 * Serves the built SPA next to the API. Hashed assets are cached for a year; every other path
 * that is not /api falls back to index.html so client-side routes survive a reload.
 */
export function withStaticClient(api: App, clientDir: string) {
  const indexHtml = readFileSync(join(clientDir, 'index.html'), 'utf8')
  return new Hono()
    .route('/', api)
    .use(
      '/assets/*',
      async (c, next) => {
        await next()
        if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable')
      },
      serveStatic({ root: clientDir }),
    )
    .use('*', serveStatic({ root: clientDir }))
    .get('*', (c) => {
      if (c.req.path.startsWith('/api/')) return c.notFound()
      c.header('Cache-Control', 'no-cache')
      return c.html(indexHtml)
    })
}
