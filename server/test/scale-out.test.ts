// Scale-out on PostgreSQL: two real server processes on two ports share one database. A session
// opened through one is valid on the other, and an import through one invalidates the other's
// HTTP cache (the data version lives in the database; ADR 007).
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:net'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb } from '../db/create-db.ts'
import { testPostgresUrl } from './create-test-db.ts'

const ADMIN = { email: 'admin@scale-out.test', password: 'scale-out password 1' }
/** The bound within which an instance sees another's writes (httpCache revalidateMs default). */
const REVALIDATE_MS = 100
const RANKINGS = '/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2023'

type Instance = { url: string; child: ChildProcess; log: () => string }
type RankingBody = { items: { unit: { code: string }; indexPct: number }[] }

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

async function startInstance(databaseUrl: string): Promise<Instance> {
  const port = await freePort()
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    DEMO_DATA: 'on',
    LOG_LEVEL: 'warn',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
  }
  // The tsx loader in this process (the tsx CLI would fork a second one we could not stop cleanly).
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`instance exited (${child.exitCode}): ${output}`)
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return { url, child, log: () => output }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`instance on ${url} did not start: ${output}`)
}

async function stopInstance(instance: Instance | undefined): Promise<void> {
  const child = instance?.child
  if (!child || child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

describe('two server instances on one PostgreSQL database', () => {
  const database = `par_scale_out_${randomBytes(4).toString('hex')}`
  const admin = createDb(
    { dialect: 'postgres', connectionString: testPostgresUrl() },
    { poolSize: 1 },
  )
  let a: Instance | undefined
  let b: Instance | undefined
  let cookie = ''

  beforeAll(async () => {
    // A database of its own, not a schema: both instances migrate and seed it like a real deployment.
    await sql`create database ${sql.id(database)}`.execute(admin)
    const url = new URL(testPostgresUrl())
    url.pathname = `/${database}`
    // One after the other: the first migrates and loads the demo data, the second finds it done.
    a = await startInstance(url.toString())
    b = await startInstance(url.toString())
  }, 180_000)

  afterAll(async () => {
    await Promise.all([stopInstance(a), stopInstance(b)])
    await sql`drop database if exists ${sql.id(database)} with (force)`.execute(admin)
    await admin.destroy()
  }, 60_000)

  it('accepts on B the session cookie issued by A', async () => {
    const login = await fetch(`${a?.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: a?.url ?? '' },
      body: JSON.stringify(ADMIN),
    })
    expect(login.status).toBe(200)
    cookie = /par_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? ''
    expect(cookie).not.toBe('')
    const me = await fetch(`${b?.url}/api/auth/me`, { headers: { Cookie: cookie } })
    expect(await me.json()).toMatchObject({ user: { email: ADMIN.email, role: 'ADMIN' } })
  })

  it('serves the same ETag from both, and after an import through A, fresh numbers from B', async () => {
    const before = await fetch(`${b?.url}${RANKINGS}`)
    expect(before.status).toBe(200)
    const etag = before.headers.get('etag') ?? ''
    expect(etag).not.toBe('')
    const thanhHoa = (body: RankingBody) =>
      body.items.find((i) => i.unit.code === 'LONG_AN.THANH_HOA')?.indexPct
    expect(thanhHoa((await before.json()) as RankingBody)).toBe(80.1)
    const fromA = await fetch(`${a?.url}${RANKINGS}`)
    expect(fromA.headers.get('etag')).toBe(etag)
    expect(
      (await fetch(`${b?.url}${RANKINGS}`, { headers: { 'If-None-Match': etag } })).status,
    ).toBe(304)

    const csv = 'unit_code,year,max_points,points\r\nLONG_AN.THANH_HOA,2023,100,91.5\r\n'
    const imported = await fetch(`${a?.url}/api/imports?kind=assessments&dryRun=false`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv', Origin: a?.url ?? '', Cookie: cookie },
      body: csv,
    })
    expect(imported.status, await imported.clone().text()).toBe(200)
    expect(await imported.json()).toMatchObject({ kind: 'assessments', updated: 1 })

    await new Promise((resolve) => setTimeout(resolve, REVALIDATE_MS + 50))
    const after = await fetch(`${b?.url}${RANKINGS}`, { headers: { 'If-None-Match': etag } })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(etag)
    expect(thanhHoa((await after.json()) as RankingBody)).toBe(91.5)
  })
})
