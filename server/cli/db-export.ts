// npm run db:export -- [--out FILE]: every table of DATABASE_URL into a portable archive
// (gzip-compressed JSON with per-table row counts and SHA-256 checksums), see docs/operations.md.
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import { exportArchive, writeArchive } from '#server/archive/export-archive.ts'
import { connect, databaseTarget, describeTarget, runCli, UsageError } from './cli-support.ts'

const USAGE =
  'npm run db:export -- [--out FILE]   (default data/backups/par-dashboard-<time>.json.gz)'

async function main(): Promise<void> {
  let out: string | undefined
  try {
    out = parseArgs({ options: { out: { type: 'string' } }, strict: true, allowPositionals: false })
      .values.out
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const file =
    out ?? `data/backups/par-dashboard-${new Date().toISOString().replace(/[:.]/g, '-')}.json.gz`
  const target = databaseTarget()
  const db = connect(target)
  try {
    const archive = await exportArchive(db)
    mkdirSync(dirname(file), { recursive: true })
    writeArchive(file, archive)
    const rows = archive.tables.reduce((sum, t) => sum + t.rowCount, 0)
    for (const t of archive.tables)
      process.stdout.write(`  ${t.name.padEnd(20)} ${String(t.rowCount).padStart(8)}\n`)
    process.stdout.write(
      `Exported ${archive.tables.length} tables, ${rows} rows from ${describeTarget(target)} to ${file}\n`,
    )
  } finally {
    await db.destroy()
  }
}

runCli('db:export', USAGE, main)
