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

  it('serves the OpenAPI 3.1 document', async () => {
    const res = await createApp(t.db).request('/api/openapi.json')
    expect(res.status).toBe(200)
    const doc = await res.json()
    expect(doc.openapi).toBe('3.1.0')
    expect(doc).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())))
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
      ['cohort', false],
      ['year', false],
      ['format', false],
      ['sort', false],
      ['dir', false],
      ['q', false],
      ['limit', false],
      ['offset', false],
      ['lang', false],
    ])
    expect(params.find((p) => p.name === 'sort')?.schema).toMatchObject({
      enum: ['rank', 'name', 'indexPct', 'points', 'deltaPct', 'rankChange'],
    })
    expect(params.find((p) => p.name === 'limit')?.schema).toMatchObject({ minimum: 1 })
    expect(params.find((p) => p.name === 'kind')?.schema).toMatchObject({
      enum: expect.arrayContaining(['DISTRICT']),
    })
    const summary = buildOpenApiDocument().paths['/api/units/{code}/summary']?.get?.parameters ?? []
    expect(summary.map((p) => `${p.in}:${p.name}`)).toEqual([
      'path:code',
      'query:year',
      'query:lang',
      'query:pad',
    ])
  })
})
