// Each API request the SPA was seen to make (spa-requests.ts), timed uncached through the real
// server, and — where the rows it reads are a cohort ranking or a page of one — beside the bare
// better-sqlite3 read of the same rows (bare-db.ts) and the same read answered by a bare
// node:http server (bare-query-server.ts), so its cost is also a ratio on this machine (ADR 017).
import { type BareDbFigures, bareRankingOfPath, measureBareRanking } from './bare-db.ts'
import { measureLatency, measureLatencyPair, type LatencyFigures } from './latency.ts'
import {
  freePort,
  type ServerProcess,
  spawnNode,
  stopChild,
  waitForHttp,
} from './server-process.ts'
import type { SpaRequest } from './spa-requests.ts'
import { round } from './stats.ts'

export type SpaRequestFigures = SpaRequest & {
  bytes: number
  samples: number
  p50: number
  p95: number
  /** The bare read of the same rows, where the request is a ranking (else null). */
  bare: (BareDbFigures & { what: string }) | null
  /** HTTP p50 ÷ bare read p50: what HTTP and the product add to the read. */
  ratioToQuery: number | null
  /** The same read answered by a bare node:http server, through the same client (else null). */
  bareHttp: { p50: number; p95: number } | null
  /** HTTP p50 ÷ bare server p50: what the product adds to a bare answer of the same rows. */
  ratio: number | null
  /** The budgets for this request: p95 ≤ 20 ms; ratio ≤ 2× (null: no bare reference). */
  pass: { p95: boolean; ratio: boolean | null }
}

/** Every request the SPA makes, uncached on SQLite (issue 18). */
export const SPA_P95_BUDGET_MS = 20
/** The same request ÷ the bare query of the same rows. */
export const SPA_RATIO_BUDGET = 2
/** Rounds in which the product and the bare server are timed in turn (ABAB…). */
const PAIR_ROUNDS = 5

export async function measureSpaRequests(
  server: ServerProcess,
  sqliteFile: string | null,
  requests: readonly SpaRequest[],
  options: { samples: number; warmup: number; budgetMs: number; minSamples: number },
): Promise<SpaRequestFigures[]> {
  const bareServer = sqliteFile ? await startBareQueryServer(sqliteFile) : null
  try {
    const out: SpaRequestFigures[] = []
    for (const request of requests) {
      const join = request.path.includes('?') ? '&' : '?'
      let miss = 0
      const probe = { name: request.path, path: request.path }
      const uncached = { ...options, url: () => `${request.path}${join}bench-miss=${(miss += 1)}` }
      const timed = (baseUrl: string) => measureLatency(baseUrl, probe, uncached)
      const timedPair = (bareUrl: string) =>
        measureLatencyPair([server.url, bareUrl], probe, uncached, PAIR_ROUNDS)
      const ranking = sqliteFile ? bareRankingOfPath(request.path) : null
      // With a bare server, the two are timed in alternating rounds (latency.ts).
      const [figures, bareHttp]: [LatencyFigures, LatencyFigures | null] =
        ranking && bareServer ? await timedPair(bareServer.url) : [await timed(server.url), null]
      const bare = ranking
        ? {
            ...measureBareRanking(sqliteFile ?? '', ranking, options.samples, options.budgetMs),
            what: ranking.page ? `page of ${ranking.page.limit}` : 'whole cohort-year',
          }
        : null
      const ratio = bareHttp ? figures.p50 / bareHttp.p50 : null
      out.push({
        ...request,
        bytes: figures.bytes,
        samples: figures.samples,
        p50: round(figures.p50, 3),
        p95: round(figures.p95, 3),
        bare,
        ratioToQuery: bare ? round(figures.p50 / bare.p50, 2) : null,
        bareHttp: bareHttp ? { p50: round(bareHttp.p50, 3), p95: round(bareHttp.p95, 3) } : null,
        ratio: ratio === null ? null : round(ratio, 2),
        pass: {
          p95: figures.p95 <= SPA_P95_BUDGET_MS,
          ratio: ratio === null ? null : ratio <= SPA_RATIO_BUDGET,
        },
      })
      process.stdout.write(
        `  ${request.path}: p50 ${figures.p50.toFixed(2)} ms, p95 ${figures.p95.toFixed(2)} ms` +
          (bare ? ` (bare read ${bare.p50.toFixed(2)} ms` : '') +
          (bareHttp ? `, bare server ${bareHttp.p50.toFixed(2)} ms)` : bare ? ')' : '') +
          '\n',
      )
    }
    return out
  } finally {
    if (bareServer) await stopChild(bareServer.child)
  }
}

async function startBareQueryServer(sqliteFile: string) {
  const port = await freePort()
  const child = spawnNode('bench/bare-query-server.ts', [String(port), sqliteFile], process.env)
  let output = ''
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(url, child, () => output)
  return { child, url }
}
