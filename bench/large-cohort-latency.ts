// Latency of the cohort reads the SPA makes, at the 10,600-unit stress cohort and the 3,321-commune
// national cohort, on SQLite: each request uncached (a query parameter of its own, which the API
// ignores and the response cache keys on), in process (app.request, no socket), p50/p95 over
// the samples, beside the bare read of the same rows (one prepared statement on better-sqlite3).
// Run: npx tsx bench/large-cohort-latency.ts [dir]
import { mkdirSync } from 'node:fs'
import SQLite from 'better-sqlite3'
import { generateDataset, STRESS_PARENT } from './dataset.ts'
import { freshSqlite, importDataset, publishAll } from './load.ts'
import { QUICK_NATIONAL_SHAPE } from './scenarios.ts'
import { createApp } from '#server/app.ts'

const SAMPLES = 60
const dir = process.argv[2] ?? '/tmp/large-cohort-latency'
mkdirSync(dir, { recursive: true })

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!

async function time(run: (i: number) => Promise<unknown> | unknown) {
  for (let i = 0; i < 5; i++) await run(-i - 1)
  const ms: number[] = []
  for (let i = 0; i < SAMPLES; i++) {
    const start = performance.now()
    await run(i)
    ms.push(performance.now() - start)
  }
  ms.sort((a, b) => a - b)
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) }
}

const bench = await freshSqlite(dir, 'large-cohort')
const dataset = generateDataset(QUICK_NATIONAL_SHAPE)
console.log(`importing ${dataset.rows} rows…`)
await importDataset(bench.db, dataset)
await publishAll(bench.db, dataset)
const app = createApp(bench.db)
const bare = new SQLite(bench.url.replace(/^file:/, ''), { readonly: true })
const stressYear = Math.max(...dataset.years)
const nationalYear = Math.max(...dataset.newMapYears)
const cohorts = [
  { label: 'stress 10,600', parent: STRESS_PARENT, kind: 'COMMUNE', year: stressYear },
  { label: 'national 3,321', parent: 'VN', kind: 'COMMUNE', year: nationalYear },
]
const PAGE_SQL = `select r.unit_code, u.name, r.rank, r.index_pct, r.points, r.delta_pct, r.rank_change,
    r.prev_rank, r.prev_index_pct, a.published_rank, a.max_points, a.status
  from cohort_rank r join assessment a on a.unit_code = r.unit_code and a.year = r.year
  join unit u on u.code = r.unit_code
  where r.parent_code = ? and r.kind = ? and r.block = '' and r.scope = 'PUBLISHED' and r.year = ?
  order by SORT limit ? offset ?`
for (const c of cohorts) {
  const base = `parent=${c.parent}&kind=${c.kind}&year=${c.year}`
  const probes: [string, string, string | null][] = [
    ['rankings page 100 (rank)', `/api/rankings?${base}&limit=100`, 'r.rank, r.unit_code'],
    [
      'rankings page 100 (deltaPct desc, offset 5000)',
      `/api/rankings?${base}&sort=deltaPct&limit=100&offset=${c.label.startsWith('stress') ? 5000 : 1500}`,
      'case when r.delta_pct is null then 1 else 0 end, r.delta_pct desc, r.rank, r.unit_code',
    ],
    ['rankings page 100 (name)', `/api/rankings?${base}&sort=name&limit=100`, 'r.name_order'],
    ['rankings search "xa 1"', `/api/rankings?${base}&q=xa%201&limit=100`, null],
    ['rankings summary (ends 10)', `/api/rankings/summary?${base}`, null],
    ['rankings summary (ends 50, 20 focus)', `/api/rankings/summary?${base}&ends=50`, null],
    ['rank history (ends 10)', `/api/rankings/history?${base}&ends=10`, null],
    ['tasks summary', `/api/tasks/summary?${base}`, null],
    ['tasks page 100', `/api/tasks?${base}&limit=100`, null],
    ['awards summary', `/api/awards/summary?${base}`, null],
    ['awards page 100', `/api/awards?${base}&limit=100`, null],
  ]
  for (const [name, path, sort] of probes) {
    let status = 0
    const full = await time(async (i) => {
      const res = await app.request(`${path}&bench-miss=${i}-${Math.random()}`)
      status = res.status
      await res.arrayBuffer()
    })
    let bareFigures = ''
    if (sort) {
      const statement = bare.prepare(PAGE_SQL.replace('SORT', sort))
      const offset = Number(/offset=(\d+)/.exec(path)?.[1] ?? 0)
      const b = await time(() => statement.all(c.parent, c.kind, c.year, 100, offset))
      bareFigures = `  bare p50 ${b.p50.toFixed(2)} p95 ${b.p95.toFixed(2)} → ${(full.p95 / b.p95).toFixed(1)}×`
    }
    console.log(
      `${c.label} ${name}: ${status} p50 ${full.p50.toFixed(2)} ms p95 ${full.p95.toFixed(2)} ms${bareFigures}`,
    )
  }
}
bare.close()
await bench.drop()
