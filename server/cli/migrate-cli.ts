// npm run db:migrate — brings DATABASE_URL (default: the SQLite file under data/) up to date.
// The server also migrates on start; this is for deploy pipelines that migrate first.
import { parseEnv } from '#server/env.ts'
import { openDatabase } from '#server/db/open-database.ts'

try {
  const env = parseEnv(process.env)
  const db = await openDatabase(env.database)
  await db.destroy()
  process.stdout.write(`database is up to date (${env.database.dialect})\n`)
} catch (error) {
  process.stderr.write(`db:migrate: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
}
