// npm run soak [-- --quick] [--no-build]
// Hostile-input stress run against the real server (the production bundle, as `npm start` runs
// it) on a fresh SQLite file, and with SOAK_DATABASE_URL=postgres://… also on a fresh database of
// that PostgreSQL server. Per database it measures:
//   1. ≥ 500 malformed requests (bad parameters, bad JSON, wrong methods, oversized headers and
//      URLs, bad files to /api/imports as an editor): 0 answers 5xx, 0 rows written;
//   2. 10 × kill -9 of the server at a random moment of a large import, then a restart: every
//      import batch whole or absent (0 partial imports, 0 rows pointing at a missing batch);
//   3. 100 connections × 30 s of reads (autocannon): 0 errors, RSS sampled every second stays flat;
//   4. XLSX bombs (a 400 MB cell, declared or understated; 20 million cells), alone and three at
//      once, while a reader requests a list: each refused within 10 s, reads p99 ≤ 100 ms;
//   5. PostgreSQL only: every backend of the database terminated (pg_terminate_backend) three
//      times while reads go on; the same server process answers again without a restart.
// Prints a table ending with "N passed, N failed", writes the JSON to bench/results/soak-<date>.json
// and exits 1 when a check failed. Traffic goes to 127.0.0.1 only; every loop is bounded.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import SQLite from 'better-sqlite3'
import { type Kysely, sql } from 'kysely'
import { createDb } from '#server/db/create-db.ts'
import type { Database } from '#server/db/schema.ts'
import { hashPassword } from '#server/lib/password.ts'
import { generateDataset, LAST_YEAR } from './dataset.ts'
import { type BenchDb, freshPostgres, freshSqlite, importDataset, publishAll } from './load.ts'
import { machine } from './report.ts'
import { GROWTH_SHAPES } from './scenarios.ts'
import { type MalformedCase, malformedCases } from './soak-cases.ts'
import {
  BOMB_BUDGET_MS,
  BOMB_READS_P99_MS,
  type BombFigures,
  bombsWhileReading,
} from './soak-bombs.ts'
import { buildServer, type ServerProcess, startServer } from './server-process.ts'

const args = new Set(process.argv.slice(2))
const QUICK = args.has('--quick')
const LOAD_SECONDS = QUICK ? 5 : 30
const CONNECTIONS = 100
const KILLS = 10
/** Units in each killed import (one province and its communes). */
const KILL_UNITS = QUICK ? 4_000 : 12_000
const OUTAGES = 3
const RECOVERY_BUDGET_MS = 15_000
const EDITOR = { email: 'soak-editor@example.vn', password: 'soak editor passphrase 7' }
/** Tables written by signing in (sessions, throttling), not by the requests under test. */
const AUTH_TABLE = /session|login|attempt|throttle|lock/i

const say = (line: string) => process.stdout.write(`${line}\n`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const round1 = (n: number) => Math.round(n * 10) / 10

/** A seeded generator, so a run's kill moments can be replayed (SOAK_SEED). */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const SEED = Number(process.env.SOAK_SEED ?? Date.now() % 1_000_000)
const rand = random(SEED)

type Check = { dialect: string; name: string; target: string; measured: string; passed: boolean }
const checks: Check[] = []

function check(dialect: string, name: string, target: string, measured: string, passed: boolean) {
  checks.push({ dialect, name, target, measured, passed })
  say(`  ${passed ? 'ok  ' : 'FAIL'} ${name}: ${measured}`)
}

// ---------------------------------------------------------------------------------------------
// Database helpers

async function countRows(db: Kysely<Database>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of await db.introspection.getTables()) {
    if (table.name.startsWith('kysely_')) continue
    const { rows } = await sql<{
      n: number | string
    }>`select count(*) as n from ${sql.table(table.name)}`.execute(db)
    counts[table.name] = Number(rows[0]?.n ?? 0)
  }
  return counts
}

/** Rows that name an import batch which does not exist (what a half-written import leaves). */
async function orphanRows(db: Kysely<Database>): Promise<number> {
  let orphans = 0
  for (const table of await db.introspection.getTables()) {
    if (!table.columns.some((c) => c.name === 'import_batch_id')) continue
    const { rows } = await sql<{ n: number | string }>`
      select count(*) as n from ${sql.table(table.name)} t
      where t.import_batch_id is not null
        and not exists (select 1 from import_batch b where b.id = t.import_batch_id)`.execute(db)
    orphans += Number(rows[0]?.n ?? 0)
  }
  return orphans
}

async function addEditor(db: Kysely<Database>) {
  await db
    .insertInto('app_user')
    .values({
      id: crypto.randomUUID(),
      email: EDITOR.email,
      name: 'Soak editor',
      role: 'EDITOR',
      password_hash: await hashPassword(EDITOR.password),
      created_at: new Date().toISOString(),
      disabled_at: null,
    })
    .execute()
}

// ---------------------------------------------------------------------------------------------
// HTTP helpers

async function login(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base },
    body: JSON.stringify(EDITOR),
  })
  if (res.status !== 200)
    throw new Error(`editor sign-in answered ${res.status}: ${await res.text()}`)
  const pair = res.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0] ?? '')
    .find((cookie) => /session/i.test(cookie))
  if (!pair) throw new Error('editor sign-in set no session cookie')
  return pair
}

type Outcome = { status: number | null; retried?: boolean; error?: string }

async function send(base: string, cookie: string, c: MalformedCase): Promise<Outcome> {
  const headers: Record<string, string> = { Origin: base }
  if (c.signedIn) headers.Cookie = cookie
  Object.assign(headers, c.headers)
  if (headers.Origin === '') delete headers.Origin
  let retried = false
  for (;;) {
    try {
      const res = await fetch(`${base}${c.path}`, {
        method: c.method,
        headers,
        body: c.body,
        signal: AbortSignal.timeout(30_000),
      })
      await res.arrayBuffer()
      return { status: res.status, retried }
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause
      // A kept-alive socket the server had already closed fails the request sent on it (the
      // client's reuse race, as in latency.ts): sent once more, on a fresh socket.
      if (!retried && cause?.code === 'UND_ERR_SOCKET') {
        retried = true
        continue
      }
      return { status: null, retried, error: cause?.code ?? (error as Error).message }
    }
  }
}

async function pool<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>) {
  const out: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await work(items[i] as T)
      }
    }),
  )
  return out
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Malformed requests

type MalformedFigures = {
  requests: number
  byGroup: Record<string, number>
  byStatus: Record<string, number>
  fiveXx: { method: string; path: string; status: number }[]
  /** The malformed requests answered 2xx (ignored parameters, OPTIONS…), for review. */
  answered2xx: string[]
  /** Requests sent again after a kept-alive socket was found closed. */
  retriedOnFreshSocket: number
  networkErrors: {
    method: string
    path: string
    signedIn: boolean
    bodyBytes: number
    error: string
  }[]
  rowsWritten: Record<string, number>
  authRowsWritten: Record<string, number>
  seconds: number
}

async function malformed(bench: BenchDb, server: ServerProcess, cookie: string) {
  const cases = malformedCases()
  const before = await countRows(bench.db)
  const t0 = performance.now()
  const outcomes = await pool(cases, 8, (c) => send(server.url, cookie, c))
  const seconds = (performance.now() - t0) / 1000
  const after = await countRows(bench.db)
  const figures: MalformedFigures = {
    requests: cases.length,
    byGroup: {},
    byStatus: {},
    fiveXx: [],
    answered2xx: [],
    retriedOnFreshSocket: outcomes.filter((o) => o?.retried).length,
    networkErrors: [],
    rowsWritten: {},
    authRowsWritten: {},
    seconds: round1(seconds),
  }
  cases.forEach((c, i) => {
    const outcome = outcomes[i] ?? { status: null, error: 'no outcome' }
    figures.byGroup[c.group] = (figures.byGroup[c.group] ?? 0) + 1
    const key = String(outcome.status ?? 'error')
    figures.byStatus[key] = (figures.byStatus[key] ?? 0) + 1
    const path = c.path.length > 120 ? `${c.path.slice(0, 117)}…` : c.path
    if (outcome.status !== null && outcome.status < 300)
      figures.answered2xx.push(`${c.method} ${path}`)
    if (outcome.status !== null && outcome.status >= 500)
      figures.fiveXx.push({ method: c.method, path, status: outcome.status })
    if (outcome.status === null)
      figures.networkErrors.push({
        method: c.method,
        path,
        signedIn: c.signedIn ?? false,
        bodyBytes: typeof c.body === 'string' ? c.body.length : (c.body?.byteLength ?? 0),
        error: outcome.error ?? '',
      })
  })
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const delta = (after[table] ?? 0) - (before[table] ?? 0)
    if (delta === 0) continue
    if (AUTH_TABLE.test(table)) figures.authRowsWritten[table] = delta
    else figures.rowsWritten[table] = delta
  }
  return figures
}

// ---------------------------------------------------------------------------------------------
// 2. kill -9 mid-import

function killFile(round: number): Uint8Array<ArrayBuffer> {
  const province = `KILL${round}`
  const lines = [
    'code,name,kind,parent_code,valid_from,valid_to',
    `${province},Tỉnh thử ngắt ${round},PROVINCE,VN,,`,
  ]
  for (let i = 1; i <= KILL_UNITS; i += 1) {
    lines.push(
      `${province}.C${String(i).padStart(5, '0')},Xã thử ngắt ${round}-${i},COMMUNE,${province},,`,
    )
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`)
}

function postImport(base: string, cookie: string, round: number) {
  return fetch(`${base}/api/imports?kind=units`, {
    method: 'POST',
    headers: {
      Origin: base,
      Cookie: cookie,
      'Content-Type': 'text/csv',
      'X-File-Name': `kill-${round}.csv`,
    },
    body: killFile(round),
  })
}

async function batchState(db: Kysely<Database>, round: number) {
  const units = await db
    .selectFrom('unit')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('code', 'like', `KILL${round}%`)
    .executeTakeFirst()
  const batches = await db
    .selectFrom('import_batch')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('file_name', '=', `kill-${round}.csv`)
    .executeTakeFirst()
  return { units: Number(units?.n ?? 0), batches: Number(batches?.n ?? 0) }
}

/**
 * Whether the server holds a write transaction right now: on SQLite the write lock is taken
 * (BEGIN IMMEDIATE fails at once), on PostgreSQL a backend of the database has a transaction id.
 */
function writerProbe(bench: BenchDb): {
  active: () => Promise<boolean>
  close: () => Promise<void>
} {
  if (bench.dialect === 'sqlite') {
    const probe = new SQLite(bench.url.replace(/^file:/, ''), { timeout: 0 })
    return {
      active: async () => {
        try {
          probe.exec('BEGIN IMMEDIATE')
          probe.exec('ROLLBACK')
          return false
        } catch {
          return true
        }
      },
      close: async () => void probe.close(),
    }
  }
  const admin = createDb({ dialect: 'postgres', connectionString: bench.url }, { poolSize: 1 })
  return {
    active: async () => {
      const { rows } = await sql<{ n: number | string }>`
        select count(*) as n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and backend_xid is not null`.execute(
        admin,
      )
      return Number(rows[0]?.n ?? 0) > 0
    },
    close: () => admin.destroy(),
  }
}

type KillRound = {
  round: number
  /** 'random': a moment drawn over the import's whole duration; 'in-write': a moment drawn after the write transaction was seen. */
  moment: 'random' | 'in-write'
  killAfterMs: number
  /** A write transaction was open when the signal went. */
  writing: boolean
  answeredBeforeKill: number | null
  state: 'whole' | 'absent' | 'partial'
  units: number
  batches: number
  restartMs: number
}

type KillFigures = {
  kills: number
  importUnits: number
  fullImportMs: number
  whole: number
  absent: number
  partial: number
  killedWhileWriting: number
  orphanRows: number
  rounds: KillRound[]
}

async function kills(
  bench: BenchDb,
  server: ServerProcess,
  cookie: string,
): Promise<{ figures: KillFigures; server: ServerProcess }> {
  // Round 0 runs to the end: how long a whole import takes, the range the kills fall in.
  const t0 = performance.now()
  const full = await postImport(server.url, cookie, 0)
  const fullImportMs = performance.now() - t0
  if (full.status !== 200)
    throw new Error(`the calibration import answered ${full.status}: ${await full.text()}`)
  const figures: KillFigures = {
    kills: KILLS,
    importUnits: KILL_UNITS + 1,
    fullImportMs: Math.round(fullImportMs),
    whole: 0,
    absent: 0,
    partial: 0,
    killedWhileWriting: 0,
    orphanRows: 0,
    rounds: [],
  }
  const probe = writerProbe(bench)
  let current = server
  for (let round = 1; round <= KILLS; round += 1) {
    // Odd rounds: any moment of the request. Even rounds: a moment inside the write transaction
    // (waited for, then a random part of the shortest write seen so far).
    const moment = round % 2 === 1 ? 'random' : 'in-write'
    let answered: number | null = null
    const r0 = performance.now()
    const request = postImport(current.url, cookie, round).then(
      (res) => {
        answered = res.status
      },
      () => undefined,
    )
    if (moment === 'random') {
      await sleep(rand() * fullImportMs * 1.1)
    } else {
      while (
        answered === null &&
        performance.now() - r0 < fullImportMs * 3 &&
        !(await probe.active())
      )
        await sleep(2)
      await sleep(rand() * 50)
    }
    const writing = await probe.active()
    const killAfterMs = Math.round(performance.now() - r0)
    const exited = new Promise((resolve) => {
      const wait = () => (alive(current.pid) ? setTimeout(wait, 20) : resolve(undefined))
      wait()
    })
    process.kill(current.pid, 'SIGKILL')
    await Promise.race([exited, sleep(5_000)])
    await request
    await current.stop()
    const s0 = performance.now()
    current = await startServer({ databaseUrl: bench.url })
    const restartMs = Math.round(performance.now() - s0)
    const { units, batches } = await batchState(bench.db, round)
    const state =
      units === 0 && batches === 0
        ? 'absent'
        : units === KILL_UNITS + 1 && batches === 1
          ? 'whole'
          : 'partial'
    figures[state] += 1
    if (writing) figures.killedWhileWriting += 1
    figures.rounds.push({
      round,
      moment,
      killAfterMs,
      writing,
      answeredBeforeKill: answered,
      state,
      units,
      batches,
      restartMs,
    })
    say(
      `    kill ${round} (${moment}): after ${killAfterMs} ms${writing ? ', write transaction open' : ''} → ${state} (${units} units, ${batches} batch)`,
    )
  }
  await probe.close()
  figures.orphanRows = await orphanRows(bench.db)
  return { figures, server: current }
}

// ---------------------------------------------------------------------------------------------
// 3. Read load

const READ_PATHS = [
  `/api/rankings?parent=P01&kind=DISTRICT&year=${LAST_YEAR}`,
  `/api/rankings/history?parent=P01&kind=DISTRICT`,
  `/api/units?parent=P01&kind=DISTRICT`,
  `/api/units/P01.D01/profile`,
  `/api/compare?units=P01.D01,P01.D02,P01.D03`,
  `/api/tasks?parent=P01&kind=DISTRICT&year=${LAST_YEAR}`,
  `/api/awards?parent=P01&kind=DISTRICT&year=${LAST_YEAR}`,
  `/api/rankings?parent=P01.D01&kind=COMMUNE&year=${LAST_YEAR}&format=csv`,
  `/api/health`,
]

type LoadFigures = {
  connections: number
  seconds: number
  requests: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  errors: number
  timeouts: number
  non2xx: number
  /** Each path alone, before the load (first request: uncached). */
  singleMs: Record<string, number>
  rssMb: { first: number; last: number; peak: number; samples: number[] }
}

async function readLoad(server: ServerProcess): Promise<LoadFigures> {
  // Each path once, alone, before the load: it must answer 200; its time is the unloaded baseline.
  const singleMs: Record<string, number> = {}
  for (const path of READ_PATHS) {
    const t0 = performance.now()
    const res = await fetch(`${server.url}${path}`)
    await res.arrayBuffer()
    singleMs[path] = round1(performance.now() - t0)
    if (res.status !== 200) throw new Error(`read probe ${path} answered ${res.status}`)
  }
  const samples: number[] = []
  const timer = setInterval(() => samples.push(round1(server.rssMb())), 1000)
  const result = await autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: LOAD_SECONDS,
    requests: READ_PATHS.map((path) => ({ method: 'GET' as const, path })),
  })
  clearInterval(timer)
  samples.push(round1(server.rssMb()))
  return {
    connections: CONNECTIONS,
    seconds: LOAD_SECONDS,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    singleMs,
    rssMb: {
      first: samples[0] ?? NaN,
      last: samples.at(-1) ?? NaN,
      peak: Math.max(...samples),
      samples,
    },
  }
}

/** Flat: the last sample within 32 MB or 25 % (whichever is larger) of the median of the first third. */
function rssFlat(samples: number[]): { drift: number; allowed: number; flat: boolean } {
  const head = samples.slice(0, Math.max(1, Math.floor(samples.length / 3))).sort((a, b) => a - b)
  const base = head[Math.floor(head.length / 2)] ?? 0
  const drift = round1((samples.at(-1) ?? 0) - base)
  const allowed = round1(Math.max(32, base * 0.25))
  return { drift, allowed, flat: drift <= allowed }
}

// ---------------------------------------------------------------------------------------------
// 4. PostgreSQL outage (backends terminated)

type OutageFigures = {
  outages: number
  terminatedBackends: number[]
  recoveryMs: (number | null)[]
  failedRequests: number[]
  statusesDuring: Record<string, number>
  samePid: boolean
}

async function outages(bench: BenchDb, server: ServerProcess): Promise<OutageFigures> {
  const admin = createDb({ dialect: 'postgres', connectionString: bench.url }, { poolSize: 1 })
  const figures: OutageFigures = {
    outages: OUTAGES,
    terminatedBackends: [],
    recoveryMs: [],
    failedRequests: [],
    statusesDuring: {},
    samePid: true,
  }
  let miss = 0
  try {
    for (let i = 0; i < OUTAGES; i += 1) {
      // Warm the pool first, so there are connections to lose.
      await pool(READ_PATHS, 8, async (path) => (await fetch(`${server.url}${path}`)).arrayBuffer())
      const { rows } = await sql<{ n: number | string }>`
        select count(pg_terminate_backend(pid)) as n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid()`.execute(admin)
      figures.terminatedBackends.push(Number(rows[0]?.n ?? 0))
      const t0 = performance.now()
      let failed = 0
      let recovered: number | null = null
      while (performance.now() - t0 < RECOVERY_BUDGET_MS) {
        // A parameter of its own per request, so the response cache cannot answer for the database.
        miss += 1
        const statuses = await Promise.all(
          [
            `/api/rankings?parent=P01&kind=DISTRICT&year=${LAST_YEAR}&soak=${miss}`,
            '/api/health',
          ].map(async (path) => {
            try {
              const res = await fetch(`${server.url}${path}`, {
                signal: AbortSignal.timeout(5_000),
              })
              await res.arrayBuffer()
              return res.status
            } catch {
              return 0
            }
          }),
        )
        for (const status of statuses) {
          figures.statusesDuring[status] = (figures.statusesDuring[status] ?? 0) + 1
        }
        if (statuses.every((status) => status === 200)) {
          recovered = Math.round(performance.now() - t0)
          break
        }
        failed += statuses.filter((status) => status !== 200).length
        await sleep(100)
      }
      figures.recoveryMs.push(recovered)
      figures.failedRequests.push(failed)
      say(
        `    outage ${i + 1}: ${figures.terminatedBackends.at(-1)} backends ended, answered again after ${recovered ?? '—'} ms`,
      )
    }
  } finally {
    await admin.destroy()
  }
  figures.samePid = alive(server.pid)
  return figures
}

// ---------------------------------------------------------------------------------------------

type DialectFigures = {
  dialect: 'sqlite' | 'postgres'
  setupSeconds: number
  malformed: MalformedFigures
  bombs: BombFigures
  kills: KillFigures
  load: LoadFigures
  outages?: OutageFigures
}

async function runDialect(bench: BenchDb): Promise<DialectFigures> {
  const dialect = bench.dialect
  say(`${dialect}:`)
  const s0 = performance.now()
  const dataset = generateDataset(GROWTH_SHAPES['1x'])
  await importDataset(bench.db, dataset)
  await publishAll(bench.db, dataset)
  await addEditor(bench.db)
  let server = await startServer({ databaseUrl: bench.url })
  const setupSeconds = round1((performance.now() - s0) / 1000)
  try {
    const cookie = await login(server.url)

    say('  malformed requests…')
    const m = await malformed(bench, server, cookie)
    check(dialect, 'malformed requests sent', '≥ 500', String(m.requests), m.requests >= 500)
    check(
      dialect,
      'malformed: 5xx answers',
      '0',
      `${m.fiveXx.length}${
        m.fiveXx.length
          ? ` (${m.fiveXx
              .slice(0, 4)
              .map((f) => `${f.status} ${f.method} ${f.path}`)
              .join('; ')})`
          : ''
      }`,
      m.fiveXx.length === 0,
    )
    check(
      dialect,
      'malformed: connection errors',
      '0',
      `${m.networkErrors.length} (${m.retriedOnFreshSocket} sent again on a fresh socket)${
        m.networkErrors.length
          ? ` (${m.networkErrors
              .slice(0, 3)
              .map((e) => `${e.method} ${e.path}: ${e.error}`)
              .join('; ')})`
          : ''
      }`,
      m.networkErrors.length === 0,
    )
    const written = Object.values(m.rowsWritten).reduce((a, b) => a + b, 0)
    check(
      dialect,
      'malformed: rows written',
      '0',
      `${written}${written ? ` ${JSON.stringify(m.rowsWritten)}` : ''}`,
      written === 0,
    )
    check(
      dialect,
      'malformed: server still up',
      'same process',
      alive(server.pid) ? 'yes' : 'died',
      alive(server.pid),
    )

    say('  XLSX bombs while reading…')
    const bombFigures = await bombsWhileReading(server.url, cookie)
    const refused = (status: number) => status === 413 || status === 422
    const slowest = Math.max(bombFigures.together.ms, ...bombFigures.cases.map((c) => c.ms))
    check(
      dialect,
      'XLSX bombs: refused within budget',
      `413/422 in ≤ ${BOMB_BUDGET_MS / 1000} s`,
      `${bombFigures.cases.map((c) => `${c.name}: ${c.status} in ${c.ms} ms`).join('; ')}; three at once: ${bombFigures.together.statuses.join('/')} in ${bombFigures.together.ms} ms`,
      bombFigures.cases.every((c) => refused(c.status)) &&
        bombFigures.together.statuses.every(refused) &&
        slowest <= BOMB_BUDGET_MS,
    )
    check(
      dialect,
      'XLSX bombs: reads meanwhile',
      `p99 ≤ ${BOMB_READS_P99_MS} ms`,
      `${bombFigures.reads.count} reads, p50 ${bombFigures.reads.p50Ms} ms, p99 ${bombFigures.reads.p99Ms} ms`,
      bombFigures.reads.count > 0 && bombFigures.reads.p99Ms <= BOMB_READS_P99_MS,
    )

    say(`  ${KILLS} × kill -9 during an import of ${KILL_UNITS + 1} units…`)
    const k = await kills(bench, server, cookie)
    server = k.server
    check(
      dialect,
      'kill -9 mid-import: partial imports',
      '0',
      `${k.figures.partial} (${k.figures.whole} whole, ${k.figures.absent} absent; ${k.figures.killedWhileWriting} killed with the write open; full import ${k.figures.fullImportMs} ms)`,
      k.figures.partial === 0 && k.figures.rounds.length === KILLS,
    )
    check(
      dialect,
      'kill -9: rows of missing batches',
      '0',
      String(k.figures.orphanRows),
      k.figures.orphanRows === 0,
    )

    say(`  ${CONNECTIONS} connections × ${LOAD_SECONDS} s of reads…`)
    const load = await readLoad(server)
    // autocannon counts timeouts among its errors.
    const errors = load.errors + load.non2xx
    check(
      dialect,
      `reads ${CONNECTIONS} × ${LOAD_SECONDS} s: errors`,
      '0',
      `${errors} of ${load.requests} (${load.timeouts} timeouts; ${load.requestsPerSecond} req/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms)`,
      errors === 0 && load.requests > 0,
    )
    const flat = rssFlat(load.rssMb.samples)
    check(
      dialect,
      'reads: RSS flat',
      `drift ≤ ${flat.allowed} MB`,
      `first ${load.rssMb.first} MB, last ${load.rssMb.last} MB, peak ${load.rssMb.peak} MB (drift ${flat.drift} MB)`,
      flat.flat,
    )

    let outageFigures: OutageFigures | undefined
    if (dialect === 'postgres') {
      say(`  ${OUTAGES} × every backend of the database terminated…`)
      outageFigures = await outages(bench, server)
      const worst = Math.max(...outageFigures.recoveryMs.map((ms) => ms ?? Infinity))
      check(
        dialect,
        'PostgreSQL backends terminated: recovered without restart',
        `≤ ${RECOVERY_BUDGET_MS / 1000} s, same process`,
        `${outageFigures.recoveryMs.map((ms) => (ms === null ? 'never' : `${ms} ms`)).join(', ')}; ${outageFigures.failedRequests.reduce((a, b) => a + b, 0)} requests failed meanwhile; same process: ${outageFigures.samePid ? 'yes' : 'no'}`,
        Number.isFinite(worst) && outageFigures.samePid,
      )
    }
    return {
      dialect,
      setupSeconds,
      malformed: m,
      bombs: bombFigures,
      kills: k.figures,
      load,
      outages: outageFigures,
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`${message}\nserver output: ${server.log().slice(-1500)}`, { cause: error })
  } finally {
    await server.stop()
  }
}

function printTable() {
  const rows = checks.map((c) => [
    c.dialect,
    c.name,
    c.target,
    c.measured,
    c.passed ? 'pass' : 'FAIL',
  ])
  const header = ['database', 'check', 'target', 'measured', 'result']
  const widths = header.map((h, i) =>
    Math.min(90, Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))),
  )
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')
  say('')
  say(line(header))
  say(widths.map((w) => '-'.repeat(w)).join('-|-'))
  for (const row of rows) say(line(row))
  const passed = checks.filter((c) => c.passed).length
  say('')
  say(`${passed} passed, ${checks.length - passed} failed`)
}

async function main() {
  const started = performance.now()
  const loadAtStart = loadavg()
  if (!args.has('--no-build')) buildServer()
  const workDir = mkdtempSync(join(tmpdir(), 'par-soak-'))
  const results: DialectFigures[] = []
  try {
    const sqlite = await freshSqlite(workDir, 'soak')
    try {
      results.push(await runDialect(sqlite))
    } finally {
      await sqlite.drop()
    }
    const postgresUrl = process.env.SOAK_DATABASE_URL
    if (postgresUrl) {
      const postgres = await freshPostgres('soak', postgresUrl)
      try {
        results.push(await runDialect(postgres))
      } finally {
        await postgres.drop()
      }
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
  const report = {
    date: new Date().toISOString(),
    quick: QUICK,
    seed: SEED,
    machine: machine(),
    /** The machine's 1/5/15-minute load averages: other work on it slows every figure. */
    loadAverage: { start: loadAtStart.map(round1), end: loadavg().map(round1) },
    durationSeconds: round1((performance.now() - started) / 1000),
    results,
    checks,
    passed: checks.filter((c) => c.passed).length,
    failed: checks.filter((c) => !c.passed).length,
  }
  mkdirSync('bench/results', { recursive: true })
  const file = `bench/results/soak-${report.date.slice(0, 10)}${QUICK ? '-quick' : ''}.json`
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
  say(
    JSON.stringify({
      ...report,
      results: results.map((r) => ({
        ...r,
        load: { ...r.load, rssMb: { ...r.load.rssMb, samples: r.load.rssMb.samples.length } },
      })),
    }),
  )
  say(
    `(full figures in ${file}; load average ${report.loadAverage.start.join(' ')} → ${report.loadAverage.end.join(' ')})`,
  )
  printTable()
  process.exitCode = report.failed === 0 ? 0 : 1
}

await main()
