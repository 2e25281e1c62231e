// Component tests talk to the real API: the server booted on a fresh SQLite file with the demo
// data (as in production), reached through a fetch that forwards the app's relative URLs to it.
// A child process, because the seed loader needs Node's module URLs, which jsdom tests lack.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export type TestApi = {
  destroy: () => Promise<void>
  /** Makes the next `count` requests whose path starts with `prefix` fail with a 500 envelope. */
  failNext: (prefix: string, count?: number) => void
  /** Path and query of every request made through fetch since the API started, in order. */
  requests: string[]
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}

async function waitForHealth(base: string, child: ChildProcess, log: () => string) {
  for (let i = 0; i < 120; i += 1) {
    if (child.exitCode !== null) throw new Error(`server exited: ${log()}`)
    try {
      const response = await fetch(`${base}/api/health`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`server did not start: ${log()}`)
}

export async function startTestApi(): Promise<TestApi> {
  const dir = mkdtempSync(join(tmpdir(), 'par-client-test-'))
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  // Node itself with tsx as loader (not npx): one process, so killing it leaves nothing behind.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: `file:${join(dir, 'test.sqlite')}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (d) => (output += String(d)))
  child.stderr?.on('data', (d) => (output += String(d)))
  await waitForHealth(base, child, () => output)

  const failures: { prefix: string; left: number }[] = []
  const requests: string[] = []
  const original = globalThis.fetch
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const raw = input instanceof Request ? input.url : String(input)
    const url = new URL(raw, base)
    requests.push(`${url.pathname}${url.search}`)
    const failure = failures.find((f) => url.pathname.startsWith(f.prefix) && f.left > 0)
    if (failure) {
      failure.left -= 1
      return new Response(
        JSON.stringify({ error: { code: 'INTERNAL', message: 'Internal server error' } }),
        {
          status: 500,
          headers: { 'content-type': 'application/json' },
        },
      )
    }
    return original(`${base}${url.pathname}${url.search}`, init)
  }) as typeof fetch
  return {
    failNext: (prefix, count = 1) => failures.push({ prefix, left: count }),
    requests,
    destroy: async () => {
      globalThis.fetch = original
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))])
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
