// GET /api/health during a PostgreSQL outage: 503 in the envelope (balancers take the instance
// out of rotation), and 200 again once the database is back, without restarting anything.
import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { createApp } from '#server/app.ts'
import { createDb } from '#server/db/create-db.ts'
import { createTestDb, testPostgresUrl } from '#server/test/create-test-db.ts'
import { readJson } from '#server/test/read-json.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { HealthSchema } from '#shared/dto/health.ts'

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

describe('GET /api/health', () => {
  it('sqlite: 200 with the dialect', async () => {
    const t = await createTestDb('sqlite')
    try {
      const res = await createApp(t.db).request('/api/health')
      expect(res.status).toBe(200)
      expect(await readJson(res, HealthSchema)).toEqual({ status: 'ok', database: 'sqlite' })
    } finally {
      await t.destroy()
    }
  })

  it('postgres: 503 while the server cannot be reached', async () => {
    const db = createDb({
      dialect: 'postgres',
      connectionString: 'postgres://postgres@127.0.0.1:1/none',
    })
    try {
      const res = await createApp(db).request('/api/health')
      expect(res.status).toBe(503)
      expect(await readJson(res, ApiErrorBodySchema)).toMatchObject({
        error: { code: 'DATABASE_UNAVAILABLE', details: { database: 'postgres' } },
      })
      // Other reads answer 503 in the envelope too, never a bare 500.
      const units = await createApp(db).request('/api/units')
      expect(units.status).toBe(503)
    } finally {
      await db.destroy()
    }
  })

  it('postgres: 503 while the database is missing, 200 once it exists, same app', async () => {
    const name = `health_${randomBytes(4).toString('hex')}`
    const admin = createDb({ dialect: 'postgres', connectionString: testPostgresUrl() })
    const db = createDb({
      dialect: 'postgres',
      connectionString: withDatabase(testPostgresUrl(), name),
    })
    const app = createApp(db)
    try {
      const down = await app.request('/api/health')
      expect(down.status).toBe(503)
      expect(await readJson(down, ApiErrorBodySchema)).toMatchObject({
        error: { code: 'DATABASE_UNAVAILABLE' },
      })
      await sql`create database ${sql.id(name)}`.execute(admin)
      const up = await app.request('/api/health')
      expect(up.status).toBe(200)
      expect(await readJson(up, HealthSchema)).toEqual({ status: 'ok', database: 'postgres' })
    } finally {
      await db.destroy()
      await sql`drop database if exists ${sql.id(name)}`.execute(admin)
      await admin.destroy()
    }
  })
})
