import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../app.ts'
import { createTestDb, type TestDb } from '../../test/create-test-db.ts'
import { z } from 'zod'
import { readJson } from '../../test/read-json.ts'
import { COMPONENTS } from './openapi.components.ts'
import { buildOpenApiDocument } from './openapi.document.ts'

/** What a client of the document relies on; the rest is checked against the built document. */
const ServedDocumentSchema = z.looseObject({
  openapi: z.literal('3.1.0'),
  paths: z.record(z.string(), z.looseObject({})),
  components: z.looseObject({ schemas: z.record(z.string(), z.looseObject({})) }),
})

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

  it('serves the OpenAPI 3.1 document with a component generated from each response schema', async () => {
    const res = await createApp(t.db).request('/api/openapi.json')
    expect(res.status).toBe(200)
    const doc = await readJson(res, ServedDocumentSchema)
    expect(Object.keys(doc.components.schemas).sort()).toEqual(Object.keys(COMPONENTS).sort())
    // Nested DTOs are references to their own components, not copies.
    expect(doc.components.schemas.Ranking).toMatchObject({
      type: 'object',
      properties: {
        items: { type: 'array', items: { $ref: '#/components/schemas/RankingEntry' } },
        kind: { $ref: '#/components/schemas/UnitKind' },
      },
    })
    // Nullable is 2020-12's null type; optional keys are left out of `required`.
    expect(doc.components.schemas.ImportIssue).toMatchObject({
      properties: { column: { type: ['string', 'null'] } },
      required: ['row', 'column', 'code', 'message'],
    })
  })

  it('documents every JSON response with a component', () => {
    const doc = buildOpenApiDocument()
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const op of Object.values(item)) {
        for (const [status, response] of Object.entries(op?.responses ?? {})) {
          if ('$ref' in response || path === '/api/openapi.json') continue
          const schema = response.content?.['application/json']?.schema
          if (schema) expect(schema.$ref, `${path} ${status}`).toMatch(/^#\/components\/schemas\//)
        }
      }
    }
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
