import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../app.ts'
import { createTestDb, type TestDb } from '../../test/create-test-db.ts'
import { buildOpenApiDocument } from './openapi.document.ts'

/** Every `$ref` string anywhere in a JSON value. */
function refsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsOf)
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      key === '$ref' && typeof v === 'string' ? [v] : refsOf(v),
    )
  }
  return []
}

describe('GET /api/openapi.json', () => {
  let t: TestDb
  beforeAll(async () => {
    t = await createTestDb('sqlite')
  })
  afterAll(() => t.destroy())

  it('serves an OpenAPI 3.1 document of the whole DESIGN.md contract', async () => {
    const res = await createApp(t.db).request('/api/openapi.json')
    expect(res.status).toBe(200)
    const doc = await res.json()
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/auth/login',
      '/api/auth/logout',
      '/api/awards',
      '/api/cohorts',
      '/api/compare',
      '/api/health',
      '/api/imports',
      '/api/openapi.json',
      '/api/rankings',
      '/api/tasks',
      '/api/units',
      '/api/units/{code}',
      '/api/units/{code}/profile',
      '/api/units/{code}/summary',
    ])
  })

  it('resolves every $ref', () => {
    const doc = buildOpenApiDocument()
    for (const target of new Set(refsOf(doc))) {
      const [, , section, name] = target.split('/')
      const components = doc.components as Record<string, Record<string, unknown>>
      expect(components[section ?? '']?.[name ?? ''], target).toBeDefined()
    }
  })

  it('derives parameters from the request schemas', () => {
    const params = buildOpenApiDocument().paths['/api/rankings']?.get?.parameters ?? []
    expect(params.map((p) => [p.name, p.required])).toEqual([
      ['parent', true],
      ['kind', true],
      ['year', false],
      ['format', false],
    ])
    expect(params.find((p) => p.name === 'kind')?.schema).toMatchObject({
      enum: expect.arrayContaining(['DISTRICT']),
    })
    const summary = buildOpenApiDocument().paths['/api/units/{code}/summary']?.get?.parameters ?? []
    expect(summary.map((p) => `${p.in}:${p.name}`)).toEqual([
      'path:code',
      'query:year',
      'query:lang',
    ])
  })

  it('documents every GET route the app serves under the read API', () => {
    const doc = buildOpenApiDocument()
    const documented = new Set(Object.keys(doc.paths).map((p) => p.replace(/\{(\w+)\}/g, ':$1')))
    const served = createApp(t.db)
      .routes.filter((r) => r.method === 'GET')
      .map((r) => r.path.replace(/\/$/, ''))
      .filter((p) => /^\/api\/(units|cohorts|rankings|tasks|awards|compare|openapi\.json)/.test(p))
    for (const path of new Set(served)) expect(documented, path).toContain(path)
  })
})
