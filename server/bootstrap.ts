import type { Kysely } from 'kysely'
import { loadSeeds } from '#seeds/load-seeds.ts'
import type { Database } from './db/schema.ts'
import { initReadAccess } from './features/settings/settings.repository.ts'
import { countUsers } from './features/users/users.repository.ts'
import { createUser } from './features/users/users.service.ts'
import type { Env } from './env.ts'
import { logger } from '#server/log/logger.ts'

/** First-start work: demo data into an empty database (never into one that holds data). */
export async function bootstrap(db: Kysely<Database>, env: Env): Promise<void> {
  await ensureFirstAdmin(db, env)
  if (await initReadAccess(db, env.READ_ACCESS ?? 'public')) {
    logger.info('read access initialised', { readAccess: env.READ_ACCESS ?? 'public' })
  }
  if (env.DEMO_DATA === 'on' && (await isEmpty(db))) {
    const summary = await loadSeeds(db)
    logger.info('demo data loaded', summary)
  }
}

async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('unit').select('code').limit(1).executeTakeFirst()
  return row === undefined
}

/** The first admin comes from ADMIN_EMAIL / ADMIN_PASSWORD, only while no user exists. */
export async function ensureFirstAdmin(db: Kysely<Database>, env: Env): Promise<void> {
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD || (await countUsers(db)) > 0) return
  const email = env.ADMIN_EMAIL.trim().toLowerCase()
  const input = {
    email,
    name: 'Administrator',
    role: 'ADMIN' as const,
    password: env.ADMIN_PASSWORD,
  }
  await createUser(db, input, null)
  logger.info('first admin created', { email })
}
