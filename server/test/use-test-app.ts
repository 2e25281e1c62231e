// One fresh database and app per describe block: created before its tests, dropped after.
import type { Kysely } from 'kysely'
import { afterAll, beforeAll } from 'vitest'
import { createApp, type App } from '../app.ts'
import type { DialectName } from '../db/create-db.ts'
import type { Database } from '../db/schema.ts'
import { createTestDb, type TestDb } from './create-test-db.ts'

export type TestAppContext = { t: TestDb; app: App }

/**
 * Registers beforeAll/afterAll hooks that create a migrated test database on `dialect`, run
 * `prepare` on it (fixtures, seeds) and build the app over it. Read `ctx.app` / `ctx.t` inside tests.
 */
export function useTestApp(
  dialect: DialectName,
  prepare?: (db: Kysely<Database>) => Promise<unknown>,
): TestAppContext {
  const ctx = {} as TestAppContext
  beforeAll(async () => {
    ctx.t = await createTestDb(dialect)
    await prepare?.(ctx.t.db)
    ctx.app = createApp(ctx.t.db)
  })
  afterAll(() => ctx.t.destroy())
  return ctx
}
