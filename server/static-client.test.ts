// The API behind the SPA (what `npm start` serves): unknown API methods and routes still answer
// in the error envelope, the SPA still falls back to index.html.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { createApp } from './app.ts'
import { APP_MODULES_TEMPLATE, PAGE_PRELOADS_FILE } from '#shared/dto/page-preloads.ts'
import { withStaticClient } from './static-client.ts'
import { useTestApp } from './test/use-test-app.ts'

describe('withStaticClient', () => {
  const ctx = useTestApp('sqlite')
  const dir = mkdtempSync(join(tmpdir(), 'par-static-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>PAR</title>')
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const app = () => withStaticClient(createApp(ctx.t.db), dir)

  it('answers 405 with Allow and 404 for /api in the envelope, the SPA elsewhere', async () => {
    const put = await app().request('/api/units', {
      method: 'PUT',
      headers: { Origin: 'http://localhost' },
    })
    expect(put.status).toBe(405)
    expect(put.headers.get('allow')).toMatch(/GET/)
    expect(await put.json()).toMatchObject({ error: { code: 'METHOD_NOT_ALLOWED' } })
    const nope = await app().request('/api/nope', {
      method: 'DELETE',
      headers: { Origin: 'http://localhost' },
    })
    expect(nope.status).toBe(404)
    expect(await nope.json()).toMatchObject({ error: { code: 'NOT_FOUND' } })
    const options = await app().request('/api/units', { method: 'OPTIONS' })
    expect(options.status).toBe(204)
    const spa = await app().request('/rankings')
    expect(spa.status).toBe(200)
    expect(await spa.text()).toMatch(/PAR/)
    const units = await app().request('/api/units')
    expect(units.status).toBe(200)
  })

  it("names a deep link's page chunks and first reads in its index.html, when the build listed them", async () => {
    const built = mkdtempSync(join(tmpdir(), 'par-static-'))
    try {
      writeFileSync(
        join(built, 'index.html'),
        `<!doctype html><head><title>PAR</title></head>${APP_MODULES_TEMPLATE}</template>`,
      )
      writeFileSync(
        join(built, PAGE_PRELOADS_FILE),
        JSON.stringify({
          rankings: { modules: ['/assets/rankings-x.js'], fetches: ['/api/cohorts'] },
        }),
      )
      const withPreloads = withStaticClient(createApp(ctx.t.db), built)
      const html = await (await withPreloads.request('/rankings?year=2024')).text()
      expect(html).toBe(
        '<!doctype html><head><title>PAR</title>' +
          '<link rel="preload" href="/api/cohorts" as="fetch" crossorigin></head>' +
          `${APP_MODULES_TEMPLATE}<link rel="modulepreload" crossorigin href="/assets/rankings-x.js"></template>`,
      )
      expect(await (await withPreloads.request('/elsewhere')).text()).not.toContain('<link')
      // The root opens the default view: its page's needs ('' in the build's list).
      writeFileSync(
        join(built, PAGE_PRELOADS_FILE),
        JSON.stringify({ '': { modules: ['/assets/overview-y.js'], fetches: [] } }),
      )
      writeFileSync(join(built, 'index.html.gz'), 'stale precompressed copy')
      const root = await withPreloads.request('/', { headers: { 'Accept-Encoding': 'gzip, br' } })
      expect(root.headers.get('content-encoding')).toBe('gzip')
      expect(root.headers.get('content-type')).toMatch(/^text\/html/)
      expect(root.headers.get('vary')).toMatch(/Accept-Encoding/)
      const unzipped = gunzipSync(Buffer.from(await root.arrayBuffer())).toString('utf8')
      expect(unzipped).toContain('/assets/overview-y.js')
      // Without the build's list, index.html as it is.
      expect(await (await app().request('/rankings')).text()).toBe(
        '<!doctype html><title>PAR</title>',
      )
    } finally {
      rmSync(built, { recursive: true, force: true })
    }
  })
})
