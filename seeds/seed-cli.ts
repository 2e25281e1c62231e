// npm run db:seed: loads the demo data into the DATABASE_URL database (SQLite file by default),
// migrating it first. Refuses a database that already holds units, so real data is never mixed
// with the demo.
import { parseDatabaseUrl } from '#server/db/database-url.ts'
import { openDatabase } from '#server/db/open-database.ts'
import { loadSeeds } from './load-seeds.ts'

async function main(): Promise<void> {
  const db = await openDatabase(parseDatabaseUrl(process.env.DATABASE_URL))
  try {
    const existing = await db.selectFrom('unit').select('code').limit(1).executeTakeFirst()
    if (existing) throw new Error('the database already holds units; seed an empty database only')
    const started = Date.now()
    const summary = await loadSeeds(db)
    for (const [file, rows] of Object.entries(summary)) process.stdout.write(`${file}: ${rows}\n`)
    process.stdout.write(`demo data loaded in ${Date.now() - started} ms\n`)
  } finally {
    await db.destroy()
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`db:seed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
