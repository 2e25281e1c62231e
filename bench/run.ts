// npm run bench [-- --quick] [--skip-postgres] [--skip-client]
// Generates a deterministic dataset at several scales, loads it through the real import path,
// measures the running server and prints the figures against the budgets; the JSON goes to
// bench/results/<date>.json (<date>-quick.json for --quick). A benchmark, not a test: it fails
// only when something cannot be measured, never because a budget is missed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BareRanking, measureBareRanking } from './bare-db.ts'
import { buildClient, type ClientFigures, measureClient } from './client-metrics-browser.ts'
import { type Dataset, type DatasetShape, generateDataset } from './dataset.ts'
import type { Probe } from './latency.ts'
import { type BenchDb, freshPostgres, freshSqlite, importDataset, publishAll } from './load.ts'
import { measureProbes, withServer } from './measure-server.ts'
import { buildServer } from './server-process.ts'
import {
  type BenchResult,
  type NationalFigures,
  type PostgresFigures,
  type ScaleFigures,
  checkBudgets,
  machine,
  printReport,
} from './report.ts'
import {
  GROWTH_PROBES,
  GROWTH_SHAPES,
  NATIONAL_PROBES,
  type RunSettings,
  runSettings,
  SMALL_COHORT,
  STRESS_COHORT,
  FIRST_PAGE,
  THROUGHPUT_PATH,
} from './scenarios.ts'
import { compareThroughput } from './throughput.ts'

const args = new Set(process.argv.slice(2))
const settings = runSettings(args.has('--quick'))
const workDir = mkdtempSync(join(tmpdir(), 'par-bench-'))
const say = (line: string) => process.stdout.write(`${line}\n`)

async function load(bench: BenchDb, dataset: Dataset) {
  say(
    `  importing ${dataset.rows.toLocaleString('en-US')} rows (${dataset.units.toLocaleString('en-US')} units) into ${bench.dialect}…`,
  )
  const imported = await importDataset(bench.db, dataset)
  say(`  ${Math.round(imported.rowsPerSecond).toLocaleString('en-US')} rows/s; publishing…`)
  const publish = await publishAll(bench.db, dataset)
  return { imported, publish }
}

async function runScale(shape: DatasetShape, probes: Probe[]): Promise<ScaleFigures> {
  say(`${shape.label}:`)
  const dataset = generateDataset(shape)
  const bench = await freshSqlite(workDir, shape.label.replace(/\W+/g, '-'))
  try {
    const { imported, publish } = await load(bench, dataset)
    const { result, peakRssMb } = await withServer(bench, (server) =>
      measureProbes(server, probes, settings),
    )
    return {
      label: shape.label,
      units: dataset.units,
      rows: dataset.rows,
      import: imported,
      publish,
      probes: result,
      peakRssMb,
    }
  } finally {
    await bench.drop()
  }
}

async function runNational(
  dataset: Dataset,
  withClient: boolean,
): Promise<{ national: NationalFigures; client: ClientFigures }> {
  say(`${dataset.shape.label}:`)
  let clientReason = withClient ? null : 'skipped (--skip-client)'
  if (withClient) {
    const built = buildClient(workDir)
    if (!built.ok) clientReason = built.reason
  }
  const bench = await freshSqlite(workDir, 'national')
  try {
    const { imported, publish } = await load(bench, dataset)
    const { result, peakRssMb } = await withServer(
      bench,
      async (server) => {
        const probes = await measureProbes(server, NATIONAL_PROBES, settings)
        const filename = bench.url.slice('file:'.length)
        const bareDb = [
          {
            cohort: '15-unit cohort',
            probe: probes[0],
            ranking: { cohort: SMALL_COHORT, how: 'stored' },
          },
          {
            cohort: '10,600-commune cohort, all rows',
            probe: probes[1],
            ranking: { cohort: STRESS_COHORT, how: 'stored' },
          },
          {
            cohort: '10,600-commune cohort, first 100',
            probe: probes[2],
            ranking: { cohort: STRESS_COHORT, how: 'stored', page: FIRST_PAGE },
          },
          {
            cohort: '10,600-commune cohort, all rows, rank() on the fly (reference)',
            probe: probes[1],
            ranking: { cohort: STRESS_COHORT, how: 'computed' },
          },
        ].map(({ cohort, probe, ranking }) => {
          const bare = measureBareRanking(
            filename,
            ranking as BareRanking,
            settings.samples,
            settings.quick ? 8_000 : 30_000,
          )
          const httpP50 = probe?.uncached.p50 ?? NaN
          say(
            `  bare SQL ${cohort}: p50 ${bare.p50.toFixed(2)} ms (${bare.rows} rows) vs HTTP ${httpP50.toFixed(2)} ms`,
          )
          return { cohort, bare, httpP50, ratio: httpP50 / bare.p50 }
        })
        say('  requests/s under load…')
        const throughput = await compareThroughput(server.url, THROUGHPUT_PATH, settings.load)
        say('  SPA in Chromium…')
        const client: ClientFigures = clientReason
          ? { measured: false, reason: clientReason }
          : await measureClient(server.url, workDir)
        return { probes, bareDb, throughput, client }
      },
      workDir,
    )
    const national: NationalFigures = {
      label: dataset.shape.label,
      units: dataset.units,
      rows: dataset.rows,
      import: imported,
      publish,
      probes: result.probes,
      peakRssMb,
      bareDb: result.bareDb,
      throughput: result.throughput,
    }
    return { national, client: result.client }
  } finally {
    await bench.drop()
  }
}

async function runPostgres(dataset: Dataset, s: RunSettings): Promise<PostgresFigures> {
  say(`PostgreSQL, ${dataset.shape.label}:`)
  let bench: BenchDb
  try {
    bench = await freshPostgres('run')
  } catch (error) {
    return {
      measured: false,
      reason: `PostgreSQL unreachable: ${error instanceof Error ? error.message : String(error)}`,
    }
  }
  try {
    const { imported } = await load(bench, dataset)
    // Latency on PostgreSQL is informative (the budgets are for SQLite): full runs only.
    const probes = s.quick
      ? []
      : (
          await withServer(bench, (server) =>
            // A slow plan must not stall the run: a few samples still tell the story.
            measureProbes(server, NATIONAL_PROBES.slice(0, 2), {
              samples: 100,
              warmup: 1,
              budgetMs: 20_000,
              minSamples: 3,
            }),
          )
        ).result
    return {
      measured: true,
      label: dataset.shape.label,
      units: dataset.units,
      rows: dataset.rows,
      import: imported,
      probes,
    }
  } finally {
    await bench.drop()
  }
}

async function main(): Promise<void> {
  const started = performance.now()
  buildServer()
  // A throwaway load first, so the 1× figure measures the import, not the JIT warming up.
  const warm = await freshSqlite(workDir, 'warm-up')
  await importDataset(warm.db, generateDataset(GROWTH_SHAPES['1x'])).finally(() => warm.drop())
  const growth: ScaleFigures[] = []
  for (const key of settings.growth) growth.push(await runScale(GROWTH_SHAPES[key], GROWTH_PROBES))
  const nationalData = generateDataset(settings.national)
  const { national, client } = await runNational(nationalData, !args.has('--skip-client'))
  const postgresData =
    settings.postgresShape === settings.national
      ? nationalData
      : generateDataset(settings.postgresShape)
  const postgres: PostgresFigures = args.has('--skip-postgres')
    ? { measured: false, reason: 'skipped (--skip-postgres)' }
    : await runPostgres(postgresData, settings)
  const date = new Date().toISOString().slice(0, 10)
  const partial = {
    date: new Date().toISOString(),
    mode: settings.quick ? ('quick' as const) : ('full' as const),
    machine: machine(),
    growth,
    national,
    postgres,
    client,
    durationSeconds: (performance.now() - started) / 1000,
  }
  const result: BenchResult = { ...partial, budgets: checkBudgets(partial) }
  say(`\n${printReport(result)}`)
  mkdirSync('bench/results', { recursive: true })
  const file = join('bench/results', `${date}${settings.quick ? '-quick' : ''}.json`)
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
  say(`Results written to ${file}`)
}

main()
  .catch((error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exitCode = 1
  })
  .finally(() => rmSync(workDir, { recursive: true, force: true }))
