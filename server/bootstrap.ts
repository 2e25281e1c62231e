import type { Kysely } from 'kysely'
import { loadSeeds } from '#seeds/load-seeds.ts'
import type { Database } from './db/schema.ts'
import type { Env } from './env.ts'
import { logger } from './lib/logger.ts'

/** First-start work: demo data into an empty database (never into one that holds data). */
export async function bootstrap(db: Kysely<Database>, env: Env): Promise<void> {
  if (env.DEMO_DATA === 'on' && (await isEmpty(db))) {
    const summary = await loadSeeds(db)
    logger.info('demo data loaded', summary)
  }
}

async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('unit').select('code').limit(1).executeTakeFirst()
  return row === undefined
}
