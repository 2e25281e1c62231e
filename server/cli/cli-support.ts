// Shared by the command-line tools: one line per error on stderr and meaningful exit codes
// (0 done, 1 failed, 2 wrong usage or invalid input), so scripts can tell them apart.
import { createDb } from '../db/create-db.ts'
import { parseDatabaseUrl, redact, type DatabaseTarget } from '../db/database-url.ts'

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export const EXIT_FAILED = 1
export const EXIT_USAGE = 2

export function databaseTarget(): DatabaseTarget {
  try {
    return parseDatabaseUrl(process.env.DATABASE_URL)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

export function describeTarget(target: DatabaseTarget): string {
  return target.dialect === 'sqlite'
    ? `SQLite ${target.filename}`
    : `PostgreSQL ${redact(target.connectionString)}`
}

/** Connects without migrating (export reads what is there). */
export function connect(target: DatabaseTarget) {
  return createDb(target, { poolSize: 2 })
}

export function runCli(name: string, usage: string, main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      process.stderr.write(`${name}: ${message}\n`)
      if (error instanceof UsageError) process.stderr.write(`usage: ${usage}\n`)
      process.exit(error instanceof UsageError ? EXIT_USAGE : EXIT_FAILED)
    },
  )
}
