// npm run db:restore -- FILE: loads an archive into the EMPTY database of DATABASE_URL (migrated
// here first), in one transaction, then verifies row counts and checksums of every table.
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { readArchive, restoreArchive } from '#server/archive/restore-archive.ts'
import { migrateToLatest } from '../db/migrate.ts'
import { connect, databaseTarget, describeTarget, runCli, UsageError } from './cli-support.ts'

const USAGE = 'npm run db:restore -- FILE   (into the empty database named by DATABASE_URL)'

async function main(): Promise<void> {
  let positionals: string[]
  try {
    positionals = parseArgs({ options: {}, strict: true, allowPositionals: true }).positionals
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const [file, ...extra] = positionals
  if (!file || extra.length > 0) throw new UsageError('give exactly one archive file')
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`)
  const archive = readArchive(file)
  const target = databaseTarget()
  const db = connect(target)
  try {
    await migrateToLatest(db)
    const summary = await restoreArchive(db, archive)
    process.stdout.write(
      `Restored ${summary.tables.length} tables, ${summary.totalRows} rows into ${describeTarget(target)}; ` +
        'counts and checksums verified\n',
    )
  } finally {
    await db.destroy()
  }
}

runCli('db:restore', USAGE, main)
