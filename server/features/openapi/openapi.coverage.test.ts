// The document against the app itself: every route is described, every description is a route,
// and the stated roles are the ones the server enforces. The document does not depend on the
// database, and the role checks per dialect live in authorization-matrix.test.ts: SQLite suffices.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '#shared/domain/roles.ts'
import { createApp, type App } from '../../app.ts'
import { createTestDb, type TestDb } from '../../test/create-test-db.ts'
import { sameOrigin, signIn } from '../../test/sign-in.ts'
import { buildOpenApiDocument } from './openapi.document.ts'
import { HTTP_METHODS, type OpenApiOperation } from './openapi.types.ts'

type Operation = { key: string; method: string; path: string; op: OpenApiOperation }

const doc = buildOpenApiDocument()
const RANK: Record<Role, number> = { VIEWER: 0, EDITOR: 1, ADMIN: 2 }

/** `/api/units/:code/profile` → `/api/units/{code}/profile`; Hono's `/api/users/` → `/api/users`. */
const toOpenApiPath = (honoPath: string) =>
  honoPath.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}').replace(/(.)\/$/, '$1')

function documentedOperations(): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const op = item[method]
      return op ? [{ key: `${method.toUpperCase()} ${path}`, method, path, op }] : []
    }),
  )
}

/** A concrete URL for a documented path: any value reaches the role check before validation. */
const urlOf = (path: string) => path.replace(/\{\w+\}/g, 'X')

describe('the OpenAPI document and the app', () => {
  let t: TestDb
  let app: App
  beforeAll(async () => {
    t = await createTestDb('sqlite')
    app = createApp(t.db)
  })
  afterAll(() => t.destroy())

  function servedOperations(): string[] {
    const keys = app.routes
      // Middleware is registered as method ALL on wildcard paths; it is not an operation.
      .filter((r) => r.method !== 'ALL' && !r.path.includes('*'))
      .map((r) => `${r.method} ${toOpenApiPath(r.path)}`)
    return [...new Set(keys)].sort()
  }

  it('finds the routes it checks', () => {
    expect(servedOperations()).toContain('GET /api/units/{code}/profile')
    expect(servedOperations()).toContain('PATCH /api/users/{id}')
    expect(servedOperations().length).toBeGreaterThan(25)
  })

  it('describes every route the app serves', () => {
    const documented = new Set(documentedOperations().map((o) => o.key))
    const undocumented = servedOperations().filter((key) => !documented.has(key))
    expect(undocumented).toEqual([])
  })

  it('describes no operation the app does not serve', () => {
    const served = new Set(servedOperations())
    const stale = documentedOperations().filter((o) => !served.has(o.key))
    expect(stale.map((o) => o.key)).toEqual([])
  })

  it('declares each path template variable once as a path parameter', () => {
    for (const { key, path, op } of documentedOperations()) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])
      const declared = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name)
      expect(declared, key).toEqual(inPath)
    }
  })

  it('states the Origin requirement on every state-changing operation, and only there', () => {
    for (const { key, method, op } of documentedOperations()) {
      const origin = op.parameters?.find((p) => p.in === 'header' && p.name === 'Origin')
      expect(Boolean(origin), key).toBe(method !== 'get')
      if (method !== 'get') expect(op.responses['403'], key).toBeDefined()
    }
  })

  it('answers 401 to an anonymous request exactly where a role is required', async () => {
    for (const { key, method, path, op } of documentedOperations()) {
      const res = await app.request(urlOf(path), {
        method: method.toUpperCase(),
        headers: sameOrigin(),
      })
      expect(res.status === 401, `${key} → ${res.status}`).toBe(Boolean(op['x-required-role']))
      if (op['x-required-role']) expect(op.responses['401'], key).toBeDefined()
    }
  })

  it('answers 403 to a signed-in user whose role is below the stated one', async () => {
    for (const role of ['VIEWER', 'EDITOR'] as const) {
      const cookie = await signIn(app, t.db, role)
      for (const { key, method, path, op } of documentedOperations()) {
        const needed = op['x-required-role']
        if (!needed || RANK[needed] <= RANK[role]) continue
        const res = await app.request(urlOf(path), {
          method: method.toUpperCase(),
          headers: sameOrigin(cookie),
        })
        expect(res.status, `${role} ${key}`).toBe(403)
      }
    }
  })
})
