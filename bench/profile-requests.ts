// Where a request's time goes: each API request run in process against an existing SQLite
// database, uncached (a query parameter of its own, which the API ignores and the response cache
// keys on), timed end to end, with the time of every SQL statement of its last sample.
// Run: npx tsx bench/profile-requests.ts <database.sqlite> <requests.json | path…> [--min-ms=0.5]
// requests.json: the `national.spa.requests` of a bench/results file, or a list of paths.
import { readFileSync } from 'node:fs'
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { createApp } from '../server/app.ts'
import { keepStatements, SQLITE_CACHE_SIZE } from '../server/db/create-db.ts'
import type { Database } from '../server/db/schema.ts'
import { percentiles } from './stats.ts'

const SAMPLES = Number(process.env.SAMPLES ?? 30)
const WARMUP = 3

const args = process.argv.slice(2)
const minMs = Number(args.find((a) => a.startsWith('--min-ms='))?.slice(9) ?? 0.5)
const [file, ...targets] = args.filter((a) => !a.startsWith('--'))
if (!file || targets.length === 0) {
  process.stderr.write(
    'usage: tsx bench/profile-requests.ts <database.sqlite> <requests.json | path…> [--min-ms=0.5]\n',
  )
  process.exit(2)
}

/** Paths from a results file's SPA requests, a list of paths in JSON, or the arguments. */
function pathsOf(list: string[]): string[] {
  return list.flatMap((target) => {
    if (!target.endsWith('.json')) return [target]
    const json = JSON.parse(readFileSync(target, 'utf8')) as unknown
    const items = Array.isArray(json)
      ? json
      : ((json as { national?: { spa?: { requests?: unknown[] } } }).national?.spa?.requests ?? [])
    return items.map((item) => (typeof item === 'string' ? item : (item as { path: string }).path))
  })
}

// The server's own statement cache and page cache, so a sample pays what a server's request pays.
const sqlite = keepStatements(new SQLite(file, { readonly: true }))
sqlite.pragma(`cache_size = ${SQLITE_CACHE_SIZE}`)
let statements: { sql: string; ms: number }[] | null = null
const db = new Kysely<Database>({
  dialect: new SqliteDialect({ database: sqlite }),
  log(event) {
    if (statements)
      statements.push({ sql: event.query.sql.replace(/\s+/g, ' '), ms: event.queryDurationMillis })
  },
})
const app = createApp(db)

for (const path of pathsOf(targets)) {
  const times: number[] = []
  let last: { sql: string; ms: number }[] = []
  const join = path.includes('?') ? '&' : '?'
  for (let i = 0; i < WARMUP + SAMPLES; i += 1) {
    statements = []
    const start = performance.now()
    const res = await app.request(`${path}${join}bench-miss=${i}`)
    await res.arrayBuffer()
    if (i >= WARMUP) times.push(performance.now() - start)
    last = statements
    if (res.status >= 400) {
      process.stdout.write(`${path}: HTTP ${res.status}\n`)
      break
    }
  }
  statements = null
  if (times.length === 0) continue
  const { p50, p95 } = percentiles(times)
  const sqlMs = last.reduce((sum, s) => sum + s.ms, 0)
  process.stdout.write(
    `${path}\n  min ${Math.min(...times).toFixed(2)} ms, p50 ${p50.toFixed(2)}, p95 ${p95.toFixed(2)}; ` +
      `last sample: ${last.length} statements, ${sqlMs.toFixed(2)} ms in SQL\n`,
  )
  for (const s of last.filter((s) => s.ms >= minMs).sort((a, b) => b.ms - a.ms))
    process.stdout.write(`    ${s.ms.toFixed(2)} ms  ${s.sql.slice(0, 240)}\n`)
}
await db.destroy()
