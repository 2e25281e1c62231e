// The error statuses a route decides are part of its type (ADR 027): hc clients see the envelope.
import { hc, type InferResponseType } from 'hono/client'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { AppType } from '#server/app.ts'
import { TEST_DIALECTS } from '#server/test/create-test-db.ts'
import { insertCohortScenario } from '#server/test/insert-fixtures.ts'
import { readJson } from '#server/test/read-json.ts'
import { useTestApp } from '#server/test/use-test-app.ts'
import { ApiErrorBodySchema, type ApiErrorBody } from '#shared/errors.ts'

type Client = ReturnType<typeof hc<AppType>>
type UnitGet = Client['api']['units'][':code']['$get']
type AuditGet = Client['api']['audit']['$get']

describe('typed error responses', () => {
  it('declares the envelope for a route’s not-found and validation statuses', () => {
    expectTypeOf<InferResponseType<UnitGet, 404>>().toEqualTypeOf<ApiErrorBody>()
    expectTypeOf<InferResponseType<UnitGet, 400>>().toEqualTypeOf<ApiErrorBody>()
  })

  it('declares the envelope for requireRole’s 401 and 403', () => {
    expectTypeOf<InferResponseType<AuditGet, 401>>().toEqualTypeOf<ApiErrorBody>()
    expectTypeOf<InferResponseType<AuditGet, 403>>().toEqualTypeOf<ApiErrorBody>()
    expectTypeOf<InferResponseType<AuditGet, 400>>().toEqualTypeOf<ApiErrorBody>()
  })
})

for (const dialect of TEST_DIALECTS) {
  describe(`typed error responses through hc (${dialect})`, () => {
    const ctx = useTestApp(dialect, insertCohortScenario)
    const client = () =>
      hc<AppType>('http://localhost', {
        fetch: (input: RequestInfo | URL, init?: RequestInit) => ctx.app.request(input, init),
      })

    it('answers an unknown unit with the typed 404 envelope', async () => {
      const res = await client().api.units[':code'].$get({ param: { code: 'NO_SUCH_UNIT' } })
      expect(res.status).toBe(404)
      if (res.status !== 404) return
      const body: ApiErrorBody = await res.json()
      expect(body).toEqual({ error: { code: 'NOT_FOUND', message: 'Unknown unit NO_SUCH_UNIT' } })
    })

    it('answers a bad parameter with the typed 400 envelope and its issues', async () => {
      const res = await client().api.units.$get({ query: { kind: 'NO_SUCH_KIND' } })
      expect(res.status).toBe(400)
      const body = await readJson(res, ApiErrorBodySchema)
      expect(body.error.code).toBe('VALIDATION_FAILED')
      expect(body.error.message).toBe('Invalid query parameter: kind')
      expect(body.error.details).toEqual([{ path: 'kind', message: expect.any(String) }])
    })

    it('answers requireRole’s refusal with the typed 401 envelope', async () => {
      const res = await client().api.audit.$get({ query: {} })
      expect(res.status).toBe(401)
      const body = await readJson(res, ApiErrorBodySchema)
      expect(body.error).toEqual({ code: 'UNAUTHENTICATED', message: 'Sign in to continue' })
    })
  })
}
