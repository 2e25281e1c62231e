// npm run bench [-- --quick] [--skip-postgres] [--skip-client] [--skip-phones]
// Generates a deterministic dataset at several scales, loads it through the real import path,
// measures the running server and prints the figures against the budgets; the JSON goes to
// bench/results/<date>.json (<date>-quick.json for --quick). A benchmark, not a test: it fails
// only when something cannot be measured, never because a budget is missed.
import { sql } from 'kysely'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { type BareRanking, measureBareRanking } from './bare-db.ts'
import { bareInsertPostgres, bareInsertSqlite } from './bare-insert.ts'
import {
  IMPORTED_TABLES,
  schemaFloorPostgres,
  schemaFloorSqlite,
  WRITTEN_TABLES,
} from './schema-floor.ts'
import { buildClient, type ClientFigures, measureClient } from './client-metrics-browser.ts'
import { type Dataset, type DatasetShape, generateDataset } from './dataset.ts'
import type { Probe } from './latency.ts'
import { type BenchDb, freshPostgres, freshSqlite, importDataset, publishAll } from './load.ts'
import { auditsWithFloor, measurePhones, type PhoneFigures } from './lighthouse.ts'
import { startPhoneFloor } from './phone-floor.ts'
import { measureProbes, type ProbeFigures, withServer } from './measure-server.ts'
import { buildServer, startServer } from './server-process.ts'
import { measureSpaRequests, type SpaRequestFigures } from './spa-latency.ts'
import { discoverSpaRequests } from './spa-requests.ts'
import {
  type BenchResult,
  type NationalFigures,
  type SpaFigures,
  type PostgresFigures,
  type ScaleFigures,
  checkBudgets,
  machine,
  printReport,
} from './report.ts'
import {
  GROWTH_PROBES,
  GROWTH_SHAPES,
  NATIONAL_COMMUNE_COHORT,
  NATIONAL_PROBES,
  PHONE_PAGES,
  PROVINCIAL_2025_COHORT,
  type RunSettings,
  SPA_VISITS,
  runSettings,
  SMALL_COHORT,
  STRESS_COHORT,
  FIRST_PAGE,
  THROUGHPUT_PATH,
} from './scenarios.ts'
import { round } from './stats.ts'
import { compareThroughput } from './throughput.ts'

const args = new Set(process.argv.slice(2))
const settings = runSettings(args.has('--quick'))
const workDir = mkdtempSync(join(tmpdir(), 'par-bench-'))
const say = (line: string) => process.stdout.write(`${line}\n`)

async function load(bench: BenchDb, dataset: Dataset, withWrittenFloor = false) {
  say(
    `  importing ${dataset.rows.toLocaleString('en-US')} rows (${dataset.units.toLocaleString('en-US')} units) into ${bench.dialect}…`,
  )
  const imported = await importDataset(bench.db, dataset)
  say(`  ${Math.round(imported.rowsPerSecond).toLocaleString('en-US')} rows/s`)
  // Before publishing, which writes rows of its own (published ranks, an audit row per result).
  const writtenFloor = withWrittenFloor ? await measureWrittenFloor(bench, dataset) : undefined
  say('  publishing…')
  const publish = await publishAll(bench.db, dataset)
  return { imported, publish, writtenFloor }
}

/** Every row the import left, derived stores and audit included, by the bare driver. */
async function measureWrittenFloor(bench: BenchDb, dataset: Dataset) {
  say(`  every row the import left, derived stores and audit included (${bench.dialect})…`)
  const floor =
    bench.dialect === 'sqlite'
      ? await schemaFloorSqlite(bench.url.slice('file:'.length), workDir, dataset, WRITTEN_TABLES)
      : await schemaFloorPostgres(bench, dataset, WRITTEN_TABLES)
  say(`  ${Math.round(floor.rowsPerSecond).toLocaleString('en-US')} rows/s written floor`)
  return floor
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
): Promise<{ national: NationalFigures; client: ClientFigures; phones: PhoneFigures }> {
  say(`${dataset.shape.label}:`)
  let clientReason = withClient ? null : 'skipped (--skip-client)'
  if (withClient) {
    const built = buildClient(workDir)
    if (!built.ok) clientReason = built.reason
  }
  const bench = await freshSqlite(workDir, 'national')
  try {
    const { imported, publish, writtenFloor } = await load(bench, dataset, true)
    const { result, peakRssMb } = await withServer(
      bench,
      async (server) => {
        const probes = await measureProbes(server, NATIONAL_PROBES, settings)
        const filename = bench.url.slice('file:'.length)
        const probe = (prefix: string): ProbeFigures | undefined =>
          probes.find((p) => p.name.startsWith(prefix))
        const first100 = { offset: 0, limit: 100 }
        const bareDb = (
          [
            ['15-unit cohort', 'rankings (15', SMALL_COHORT, 'stored', undefined],
            [
              '10,600-commune cohort, all rows',
              'rankings (10,600-commune cohort, all',
              STRESS_COHORT,
              'stored',
              undefined,
            ],
            [
              '10,600-commune cohort, first 100',
              'rankings (10,600-commune cohort, first',
              STRESS_COHORT,
              'stored',
              FIRST_PAGE,
            ],
            [
              '10,600-commune cohort, all rows, rank() on the fly (reference)',
              'rankings (10,600-commune cohort, all',
              STRESS_COHORT,
              'computed',
              undefined,
            ],
            [
              '2025 map: P01 communes (166)',
              'rankings (2025 map, P01',
              PROVINCIAL_2025_COHORT,
              'stored',
              undefined,
            ],
            [
              '2025 map: 3,321 communes nationally, all rows',
              'rankings (2025 map, 3,321 communes nationally, all',
              NATIONAL_COMMUNE_COHORT,
              'stored',
              undefined,
            ],
            [
              '2025 map: 3,321 communes nationally, first 100',
              'rankings (2025 map, 3,321 communes nationally, first',
              NATIONAL_COMMUNE_COHORT,
              'stored',
              first100,
            ],
          ] as const
        ).map(([cohort, prefix, c, how, page]) => {
          const bare = measureBareRanking(
            filename,
            { cohort: c, how, page } as BareRanking,
            settings.samples,
            settings.quick ? 8_000 : 30_000,
          )
          const httpP50 = probe(prefix)?.uncached.p50 ?? NaN
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
        say('  every API request of the SPA at the largest cohorts…')
        const spa: SpaFigures = clientReason
          ? { measured: false, reason: clientReason }
          : await discoverAndMeasure(server, filename)
        return { probes, bareDb, throughput, client, spa }
      },
      workDir,
    )
    say('  the same rows by a bare bulk insert (SQLite)…')
    const bareInsert = bareInsertSqlite(join(workDir, 'bare-insert.sqlite'), dataset)
    say(`  ${Math.round(bareInsert.rowsPerSecond).toLocaleString('en-US')} rows/s bare`)
    say("  the imported rows into the product's schema by the bare driver (SQLite)…")
    const schemaFloor = await schemaFloorSqlite(bench.url.slice('file:'.length), workDir, dataset)
    say(`  ${Math.round(schemaFloor.rowsPerSecond).toLocaleString('en-US')} rows/s schema floor`)
    const keysOnlyFloor = await schemaFloorSqlite(
      bench.url.slice('file:'.length),
      workDir,
      dataset,
      IMPORTED_TABLES,
      'keys-only',
    )
    say(`  ${Math.round(keysOnlyFloor.rowsPerSecond).toLocaleString('en-US')} rows/s, keys only`)
    const national: NationalFigures = {
      label: dataset.shape.label,
      units: dataset.units,
      rows: dataset.rows,
      import: imported,
      bareInsert,
      schemaFloor,
      keysOnlyFloor,
      writtenFloor,
      publish,
      probes: result.probes,
      peakRssMb,
      bareDb: result.bareDb,
      throughput: result.throughput,
      spa: result.spa,
    }
    return { national, client: result.client, phones: await runPhones(clientReason) }
  } finally {
    await bench.drop()
  }
}

/** Loads the SPA's pages at the largest cohorts, then times each API request they made. */
async function discoverAndMeasure(
  server: Parameters<typeof measureSpaRequests>[0],
  sqliteFile: string,
): Promise<SpaFigures> {
  const { requests, notes } = await discoverSpaRequests(server.url, SPA_VISITS)
  for (const note of notes) say(`  SPA visit: ${note}`)
  say(`  ${requests.length} distinct API requests seen`)
  const figures: SpaRequestFigures[] = await measureSpaRequests(
    server,
    sqliteFile,
    requests,
    settings.spa,
  )
  return { measured: true, visits: SPA_VISITS.length, requests: figures, notes }
}

/**
 * Phones: Lighthouse on the production build served by the real server on the demo data (its
 * own database, loaded from seeds/ on first start as `npm start` does).
 */
async function runPhones(clientReason: string | null): Promise<PhoneFigures> {
  if (clientReason) return { measured: false, reason: clientReason }
  if (args.has('--skip-phones')) return { measured: false, reason: 'skipped (--skip-phones)' }
  say('Phones (Lighthouse, mobile, demo data):')
  // The server reads the demo data from <cwd>/seeds.
  rmSync(join(workDir, 'seeds'), { force: true, recursive: true })
  symlinkSync(resolve('seeds'), join(workDir, 'seeds'))
  const server = await startServer({
    databaseUrl: `file:${join(workDir, 'demo.sqlite')}`,
    cwd: workDir,
    env: { DEMO_DATA: 'on' },
  })
  // React alone, audited the same way: the floor beside the pages' figures (ADR 050). Without
  // it the pages are still audited, and the reason is in the phones' notes.
  let floorError: string | null = null
  const floor = await startPhoneFloor().catch((error: unknown) => {
    floorError = `floor not audited: ${error instanceof Error ? error.message : String(error)}`
    return null
  })
  try {
    const phones = await measurePhones(server.url, PHONE_PAGES, settings.phoneRuns, floor?.url)
    if (phones.measured && floorError) phones.notes.push(floorError)
    if (phones.measured)
      for (const page of auditsWithFloor(phones))
        say(
          `  ${page.name}: score ${page.score}, LCP ${page.lcpMs} ms, TBT ${page.tbtMs} ms, CLS ${page.cls} (BenchmarkIndex ${page.benchmarkIndex})`,
        )
    return phones
  } catch (error) {
    return { measured: false, reason: error instanceof Error ? error.message : String(error) }
  } finally {
    await Promise.all([server.stop(), floor?.stop()])
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
    const { imported, writtenFloor } = await load(bench, dataset, true)
    const { rows } = await sql<{ server_version: string }>`show server_version`.execute(bench.db)
    const version = rows[0]?.server_version ?? 'unknown'
    say('  the same rows by a bare bulk insert (PostgreSQL)…')
    const bare = await freshPostgres('bare')
    const bareInsert = await bareInsertPostgres(bare.url, dataset).finally(() => bare.drop())
    say(`  ${Math.round(bareInsert.rowsPerSecond).toLocaleString('en-US')} rows/s bare`)
    say("  the imported rows into the product's schema by the bare driver (PostgreSQL)…")
    const schemaFloor = await schemaFloorPostgres(bench, dataset)
    say(`  ${Math.round(schemaFloor.rowsPerSecond).toLocaleString('en-US')} rows/s schema floor`)
    const keysOnlyFloor = await schemaFloorPostgres(bench, dataset, IMPORTED_TABLES, 'keys-only')
    say(`  ${Math.round(keysOnlyFloor.rowsPerSecond).toLocaleString('en-US')} rows/s, keys only`)

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
      bareInsert,
      schemaFloor,
      keysOnlyFloor,
      writtenFloor,
      probes,
      version,
    }
  } finally {
    await bench.drop()
  }
}

async function main(): Promise<void> {
  const started = performance.now()
  const loadAtStart = round(loadavg()[0] ?? NaN, 2)
  buildServer()
  // A throwaway load first, so the 1× figure measures the import, not the JIT warming up.
  const warm = await freshSqlite(workDir, 'warm-up')
  await importDataset(warm.db, generateDataset(GROWTH_SHAPES['1x'])).finally(() => warm.drop())
  const growth: ScaleFigures[] = []
  for (const key of settings.growth) growth.push(await runScale(GROWTH_SHAPES[key], GROWTH_PROBES))
  const nationalData = generateDataset(settings.national)
  const { national, client, phones } = await runNational(nationalData, !args.has('--skip-client'))
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
    machine: machine(postgres.measured ? postgres.version : null, {
      start: loadAtStart,
      end: round(loadavg()[0] ?? NaN, 2),
    }),
    growth,
    national,
    postgres,
    client,
    phones,
    durationSeconds: (performance.now() - started) / 1000,
  }
  const result: BenchResult = { ...partial, budgets: checkBudgets(partial) }
  say(`\n${printReport(result)}`)
  mkdirSync('bench/results', { recursive: true })
  const suffix = process.env.BENCH_RESULT_SUFFIX ? `-${process.env.BENCH_RESULT_SUFFIX}` : ''
  const file = join('bench/results', `${date}${settings.quick ? '-quick' : ''}${suffix}.json`)
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
