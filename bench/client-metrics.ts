// Client figures: the gzip size of the JS the SPA loads before its first route renders (the
// module script of index.html and its static imports / modulepreload links), and, in Chromium,
// the time from navigation to the first chart drawn and to a PNG export.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export type ClientFigures =
  | {
      measured: true
      initialJsGzipKb: number
      initialFiles: number
      /** Every JS file fetched before the first chart was drawn (the shell plus the route's chunks). */
      firstChartJsGzipKb: number | null
      firstChartMs: number | null
      /** The same on the 10,600-commune stress cohort's overview. */
      firstChartLargeMs: number | null
      pngExportMs: number | null
      notes: string[]
    }
  | { measured: false; reason: string }

export const CLIENT_DIR = 'dist/client'

/** Static imports of a built chunk (`import … from "./x.js"` / `import "./x.js"`), relative to it. */
function staticImports(code: string): string[] {
  const found = new Set<string>()
  for (const match of code.matchAll(
    /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g,
  )) {
    if (match[1]) found.add(match[1])
  }
  return [...found]
}

export function gzipKb(clientDir: string, files: readonly string[]): number {
  let bytes = 0
  for (const file of new Set(files)) {
    if (existsSync(join(clientDir, file)))
      bytes += gzipSync(readFileSync(join(clientDir, file)), { level: 9 }).byteLength
  }
  return bytes / 1024
}

/** Sum of gzip sizes of the entry module and everything it imports statically, transitively. */
export function initialJs(clientDir = CLIENT_DIR): { gzipKb: number; files: string[] } {
  const html = readFileSync(join(clientDir, 'index.html'), 'utf8')
  const roots = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => (m[1] ?? '').replace(/^\//, ''))
  const seen = new Set<string>()
  const queue = [...roots]
  let bytes = 0
  while (queue.length > 0) {
    const file = queue.shift() ?? ''
    if (seen.has(file) || !existsSync(join(clientDir, file))) continue
    seen.add(file)
    const code = readFileSync(join(clientDir, file))
    bytes += gzipSync(code, { level: 9 }).byteLength
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : ''
    for (const spec of staticImports(code.toString('utf8'))) {
      queue.push(
        spec.startsWith('/') ? spec.slice(1) : new URL(spec, `http://x/${dir}`).pathname.slice(1),
      )
    }
  }
  return { gzipKb: bytes / 1024, files: [...seen] }
}
