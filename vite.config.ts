import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite'
import { defineConfig } from 'vitest/config'
import { PAGE_PRELOADS } from './client/app/page-preloads.ts'
import { COMPILE_HINT } from './shared/dto/compile-hint.ts'
import {
  APP_MODULES_TEMPLATE,
  type BuiltPagePreloads,
  PAGE_PRELOADS_FILE,
} from './shared/dto/page-preloads.ts'

const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/
const COMPRESS_MIN_BYTES = 1024

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy beside every compressible asset of the build, at
 * the highest levels: done once per build, the server then sends them as they are
 * (`serveStatic({ precompressed: true })`) instead of compressing on every request.
 */
function precompress(): Plugin {
  let outDir = ''
  return {
    name: 'par-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue
        const file = join(entry.parentPath, entry.name)
        const bytes = readFileSync(file)
        if (bytes.byteLength < COMPRESS_MIN_BYTES) continue
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }))
        const quality = { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY }
        writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: quality }))
      }
    },
  }
}

/** The bundle's chunks, its entry (client/main.tsx) and the app chunk (client/boot.tsx). */
function entryAndBoot(bundle: Rollup.OutputBundle, plugin: string) {
  const chunks = Object.values(bundle).filter(
    (item): item is Rollup.OutputChunk => item.type === 'chunk',
  )
  const entry = chunks.find((chunk) => chunk.isEntry)
  const boot = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/client/boot.tsx'))
  if (!entry || !boot) throw new Error(`${plugin}: client/boot.tsx is not a chunk`)
  return { chunks, entry, boot }
}

/**
 * `from` and everything reachable from it along `next`, however deep, in the order first reached
 * (depth first). `next` gives undefined for an id that is not part of the graph: it is left out.
 */
function reachable(
  from: readonly string[],
  next: (id: string) => readonly string[] | undefined,
): Set<string> {
  const seen = new Set<string>()
  const visit = (id: string) => {
    if (seen.has(id)) return
    const out = next(id)
    if (!out) return
    seen.add(id)
    for (const child of out) visit(child)
  }
  for (const id of from) visit(id)
  return seen
}

/** The chunk `start` and every chunk it imports statically, however deep. */
function staticClosure(bundle: Rollup.OutputBundle, start: string): Set<string> {
  return reachable([start], (fileName) => {
    const chunk = bundle[fileName]
    return chunk?.type === 'chunk' ? chunk.imports : undefined
  })
}

/**
 * main.tsx imports the app (client/boot.tsx) dynamically, once the shell in index.html has been
 * painted. This lists that chunk and the chunks it imports in index.html, so the browser fetches
 * them with the entry instead of after its first frame. The shell's stylesheets are the entry's
 * (main.tsx imports them), so they style the shell exactly as they style the app (nothing moves
 * when React replaces it); a stylesheet the app chunk brings of its own fails the build.
 */
function preloadBoot(): Plugin {
  return {
    name: 'par-preload-boot',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle
        if (!bundle) return []
        const { entry, boot } = entryAndBoot(bundle, 'par-preload-boot')
        const js = staticClosure(bundle, boot.fileName)
        const css = new Set<string>()
        for (const file of js) {
          const chunk = bundle[file]
          if (chunk?.type === 'chunk')
            for (const sheet of chunk.viteMetadata?.importedCss ?? []) css.add(sheet)
        }
        // The entry's own imports are in index.html already.
        for (const file of [entry.fileName, ...entry.imports]) js.delete(file)
        for (const file of entry.viteMetadata?.importedCss ?? []) css.delete(file)
        // The shell's stylesheets are the entry's (main.tsx imports them), inlined in index.html.
        if (css.size > 0)
          throw new Error(
            `par-preload-boot: the app chunk brings stylesheets of its own (${[...css].join(', ')}): import their source in client/main.tsx`,
          )
        return [
          ...[...js].map((file): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head',
          })),
        ]
      },
    },
  }
}

/**
 * Puts the stylesheets index.html links (the entry's and the app chunk's, par-preload-boot) into
 * the page itself: a stylesheet in <head> blocks the first paint until it has downloaded, one
 * more round trip before the shell shows on a phone's network. They are about 6 KB compressed.
 * Only the entry's stylesheet may be there: Vite's preload helper would link the app chunk's
 * again, and wait for it, before evaluating the app (par-preload-boot refuses one).
 */
function inlineStylesheets(): Plugin {
  return {
    name: 'par-inline-stylesheets',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle
        if (!bundle) return html
        return html.replace(
          /<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/g,
          (tag: string, fileName: string) => {
            const asset = bundle[fileName]
            if (!asset || asset.type !== 'asset') return tag
            const source =
              typeof asset.source === 'string'
                ? asset.source
                : new TextDecoder().decode(asset.source)
            return `<style>${source}</style>`
          },
        )
      },
    },
  }
}

/**
 * Writes page-preloads.json beside index.html: for each page (client/app/page-preloads.ts), its
 * chunk and the chunks that chunk imports, less those index.html lists already (the entry and the
 * app chunk, par-preload-boot). The server names them in index.html for a deep link
 * (server/static-client.ts), so a phone downloads the page's code with the app's, not after it.
 */
function pagePreloads(): Plugin {
  return {
    name: 'par-page-preloads',
    apply: 'build',
    generateBundle(_options, bundle) {
      const { entry, boot, chunks } = entryAndBoot(bundle, 'par-page-preloads')
      const listed = new Set([
        ...staticClosure(bundle, entry.fileName),
        ...staticClosure(bundle, boot.fileName),
      ])
      const built: BuiltPagePreloads = {}
      for (const [segment, page] of Object.entries(PAGE_PRELOADS)) {
        const chunk = chunks.find((c) =>
          c.facadeModuleId?.endsWith(`/client/app/routes/${page.module}.tsx`),
        )
        if (!chunk) throw new Error(`par-page-preloads: no chunk for routes/${page.module}.tsx`)
        const modules = [...staticClosure(bundle, chunk.fileName)].filter((f) => !listed.has(f))
        built[segment] = { modules: modules.map((file) => `/${file}`), fetches: page.fetches }
      }
      this.emitFile({
        type: 'asset',
        fileName: PAGE_PRELOADS_FILE,
        source: JSON.stringify(built),
      })
    },
  }
}

/**
 * Marks the chunks a page runs as it starts for eager compilation: the entry's and those holding
 * a module of `startUpModules`. Without the hint V8 compiles each function on the main thread the
 * first time it is called, inside the long tasks a phone's Total Blocking Time counts: on a
 * first visit of the unit profile that was about a third of its script time (431 → 298 ms,
 * median of 10 loads in Chromium, ADR 049). With it, V8 compiles the file on a background
 * thread as it downloads (Chrome 136+; other engines read a comment). Chunks only loaded on
 * demand (the chart drawings, the exports, the report writers) stay lazy: most of their functions
 * never run on a visit. The hint must be the file's first line.
 */
function compileHints(): Plugin {
  let startUp: Set<string> | null = null
  const isStartUp = (graph: ModuleGraph, moduleIds: readonly string[]) => {
    if (!startUp) {
      // A start the graph does not know would leave its chunks unmarked without a word.
      const unknown = [MAIN_MODULE, BOOT_MODULE, ROUTER_MODULE].filter(
        (id) => !graph.getModuleInfo(id),
      )
      if (unknown.length > 0)
        throw new Error(`par-compile-hints: not in the module graph: ${unknown.join(', ')}`)
      startUp = new Set([MAIN_MODULE, ...startUpModules(graph)])
    }
    const modules = startUp
    return moduleIds.some((id) => modules.has(id))
  }
  return {
    name: 'par-compile-hints',
    apply: 'build',
    renderStart() {
      startUp = null
    },
    // The minifier drops comments, so the hint is added to the finished chunk (generateBundle);
    // the chunk's hash takes it in here, so a file's name still names its bytes.
    augmentChunkHash(chunk) {
      return isStartUp(this, chunk.moduleIds) ? COMPILE_HINT : undefined
    },
    // Last: Vite's preload helper puts its list of dependencies at the top of a chunk that
    // imports on demand, in its own generateBundle.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !isStartUp(this, chunk.moduleIds)) continue
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`
          // One line more at the top: every mapping moves down a line, in the chunk's map and in
          // the .map file already made of it (the file is what is written).
          if (!chunk.map) continue
          chunk.map.mappings = `;${chunk.map.mappings}`
          const mapFile = bundle[`${chunk.fileName}.map`]
          // A map inlined in the code (sourcemap: 'inline') would keep the old lines.
          if (mapFile?.type !== 'asset')
            throw new Error(`par-compile-hints: ${chunk.fileName} has no .map file to shift`)
          const map = JSON.parse(String(mapFile.source)) as { mappings: string }
          map.mappings = `;${map.mappings}`
          mapFile.source = JSON.stringify(map)
        }
      },
    },
  }
}

/**
 * Starts the app's downloads once the shell has been painted, instead of from index.html's head.
 * A phone paints the shell from the first bytes either way, but Lighthouse's simulated slow 4G
 * counts every request begun before the first paint as needed for it: with about 30 module
 * preloads in the head, the shell's first paint was estimated at 2.4–2.9 s instead of 0.8–1.4 s.
 * The entry script and the module preloads (Vite's, par-preload-boot's, and the page's, which the
 * server adds, server/lib/page-preload-tags.ts) go into an inert <template>; a small script
 * copies them into the head after the first frame, or at once in a tab opened in the background,
 * which draws no frames.
 */
function scriptsAfterPaint(): Plugin {
  return {
    name: 'par-scripts-after-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entries = [
          ...html.matchAll(/<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g),
        ]
        const entry = entries[0]
        if (entries.length !== 1 || !entry)
          throw new Error('par-scripts-after-paint: expected one module script')
        const preloads = [
          ...html.matchAll(/<link rel="modulepreload" crossorigin href="[^"]+">\s*/g),
        ]
        let out = html.replace(entry[0], '')
        for (const link of preloads) out = out.replace(link[0], '')
        // Vite's preloads and par-preload-boot's share the chunks both import (the runtime,
        // React): each is listed once, or the start script would append it twice.
        const unique = [...new Set(preloads.map((link) => link[0].trim()))]
        const links = [
          `<link rel="modulepreload" crossorigin href="${entry[1]}" data-entry>`,
          ...unique,
        ].join('')
        const start = `<script>
      ;(function () {
        var started = false
        function start() {
          if (started) return
          started = true
          var entry = ''
          var hrefs = []
          document.querySelectorAll('#app-modules').forEach(function (template) {
            template.content.querySelectorAll('link').forEach(function (listed) {
              if (listed.hasAttribute('data-entry')) entry = listed.getAttribute('href')
              else hrefs.push(listed.getAttribute('href'))
            })
          })
          var script = document.createElement('script')
          script.type = 'module'
          script.crossOrigin = ''
          script.src = entry
          document.head.appendChild(script)
          // Appending a preload starts its request there and then, 7–30 ms each on a phone
          // (4× slow-down): one per task, after the entry's own.
          ;(function preload(from) {
            if (from >= hrefs.length) return
            setTimeout(function () {
              var link = document.createElement('link')
              link.rel = 'modulepreload'
              link.crossOrigin = ''
              link.href = hrefs[from]
              document.head.appendChild(link)
              preload(from + 1)
            }, 0)
          })(0)
        }
        requestAnimationFrame(function () {
          setTimeout(start, 0)
        })
        if (document.visibilityState === 'hidden') start()
      })()
    </script>`
        return out.replace(
          '</body>',
          `${APP_MODULES_TEMPLATE}${links}</template>\n    ${start}\n  </body>`,
        )
      },
    },
  }
}

/** recharts and what only it uses (d3, its redux store, decimal maths). */
const CHART_LIBRARIES =
  /node_modules[\\/](recharts|d3-[\w-]+|victory-vendor|internmap|decimal\.js-light|es-toolkit|eventemitter3|@reduxjs|redux|redux-thunk|reselect|immer|react-redux|tiny-invariant|clsx)[\\/]/
/** What the app shell needs on every page. */
const SHELL_LIBRARIES =
  /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/]react-query|@tanstack[\\/]query-core|i18next|react-i18next|use-sync-external-store)[\\/]/

const MAIN_MODULE = resolve('client/main.tsx')
const BOOT_MODULE = resolve('client/boot.tsx')
const ROUTER_MODULE = resolve('client/app/router.tsx')

type ModuleGraph = {
  getModuleInfo(
    id: string,
  ): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null
}

/**
 * The modules the app (client/boot.tsx) and its pages (each one the router loads on demand)
 * import statically, directly or not, themselves included: what a page runs as it starts.
 */
function startUpModules(graph: ModuleGraph): Set<string> {
  const pages = graph.getModuleInfo(ROUTER_MODULE)?.dynamicallyImportedIds ?? []
  return reachable([BOOT_MODULE, ...pages], (m) => graph.getModuleInfo(m)?.importedIds ?? [])
}

/**
 * Names the chunk of the app's own modules that the shell and the pages import statically.
 * Left to the default, each set of pages sharing modules got a chunk of its own: a cohort page
 * asked for about 30 files of 0.4–5 KB, and a phone on HTTP/1.1 fetches six at a time, one round
 * trip each (ADR 036). Modules only loaded on demand (the chart drawings, exports, the report
 * writers) are not named here, so they stay out of the pages' downloads.
 */
function commonAppChunk() {
  const eagerByGraph = new WeakMap<ModuleGraph, Set<string>>()
  return (id: string, graph: ModuleGraph): string | null => {
    if (/node_modules/.test(id)) return null
    let eager = eagerByGraph.get(graph)
    if (!eager) {
      eager = startUpModules(graph)
      eagerByGraph.set(graph, eager)
    }
    return eager.has(id) ? 'app-common' : null
  }
}

const apiPort = Number(process.env.PORT ?? 3000)

export default defineConfig({
  root: 'client',
  publicDir: 'public',
  plugins: [
    react(),
    preloadBoot(),
    inlineStylesheets(),
    scriptsAfterPaint(),
    pagePreloads(),
    compileHints(),
    precompress(),
  ],
  build: {
    // DIST_DIR lets two checkouts' builds (or two e2e runs) live side by side.
    outDir: `../${process.env.DIST_DIR ?? 'dist'}/client`,
    emptyOutDir: true,
    sourcemap: true,
    // One stylesheet for every page, inlined in index.html (par-inline-stylesheets): about 7 KB
    // compressed in all. Split per route, a page's first render waited for its stylesheets'
    // round trip, and Vite's preload helper appended their links inside the app's start-up task.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: their own chunks stay cached across deploys.
        // Only the chart stack and the schema library are split off, so pages without charts
        // (and the shell) never download them.
        codeSplitting: {
          groups: [
            // The shell's libraries first: a group also takes its modules' dependencies, and
            // react must not land in the chart chunk.
            { name: 'vendor-react', test: SHELL_LIBRARIES, priority: 4 },
            { name: 'vendor-zod', test: /node_modules[\\/]zod[\\/]/, priority: 2 },
            { name: 'vendor-charts', test: CHART_LIBRARIES, priority: 1 },
            // The app's own modules that two pages or more import: one chunk, not dozens.
            { name: commonAppChunk(), minShareCount: 2, priority: 0 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
  test: {
    root: '.',
    // Repository and route tests share one PostgreSQL server; each file makes its own schema,
    // but two workers keep the shared machine responsive.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'server/**/*.test.ts',
            'seeds/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'client',
          environment: 'jsdom',
          include: ['client/**/*.test.{ts,tsx}'],
          setupFiles: ['client/testing/setup-tests.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
})
