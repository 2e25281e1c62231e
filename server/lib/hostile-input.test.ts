// Hostile requests (issue 15) on both databases: bodies bounded before parsing, control
// characters refused at the edge naming the field, the error envelope on every refusal.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { describe, expect, it } from 'vitest'
import { TEST_DIALECTS } from '#server/test/create-test-db.ts'
import { sameOrigin, signIn } from '#server/test/sign-in.ts'
import { useTestApp } from '#server/test/use-test-app.ts'
import { JSON_BODY_LIMIT } from './body-limit.ts'
import { answerClientError } from './client-error.ts'

type Envelope = { error: { code: string; message: string; details?: unknown } }

/** A body of `size` bytes sent as a stream: no Content-Length, chunked on the wire. */
function streamOf(size: number): ReadableStream<Uint8Array> {
  let sent = 0
  return new ReadableStream({
    pull(controller) {
      if (sent >= size) return controller.close()
      const chunk = new Uint8Array(Math.min(16 * 1024, size - sent)).fill(0x61)
      sent += chunk.length
      controller.enqueue(chunk)
    },
  })
}

for (const dialect of TEST_DIALECTS) {
  describe(`hostile requests (${dialect})`, () => {
    const ctx = useTestApp(dialect)
    const json = (path: string, method: string, body: unknown, cookie?: string) =>
      ctx.app.request(path, {
        method,
        headers: { ...sameOrigin(cookie), 'Content-Type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      })

    it('refuses a JSON body over the limit with 413 in the envelope, declared or streamed', async () => {
      const declared = await json('/api/auth/login', 'POST', 'a'.repeat(JSON_BODY_LIMIT + 1))
      expect(declared.status).toBe(413)
      expect((await declared.json()) as Envelope).toMatchObject({
        error: { code: 'PAYLOAD_TOO_LARGE' },
      })
      const streamed = await ctx.app.request('/api/auth/login', {
        method: 'POST',
        headers: { ...sameOrigin(), 'Content-Type': 'application/json' },
        body: streamOf(5 * 1024 * 1024),
        duplex: 'half',
      } as RequestInit)
      expect(streamed.status).toBe(413)
      expect((await streamed.json()) as Envelope).toMatchObject({
        error: { code: 'PAYLOAD_TOO_LARGE' },
      })
    })

    it('keeps the upload limit for imports, above the JSON one', async () => {
      const editor = await signIn(ctx.app, ctx.t.db, 'EDITOR')
      const res = await ctx.app.request('/api/imports?kind=units&dryRun=true', {
        method: 'POST',
        headers: { ...sameOrigin(editor), 'Content-Type': 'text/csv' },
        body: `code,name,kind\n${'X,Y,COMMUNE\n'.repeat(20_000)}`,
      })
      expect(res.status).not.toBe(413)
      const big = await ctx.app.request('/api/imports?kind=units', {
        method: 'POST',
        headers: { ...sameOrigin(editor), 'Content-Type': 'text/csv' },
        body: streamOf(11 * 1024 * 1024),
        duplex: 'half',
      } as RequestInit)
      expect(big.status).toBe(413)
    })

    it('refuses U+0000 in a query, a path and a JSON body with 400 naming the field', async () => {
      const query = await ctx.app.request('/api/units?parent=LA%00')
      expect(query.status).toBe(400)
      expect(((await query.json()) as Envelope).error.message).toMatch(/parent/)
      const schemes = await ctx.app.request('/api/schemes?province=L%00A')
      expect(schemes.status).toBe(400)
      const path = await ctx.app.request('/api/units/LA%00')
      expect(path.status).toBe(400)
      const login = await json('/api/auth/login', 'POST', {
        email: 'a\u0000@x.vn',
        password: 'whatever-long',
      })
      expect(login.status).toBe(400)
      const body = (await login.json()) as Envelope
      expect(body.error.code).toBe('VALIDATION_FAILED')
      expect(body.error.message).toMatch(/email/)
      expect(body.error.message).toMatch(/U\+0000/)
      const admin = await signIn(ctx.app, ctx.t.db, 'ADMIN')
      const patch = await json('/api/users/%00', 'PATCH', { name: 'X' }, admin)
      expect(patch.status).toBe(400)
      const nested = await json('/api/users', 'POST', { email: 'n@x.vn', name: 'A\u0001B' }, admin)
      expect(nested.status).toBe(400)
    })

    it('bounds a scheme edit: 200 fields or a 100,000-character decision number are 400', async () => {
      const admin = await signIn(ctx.app, ctx.t.db, 'ADMIN')
      const scheme = (fields: number, decisionNo: string | null) => ({
        name: 'Bộ chỉ số',
        yearTo: null,
        decisionNo,
        fields: Array.from({ length: fields }, (_, i) => ({ code: `F${i}`, maxPoints: 1 })),
        bands: [],
      })
      const many = await json('/api/schemes/LA:DISTRICT:2022', 'PUT', scheme(200, null), admin)
      expect(many.status).toBe(400)
      const long = await json(
        '/api/schemes/LA:DISTRICT:2022',
        'PUT',
        scheme(1, 'x'.repeat(100_000)),
        admin,
      )
      expect([400, 413]).toContain(long.status)
      const longer = await json(
        '/api/schemes/LA:DISTRICT:2022',
        'PUT',
        scheme(1, 'x'.repeat(101)),
        admin,
      )
      expect(longer.status).toBe(400)
      expect(((await longer.json()) as Envelope).error.message).toMatch(/decisionNo/)
    })

    it('answers unknown methods with 405 and Allow, unknown routes with 404, in the envelope', async () => {
      const put = await json('/api/units', 'PUT', {})
      expect(put.status).toBe(405)
      expect(put.headers.get('allow')).toMatch(/GET/)
      expect((await put.json()) as Envelope).toMatchObject({
        error: { code: 'METHOD_NOT_ALLOWED' },
      })
      const nope = await ctx.app.request('/api/nope', { method: 'DELETE', headers: sameOrigin() })
      expect(nope.status).toBe(404)
      expect((await nope.json()) as Envelope).toMatchObject({ error: { code: 'NOT_FOUND' } })
      const options = await ctx.app.request('/api/units', { method: 'OPTIONS' })
      expect(options.status).toBe(204)
      expect(options.headers.get('allow')).toMatch(/GET/)
      const health = await ctx.app.request('/api/health', {
        method: 'DELETE',
        headers: sameOrigin(),
      })
      expect(health.status).toBe(405)
    })
  })
}

describe("Node's own refusals", () => {
  it('answers a URL over 16 KB with 431 in the envelope', async () => {
    const server: Server = createServer(getRequestListener(() => new Response('ok')))
    server.on('clientError', answerClientError)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const res = await fetch(`http://127.0.0.1:${port}/api/units?q=${'a'.repeat(20_000)}`)
      expect(res.status).toBe(431)
      expect(res.headers.get('content-type')).toMatch(/application\/json/)
      expect((await res.json()) as Envelope).toMatchObject({
        error: { code: 'HEADERS_TOO_LARGE' },
      })
    } finally {
      server.close()
    }
  })
})
