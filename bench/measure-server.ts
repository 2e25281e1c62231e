// Read latencies through the real server process, uncached (every sample carries a query
// parameter of its own, which the API ignores but the response cache keys on, so each request
// runs its queries) and cached (the same URL repeated: a hit in the response store).
import type { LatencyFigures, Probe } from './latency.ts'
import { measureLatency } from './latency.ts'
import type { BenchDb } from './load.ts'
import { type ServerProcess, startServer } from './server-process.ts'

export type ProbeFigures = {
  name: string
  path: string
  bytes: number
  uncached: LatencyFigures
  cached: LatencyFigures
}

export async function measureProbes(
  server: ServerProcess,
  probes: readonly Probe[],
  options: { samples: number; warmup: number; budgetMs?: number; minSamples?: number },
): Promise<ProbeFigures[]> {
  const out: ProbeFigures[] = []
  for (const probe of probes) {
    let miss = 0
    const uncached = await measureLatency(server.url, probe, {
      ...options,
      url: () => `${probe.path}${probe.path.includes('?') ? '&' : '?'}bench-miss=${(miss += 1)}`,
    })
    const cached = await measureLatency(server.url, probe, options)
    out.push({ name: probe.name, path: probe.path, bytes: uncached.bytes, uncached, cached })
    process.stdout.write(
      `  ${probe.name}: p50 ${uncached.p50.toFixed(2)} ms, p95 ${uncached.p95.toFixed(2)} ms (cached p95 ${cached.p95.toFixed(2)} ms)\n`,
    )
  }
  return out
}

/** Starts a server on `bench`, runs `work` against it, and reports the server's peak RSS. */
export async function withServer<T>(
  bench: BenchDb,
  work: (server: ServerProcess) => Promise<T>,
  cwd?: string,
): Promise<{ result: T; peakRssMb: number }> {
  const server = await startServer({ databaseUrl: bench.url, cwd })
  try {
    const result = await work(server)
    return { result, peakRssMb: server.peakRssMb() }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`${message}\nserver output: ${server.log().slice(-1500)}`, { cause: error })
  } finally {
    await server.stop()
  }
}
