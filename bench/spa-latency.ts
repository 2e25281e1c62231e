// Each API request the SPA was seen to make (spa-requests.ts), timed uncached through the real
// server, and — where the rows it reads are a cohort ranking or a page of one — beside the bare
// better-sqlite3 read of the same rows (bare-db.ts), so its cost is also a ratio on this machine.
import { type BareDbFigures, measureBareRanking } from './bare-db.ts'
import { measureLatency } from './latency.ts'
import type { ServerProcess } from './server-process.ts'
import type { SpaRequest } from './spa-requests.ts'
import { round } from './stats.ts'

export type SpaRequestFigures = SpaRequest & {
  bytes: number
  samples: number
  p50: number
  p95: number
  /** The bare read of the same rows, where the request is a ranking (else null). */
  bare: (BareDbFigures & { what: string }) | null
  /** HTTP p50 ÷ bare p50. */
  ratio: number | null
  /** The budgets for this request: p95 ≤ 20 ms; ratio ≤ 2× (null: no bare reference). */
  pass: { p95: boolean; ratio: boolean | null }
}

/** Every request the SPA makes, uncached on SQLite (issue 18). */
export const SPA_P95_BUDGET_MS = 20
/** The same request ÷ the bare query of the same rows. */
export const SPA_RATIO_BUDGET = 2

/** A ranking of one cohort-year, whole or a page, in rank order: the reads bare-db.ts knows. */
function bareRankingOf(path: string) {
  const url = new URL(path, 'http://x')
  if (url.pathname !== '/api/rankings') return null
  const q = url.searchParams
  const parent = q.get('parent')
  const kind = q.get('kind')
  const year = Number(q.get('year'))
  // Another order, a search or a file format reads other rows than the rank order's.
  const sort = q.get('sort') ?? 'rank'
  const dir = q.get('dir') ?? 'asc'
  if (!parent || !kind || !Number.isInteger(year) || year <= 0) return null
  if (q.get('format') || q.get('q') || q.get('cohort') || sort !== 'rank' || dir !== 'asc')
    return null
  const limit = q.get('limit')
  const page = limit ? { offset: Number(q.get('offset') ?? 0), limit: Number(limit) } : undefined
  return { cohort: { parent, kind, year }, how: 'stored' as const, page }
}

export async function measureSpaRequests(
  server: ServerProcess,
  sqliteFile: string | null,
  requests: readonly SpaRequest[],
  options: { samples: number; warmup: number; budgetMs: number; minSamples: number },
): Promise<SpaRequestFigures[]> {
  const out: SpaRequestFigures[] = []
  for (const request of requests) {
    let miss = 0
    const join = request.path.includes('?') ? '&' : '?'
    const figures = await measureLatency(
      server.url,
      { name: request.path, path: request.path },
      { ...options, url: () => `${request.path}${join}bench-miss=${(miss += 1)}` },
    )
    const ranking = sqliteFile ? bareRankingOf(request.path) : null
    const bare = ranking
      ? {
          ...measureBareRanking(sqliteFile ?? '', ranking, options.samples, options.budgetMs),
          what: ranking.page ? `page of ${ranking.page.limit}` : 'whole cohort-year',
        }
      : null
    out.push({
      ...request,
      bytes: figures.bytes,
      samples: figures.samples,
      p50: round(figures.p50, 3),
      p95: round(figures.p95, 3),
      bare,
      ratio: bare ? round(figures.p50 / bare.p50, 2) : null,
      pass: {
        p95: figures.p95 <= SPA_P95_BUDGET_MS,
        ratio: bare ? figures.p50 / bare.p50 <= SPA_RATIO_BUDGET : null,
      },
    })
    process.stdout.write(
      `  ${request.path}: p50 ${figures.p50.toFixed(2)} ms, p95 ${figures.p95.toFixed(2)} ms` +
        (bare ? ` (bare ${bare.p50.toFixed(2)} ms)` : '') +
        '\n',
    )
  }
  return out
}
