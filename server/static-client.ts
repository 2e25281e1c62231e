import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { serveStatic } from '@hono/node-server/serve-static'
import { type Context, Hono } from 'hono'
import { type BuiltPagePreloads, PAGE_PRELOADS_FILE } from '#shared/dto/page-preloads.ts'
import type { App } from './app.ts'
import { errorBody, handleError } from './lib/errors.ts'
import { acceptsGzip } from './lib/response-coding.ts'
import { notFoundOrNotAllowed } from './lib/method-not-allowed.ts'
import { pagePreloadTags, withPagePreloads } from './lib/page-preload-tags.ts'

/** The build's page preloads; none when the file is missing (a build without the plugin). */
async function readPagePreloads(clientDir: string): Promise<BuiltPagePreloads> {
  try {
    return JSON.parse(
      await readFile(join(clientDir, PAGE_PRELOADS_FILE), 'utf8'),
    ) as BuiltPagePreloads
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw error
  }
}

/**
 * Serves the built SPA next to the API. Hashed assets are cached for a year; every other path
 * that is not /api falls back to index.html so client-side routes survive a reload.
 */
export function withStaticClient(api: App, clientDir: string) {
  // A mounted app's notFound and onError are not its parent's: repeated here, so /api answers
  // 404/405 in the envelope behind the SPA too (PUT /api/units was a text/plain 404).
  const apiNotFound = notFoundOrNotAllowed(() => api.routes)
  /** index.html with the page's preloads, compressed: it is the first thing a phone waits for. */
  const spaPage = async (c: Context) => {
    // Read per request: a rebuild of dist/ while the server runs must not serve stale asset names.
    const [html, preloads] = await Promise.all([
      readFile(join(clientDir, 'index.html'), 'utf8'),
      readPagePreloads(clientDir),
    ])
    const page = withPagePreloads(html, pagePreloadTags(preloads, c.req.path))
    c.header('Cache-Control', 'no-cache')
    c.header('Vary', 'Accept-Encoding')
    if (!acceptsGzip(c.req.header('accept-encoding'))) return c.html(page)
    // About 35 KB with the inlined stylesheet, 9 KB compressed; about a millisecond's work.
    c.header('Content-Encoding', 'gzip')
    c.header('Content-Type', 'text/html; charset=UTF-8')
    return c.body(gzipSync(page, { level: 9 }))
  }
  return (
    new Hono()
      .route('/', api)
      .use(
        '/assets/*',
        async (c, next) => {
          await next()
          if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable')
        },
        // The build writes .br and .gz beside each asset (vite.config.ts): sent as they are.
        serveStatic({ root: clientDir, precompressed: true }),
      )
      // The root is a page too (the default view's): its index.html names that page's needs.
      .get('/', spaPage)
      .use('*', serveStatic({ root: clientDir, precompressed: true }))
      .get('*', async (c) => {
        if (c.req.path.startsWith('/api/')) {
          return c.json(errorBody('NOT_FOUND', `No API route ${c.req.method} ${c.req.path}`), 404)
        }
        return spaPage(c)
      })
      .notFound((c) =>
        c.req.path === '/api' || c.req.path.startsWith('/api/')
          ? apiNotFound(c)
          : c.json(errorBody('NOT_FOUND', `No route ${c.req.method} ${c.req.path}`), 404),
      )
      .onError(handleError)
  )
}
