// The phone budgets' floor on this host: the same Lighthouse audit of a page that only starts
// React (bench/phone-floor-entry.tsx), as the schema floor is for the imports (ADR 050). React
// and its DOM renderer are bundled as the app ships them (minified, production, opened with the
// compile hint of vite.config.ts's par-compile-hints) and started as client/main.tsx starts the
// app: after the shell's first frame. What this page's Total Blocking Time reads at the
// calibrated slow-down no page of the app can read less; what a page reads above it is the
// app's own work.
import { build } from 'esbuild'
import { createServer, type Server } from 'node:http'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { COMPILE_HINT } from '../shared/dto/compile-hint.ts'
import { FLOOR_START_MARK } from './phone-floor-marks.ts'

const ENTRY = fileURLToPath(new URL('./phone-floor-entry.tsx', import.meta.url))
const SCRIPT_PATH = '/floor.js'

/** A shell no heavier than the app's index.html shell, which paints before any script runs. */
const SHELL = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Chỉ số cải cách hành chính</title>
    <style>body { font-family: system-ui, sans-serif; margin: 0 1rem; }</style>
  </head>
  <body>
    <div id="root">
      <h1>Chỉ số cải cách hành chính</h1>
      <p>Đang tải…</p>
    </div>
    <script>
      // As client/main.tsx: the module is fetched and evaluated after the first frame.
      requestAnimationFrame(function () {
        setTimeout(function () {
          var script = document.createElement('script')
          script.type = 'module'
          script.src = '${SCRIPT_PATH}'
          document.head.appendChild(script)
        }, 0)
      })
    </script>
  </body>
</html>
`

export type PhoneFloorPage = { url: string; scriptBytes: number; stop: () => Promise<void> }

/** React alone, minified for production, as one module. */
export async function buildFloorScript(): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: `${COMPILE_HINT}\nperformance.mark(${JSON.stringify(FLOOR_START_MARK)});` },
    write: false,
    logLevel: 'silent',
  })
  const output = result.outputFiles[0]
  if (!output) throw new Error('esbuild wrote no floor script')
  return output.contents
}

/** Builds the floor page and serves it (gzip, as the app's files go out) on a free port. */
export async function startPhoneFloor(): Promise<PhoneFloorPage> {
  const script = await buildFloorScript()
  const files = new Map([
    ['/', { type: 'text/html; charset=utf-8', body: gzipSync(SHELL) }],
    [SCRIPT_PATH, { type: 'text/javascript; charset=utf-8', body: gzipSync(script) }],
  ])
  const server: Server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://floor').pathname)
    if (!file) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, {
      'content-type': file.type,
      'content-encoding': 'gzip',
      'cache-control': 'no-store',
    })
    response.end(file.body)
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', done)
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}/`,
    scriptBytes: script.byteLength,
    stop: () => new Promise<void>((done) => server.close(() => done())),
  }
}
