// The server under test: the production build of the real entry (dist/server/index.mjs, what
// `npm start` runs) in its own process, so its memory can be read from /proc and the load
// generator does not share its event loop.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { resolve } from 'node:path'

export type ServerProcess = {
  url: string
  pid: number
  /** Peak resident set size since start (VmHWM), in MB. */
  peakRssMb: () => number
  rssMb: () => number
  /** The last lines the server wrote (for error messages). */
  log: () => string
  stop: () => Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

function statusField(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    )
    return match ? Number(match[1]) / 1024 : NaN
  } catch {
    return NaN
  }
}

// Resolved here, so a child started in another working directory still finds the loader.
const TSX_LOADER = import.meta.resolve('tsx')

/** Node entry scripts run with the tsx loader in-process (not the tsx CLI, which forks a child). */
export function spawnNode(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd?: string,
): ChildProcess {
  return spawn(process.execPath, ['--import', TSX_LOADER, resolve(script), ...args], {
    env,
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

export async function waitForHttp(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs = 60_000,
) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`process exited (${child.exitCode}): ${output().slice(-800)}`)
    try {
      const res = await fetch(url)
      await res.arrayBuffer()
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`timed out waiting for ${url}: ${output().slice(-800)}`)
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}

export type StartOptions = {
  databaseUrl: string
  env?: NodeJS.ProcessEnv
  /** Working directory: the server serves the SPA from <cwd>/dist/client when it exists. */
  cwd?: string
}

/** The bundle `npm run build:server` writes (DIST_DIR puts a build beside dist/). */
const SERVER_BUNDLE = resolve(process.env.DIST_DIR || 'dist', 'server/index.mjs')
/**
 * The Node flags of `npm run serve`, read from package.json so the benchmark serves exactly as
 * production does, and spawned directly so that the pid read from /proc is the server's, not
 * npm's (see docs/performance.md, "Peak RSS", for what the flags do).
 */
function serveFlags(): string[] {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { serve: string } }
  return pkg.scripts.serve.split(/\s+/).filter((word) => word.startsWith('--'))
}

/** Builds the server bundle with the project's own script (`npm run build:server`). */
export function buildServer(): void {
  const result = spawnSync('npm', ['run', '--silent', 'build:server'], { encoding: 'utf8' })
  if (result.status !== 0 || !existsSync(SERVER_BUNDLE))
    throw new Error(`npm run build:server failed: ${result.stderr || result.stdout}`)
}

export async function startServer(options: StartOptions): Promise<ServerProcess> {
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    DEMO_DATA: 'off',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    // The SPA the benchmark built lives in <cwd>/dist/client, whatever DIST_DIR this run uses.
    DIST_DIR: 'dist',
    ...options.env,
  }
  const child = spawn(process.execPath, [...serveFlags(), SERVER_BUNDLE], {
    env,
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)))
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)))
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}/api/health`, child, () => log)
  const pid = child.pid ?? 0
  return {
    url,
    pid,
    peakRssMb: () => statusField(pid, 'VmHWM'),
    rssMb: () => statusField(pid, 'VmRSS'),
    log: () =>
      child.exitCode === null ? log : `${log}\n(exited with ${child.exitCode ?? child.signalCode})`,
    stop: () => stopChild(child),
  }
}
