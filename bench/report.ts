// The budgets of the README's Performance section, checked against a run, and the printed table.
import { cpus, totalmem } from 'node:os'
import type { BareDbFigures } from './bare-db.ts'
import type { ClientFigures } from './client-metrics.ts'
import type { ImportFigures } from './load.ts'
import type { ProbeFigures } from './measure-server.ts'
import { formatCount, formatMs, round } from './stats.ts'
import type { ThroughputFigures } from './throughput.ts'

export type ScaleFigures = {
  label: string
  units: number
  rows: number
  import: ImportFigures
  publish: { cohortYears: number; seconds: number }
  probes: ProbeFigures[]
  peakRssMb: number
}

export type NationalFigures = ScaleFigures & {
  bareDb: { cohort: string; bare: BareDbFigures; httpP50: number; ratio: number }[]
  throughput: ThroughputFigures
}

export type PostgresFigures =
  | {
      measured: true
      label: string
      units: number
      rows: number
      import: ImportFigures
      probes: ProbeFigures[]
    }
  | { measured: false; reason: string }

export type Budget = {
  name: string
  budget: string
  value: number | null
  display: string
  pass: boolean | null
  note?: string
}

export type BenchResult = {
  date: string
  mode: 'quick' | 'full'
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string }
  growth: ScaleFigures[]
  national: NationalFigures
  postgres: PostgresFigures
  client: ClientFigures
  budgets: Budget[]
  durationSeconds: number
}

export function machine(): BenchResult['machine'] {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: round(totalmem() / 2 ** 30, 1),
    node: process.version,
  }
}

const probe = (figures: ScaleFigures, prefix: string) =>
  figures.probes.find((p) => p.name.startsWith(prefix))

function check(
  name: string,
  budget: string,
  value: number | null | undefined,
  display: (v: number) => string,
  ok: (v: number) => boolean,
  note?: string,
): Budget {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return { name, budget, value: null, display: 'not measured', pass: null, note }
  }
  return { name, budget, value: round(value, 3), display: display(value), pass: ok(value), note }
}

export function checkBudgets(r: Omit<BenchResult, 'budgets'>): Budget[] {
  const n = r.national
  const big = n.bareDb.find((b) => b.cohort === '10,600-commune cohort, all rows')
  const pg = r.postgres.measured ? r.postgres.import.rowsPerSecond : null
  const client = r.client.measured ? r.client : null
  return [
    check(
      'rankings p95, 10,600-commune cohort, a page of 100 (SQLite)',
      '≤ 20 ms',
      Math.max(
        probe(n, 'rankings (10,600-commune cohort, first')?.uncached.p95 ?? NaN,
        probe(n, 'rankings (10,600-commune cohort, last')?.uncached.p95 ?? NaN,
      ),
      formatMs,
      (v) => v <= 20,
    ),
    check(
      'rankings p95, 10,600-commune cohort, all rows in one response (SQLite)',
      '≤ 20 ms',
      probe(n, 'rankings (10,600-commune cohort, all')?.uncached.p95,
      formatMs,
      (v) => v <= 20,
    ),
    check(
      'rankings p95, 15-unit cohort (SQLite)',
      '≤ 5 ms',
      probe(n, 'rankings (15')?.uncached.p95,
      formatMs,
      (v) => v <= 5,
    ),
    check(
      'full stack ÷ bare database, same ranking (p50)',
      '≤ 3×',
      big?.ratio,
      (v) => `${v.toFixed(2)}×`,
      (v) => v <= 3,
    ),
    check(
      'cached read ÷ bare node:http (requests/s)',
      '≥ 50 %',
      n.throughput.ratio * 100,
      (v) => `${v.toFixed(0)} %`,
      (v) => v >= 50,
    ),
    check(
      'import into SQLite',
      '≥ 50,000 rows/s',
      n.import.rowsPerSecond,
      (v) => `${formatCount(v)} rows/s`,
      (v) => v >= 50_000,
    ),
    check(
      'import into PostgreSQL',
      '≥ 20,000 rows/s',
      pg,
      (v) => `${formatCount(v)} rows/s`,
      (v) => v >= 20_000,
      r.postgres.measured ? undefined : r.postgres.reason,
    ),
    check(
      'initial JS (gzip)',
      '≤ 250 KB',
      client?.initialJsGzipKb,
      (v) => `${v.toFixed(1)} KB`,
      (v) => v <= 250,
      r.client.measured ? undefined : r.client.reason,
    ),
    check(
      'first chart after navigation',
      '≤ 1.5 s',
      client?.firstChartMs,
      formatMs,
      (v) => v <= 1500,
      r.client.measured ? undefined : r.client.reason,
    ),
    check(
      'server peak RSS under the load test',
      '≤ 300 MB',
      n.peakRssMb,
      (v) => `${v.toFixed(0)} MB`,
      (v) => v <= 300,
    ),
  ]
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? []
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')).join('\n')
}

export function printReport(r: BenchResult): string {
  const lines: string[] = []
  const n = r.national
  lines.push(
    `PAR Dashboard benchmark — ${r.mode} run, ${r.date}, ${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}`,
  )
  lines.push(
    '',
    `Dataset: ${n.label} — ${formatCount(n.units)} units, ${formatCount(n.rows)} import rows`,
  )
  lines.push(
    '',
    table([
      ['request (HTTP, loopback)', 'bytes', 'p50', 'p95', 'p99', 'cached p50', 'cached p95'],
      ...n.probes.map((p) => [
        p.name,
        formatCount(p.bytes),
        formatMs(p.uncached.p50),
        formatMs(p.uncached.p95),
        formatMs(p.uncached.p99),
        formatMs(p.cached.p50),
        formatMs(p.cached.p95),
      ]),
    ]),
  )
  lines.push(
    '',
    table([
      ['same ranking', 'bare better-sqlite3 p50', 'full stack p50', 'ratio'],
      ...n.bareDb.map((b) => [
        b.cohort,
        formatMs(b.bare.p50),
        formatMs(b.httpP50),
        `${b.ratio.toFixed(2)}×`,
      ]),
    ]),
  )
  const t = n.throughput
  lines.push(
    '',
    `Cached read under load (${t.settings.connections} connections, ${t.settings.durationSeconds} s each, ${formatCount(t.bytes)} bytes): ` +
      `ours ${formatCount(t.ours.requestsPerSecond)} req/s vs bare node:http ${formatCount(t.bare.requestsPerSecond)} req/s = ${(t.ratio * 100).toFixed(0)} %; ` +
      `304 revalidation ${formatCount(t.revalidate.ours.requestsPerSecond)} vs ${formatCount(t.revalidate.bare.requestsPerSecond)} = ${(t.revalidate.ratio * 100).toFixed(0)} %`,
  )
  lines.push(
    '',
    table([
      [
        'growth',
        'units',
        'import rows',
        'SQLite rows/s',
        'rankings p95',
        'profile p95',
        'peak RSS',
      ],
      ...[...r.growth, n].map((g) => [
        g.label,
        formatCount(g.units),
        formatCount(g.rows),
        formatCount(g.import.rowsPerSecond),
        formatMs(g.probes[0]?.uncached.p95 ?? NaN),
        formatMs(probe(g, 'unit profile')?.uncached.p95 ?? NaN),
        `${g.peakRssMb.toFixed(0)} MB`,
      ]),
    ]),
  )
  if (r.postgres.measured) {
    const pg = r.postgres
    lines.push(
      '',
      `PostgreSQL: ${pg.label}, ${formatCount(pg.rows)} rows imported at ${formatCount(pg.import.rowsPerSecond)} rows/s` +
        pg.probes.map((p) => `; ${p.name} p95 ${formatMs(p.uncached.p95)}`).join(''),
    )
  }
  lines.push(
    '',
    r.client.measured
      ? `SPA: initial JS ${r.client.initialJsGzipKb.toFixed(1)} KB gzip (${r.client.initialFiles} files), ${r.client.firstChartJsGzipKb?.toFixed(1) ?? '–'} KB gzip of JS fetched before the first chart; first chart ${formatMs(r.client.firstChartMs ?? NaN)} (10,600-commune overview ${formatMs(r.client.firstChartLargeMs ?? NaN)}); PNG export ${formatMs(r.client.pngExportMs ?? NaN)}`
      : `SPA: not measured (${r.client.reason})`,
  )
  if (r.client.measured) for (const note of r.client.notes) lines.push(`  SPA note: ${note}`)
  lines.push(
    '',
    table([
      ['budget', 'target', 'measured', 'status'],
      ...r.budgets.map((b) => [
        b.name,
        b.budget,
        b.display,
        b.pass === null ? 'not measured' : b.pass ? 'met' : 'MISSED',
      ]),
    ]),
  )
  // Wall-clock budgets move with the machine (shared VMs here varied two- to threefold): the
  // run's own bare references let two runs be read side by side.
  const bareRead = n.bareDb.find((b) => b.cohort === '10,600-commune cohort, all rows')
  lines.push(
    '',
    `This machine's references: a bare 10,600-row SQLite read ${formatMs(bareRead?.bare.p50 ?? NaN)} p50, ` +
      `a bare node:http server ${formatCount(t.bare.requestsPerSecond)} req/s (compare runs by these; docs/performance.md).`,
  )
  lines.push('', `Finished in ${r.durationSeconds.toFixed(0)} s.`)
  return lines.join('\n')
}
