// npm run check:production: the production path of docs/operations.md, end to end. Builds the
// bundle, copies only package.json, package-lock.json and dist/ into an empty folder, installs
// there with `npm ci --omit=dev`, and checks that the bundled CLIs and the server run on what
// that install holds: a dependency the bundle needs but that sits in devDependencies fails here.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')
const PORT = Number(process.env.CHECK_PORT ?? 4398)
const DIST = 'dist-production-check'
/** Development-only packages that must not be installed by `npm ci --omit=dev`. */
const DEV_ONLY = ['react', 'recharts', 'vite', 'tsx', 'typescript', 'docx']

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  return execFileSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
}

function step(text: string): void {
  process.stdout.write(`check:production: ${text}\n`)
}

async function waitForHealth(server: ChildProcess, base: string): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`)
    try {
      const res = await fetch(`${base}/api/health`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`no answer from ${base}/api/health within 60 s`)
}

async function expectOk(url: string, contentType: RegExp): Promise<string> {
  const res = await fetch(url)
  const type = res.headers.get('content-type') ?? ''
  if (!res.ok || !contentType.test(type))
    throw new Error(`GET ${url}: ${res.status} ${type}, expected 200 ${contentType}`)
  return res.text()
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'par-production-'))
  let server: ChildProcess | undefined
  try {
    step(`building into ${DIST}/`)
    run('npm', ['run', 'build'], ROOT, { DIST_DIR: DIST })
    for (const file of ['package.json', 'package-lock.json'])
      cpSync(join(ROOT, file), join(work, file))
    cpSync(join(ROOT, DIST), join(work, 'dist'), { recursive: true })

    step(`npm ci --omit=dev in ${work}`)
    run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], work)
    const leaked = DEV_ONLY.filter((name) => existsSync(join(work, 'node_modules', name)))
    if (leaked.length > 0) throw new Error(`--omit=dev still installed: ${leaked.join(', ')}`)

    const env = {
      DATABASE_URL: `file:${join(work, 'data', 'par.sqlite')}`,
      DEMO_DATA: 'off',
      LOG_LEVEL: 'warn',
    }
    step('bundled CLIs: db-migrate, user-add')
    run('node', ['dist/server/migrate-cli.mjs'], work, env)
    run(
      'node',
      [
        'dist/server/user-add.mjs',
        '--email',
        'admin@par.example.vn',
        '--name',
        'Quản trị',
        '--role',
        'ADMIN',
      ],
      work,
      { ...env, USER_PASSWORD: 'kiem-tra-san-xuat-2026' },
    )

    step(`starting the server on 127.0.0.1:${PORT}`)
    server = spawn(
      'node',
      ['--max-semi-space-size=4', '--heap-growing-percent=50', 'dist/server/index.mjs'],
      {
        cwd: work,
        env: { ...process.env, ...env, PORT: String(PORT), HOST: '127.0.0.1' },
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    )
    const base = `http://127.0.0.1:${PORT}`
    await waitForHealth(server, base)
    const html = await expectOk(`${base}/`, /^text\/html/)
    // The entry script, which index.html lists for after its first paint (ADR 035).
    const script = /<link[^>]+href="(\/assets\/[^"]+\.js)"[^>]*data-entry/.exec(html)?.[1]
    if (!script) throw new Error('the SPA page names no entry script under /assets/')
    await expectOk(`${base}${script}`, /javascript/)
    // A deep link is answered with the SPA too (client-side routing), naming its page's code.
    const deep = await expectOk(`${base}/rankings`, /^text\/html/)
    const page = /href="(\/assets\/rankings-[^"]+\.js)"/.exec(deep)?.[1]
    if (!page) throw new Error("the /rankings page's HTML names no rankings chunk")
    await expectOk(`${base}${page}`, /javascript/)
    step(
      'ok: /api/health, the SPA, its script and a deep link answered from the --omit=dev install',
    )
  } finally {
    server?.kill('SIGTERM')
    rmSync(work, { recursive: true, force: true })
    rmSync(join(ROOT, DIST), { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `check:production: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  process.exitCode = 1
})
