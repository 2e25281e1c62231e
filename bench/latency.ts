// Request latency through HTTP on loopback: sequential requests (one at a time, so the figure is
// the server's own time plus the loopback round trip), after a warm-up.
import { type Percentiles, percentiles } from './stats.ts'

export type Probe = { name: string; path: string; accept?: string }
export type LatencyFigures = Percentiles & { bytes: number }
export type LatencyOptions = {
  samples: number
  warmup: number
  /** Stop sampling once this much time has passed (never below `minSamples`). */
  budgetMs?: number
  /** Samples taken whatever the budget (default 20). */
  minSamples?: number
  /** Path of each sample (default: the probe's own path every time). */
  url?: () => string
}

export async function fetchBytes(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Uint8Array; headers: Headers }> {
  // A keep-alive socket the server closed while this process was busy fails; a fresh one then
  // succeeds (a few tries: the pool may hold more than one stale socket).
  let res: Response | undefined
  for (let attempt = 1; !res; attempt += 1) {
    try {
      res = await fetch(url, { headers })
    } catch (error) {
      if (attempt >= 4) throw error
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt))
    }
  }
  const body = new Uint8Array(await res.arrayBuffer())
  return { status: res.status, body, headers: res.headers }
}

export async function measureLatency(
  baseUrl: string,
  probe: Probe,
  options: LatencyOptions,
): Promise<LatencyFigures> {
  const { times, bytes } = await sampleLatency(baseUrl, probe, options)
  return { ...percentiles(times), bytes }
}

/** Each sample's time in ms, after the warm-up, and the body's size. */
export async function sampleLatency(
  baseUrl: string,
  probe: Probe,
  options: LatencyOptions,
): Promise<{ times: number[]; bytes: number }> {
  const headers: Record<string, string> = probe.accept ? { Accept: probe.accept } : {}
  let bytes = 0
  const once = async () => {
    const path = options.url?.() ?? probe.path
    const start = performance.now()
    const res = await fetchBytes(`${baseUrl}${path}`, headers)
    const ms = performance.now() - start
    if (res.status !== 200) {
      throw new Error(
        `${probe.name}: GET ${path} answered ${res.status}: ${new TextDecoder().decode(res.body).slice(0, 300)}`,
      )
    }
    bytes = res.body.byteLength
    return ms
  }
  for (let i = 0; i < options.warmup; i += 1) await once()
  const times: number[] = []
  const deadline = performance.now() + (options.budgetMs ?? Infinity)
  for (let i = 0; i < options.samples; i += 1) {
    times.push(await once())
    if (times.length >= (options.minSamples ?? 20) && performance.now() > deadline) break
  }
  return { times, bytes }
}

/**
 * The same request on two servers, in alternating rounds (ABAB…), each side's samples pooled:
 * a ratio of the two then holds when the host speeds up or slows down during the measurement,
 * as a shared machine does, instead of reading one side's minute against the other's.
 */
export async function measureLatencyPair(
  baseUrls: readonly [string, string],
  probe: Probe,
  options: LatencyOptions,
  rounds: number,
): Promise<[LatencyFigures, LatencyFigures]> {
  const perRound: LatencyOptions = {
    ...options,
    samples: Math.ceil(options.samples / rounds),
    minSamples: Math.ceil((options.minSamples ?? 20) / rounds),
    ...(options.budgetMs === undefined ? {} : { budgetMs: options.budgetMs / rounds }),
  }
  const pooled = baseUrls.map(() => ({ times: [] as number[], bytes: 0 }))
  for (let round = 0; round < rounds; round += 1)
    for (const [i, baseUrl] of baseUrls.entries()) {
      const side = pooled[i]
      if (!side) continue
      // A warm-up before each side's first round only: later rounds find the server warm.
      const { times, bytes } = await sampleLatency(baseUrl, probe, {
        ...perRound,
        warmup: round === 0 ? options.warmup : 0,
      })
      for (const time of times) side.times.push(time)
      side.bytes = bytes
    }
  const [a, b] = pooled.map((side) => ({ ...percentiles(side.times), bytes: side.bytes }))
  if (!a || !b) throw new Error('two servers measured, two figures expected')
  return [a, b]
}

/** The same percentiles for any in-process function (the bare-database query). */
export function measureSync(work: () => unknown, samples: number, warmup: number): Percentiles {
  for (let i = 0; i < warmup; i += 1) work()
  const times: number[] = []
  for (let i = 0; i < samples; i += 1) {
    const start = performance.now()
    work()
    times.push(performance.now() - start)
  }
  return percentiles(times)
}
