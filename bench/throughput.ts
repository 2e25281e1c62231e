// Requests/s of a cached read under concurrency (autocannon), side by side with a bare node:http
// server answering the identical bytes and headers, in the same run and with the same settings.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { fetchBytes } from './latency.ts'
import { freePort, spawnNode, stopChild, waitForHttp } from './server-process.ts'

export type LoadSettings = { connections: number; durationSeconds: number }
export type LoadFigures = {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  errors: number
  /** Answers with another status than the one measured. */
  unexpected: number
}
export type ThroughputFigures = {
  path: string
  bytes: number
  settings: LoadSettings
  ours: LoadFigures
  bare: LoadFigures
  /** ours ÷ bare requests/s. */
  ratio: number
  revalidate: { ours: LoadFigures; bare: LoadFigures; ratio: number }
}

async function load(
  url: string,
  settings: LoadSettings,
  headers: Record<string, string>,
  expect: number,
): Promise<LoadFigures> {
  const result = await autocannon({
    url,
    connections: settings.connections,
    duration: settings.durationSeconds,
    headers,
  })
  const wrong =
    expect === 200 ? result.non2xx : result['1xx'] + result['2xx'] + result['4xx'] + result['5xx']
  // A load that got other answers than the one it measures is a broken measurement.
  if (wrong > result.requests.total / 100) {
    throw new Error(`${url}: ${wrong} of ${result.requests.total} answers were not ${expect}`)
  }
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    unexpected: wrong,
  }
}

/**
 * Loads `path` on our server (a cache hit: the first request fills the response store) and the
 * same reply from the bare server; then the same for a 304 revalidation (If-None-Match).
 */
export async function compareThroughput(
  baseUrl: string,
  path: string,
  settings: LoadSettings,
): Promise<ThroughputFigures> {
  // Identity coding, as autocannon asks: the coding is part of the ETag (ADR 007).
  const plain = { Accept: '*/*', 'Accept-Encoding': 'identity' }
  const first = await fetchBytes(`${baseUrl}${path}`, plain)
  if (first.status !== 200) throw new Error(`throughput probe ${path} answered ${first.status}`)
  const etag = first.headers.get('etag') ?? ''
  const headers: Record<string, string> = {}
  for (const [name, value] of first.headers) {
    if (!['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(name))
      headers[name] = value
  }
  const dir = mkdtempSync(join(tmpdir(), 'par-bench-bare-'))
  const replyFile = join(dir, 'reply.json')
  writeFileSync(
    replyFile,
    JSON.stringify({ headers, bodyBase64: Buffer.from(first.body).toString('base64') }),
  )
  const port = await freePort()
  const bare = spawnNode('bench/bare-server.ts', [String(port), replyFile], process.env)
  const bareUrl = `http://127.0.0.1:${port}`
  try {
    await waitForHttp(bareUrl, bare, () => '')
    // Accept and Accept-Encoding are part of the ETag: every load sends the reference's.
    const ours = await load(`${baseUrl}${path}`, settings, plain, 200)
    const bareFigures = await load(`${bareUrl}${path}`, settings, plain, 200)
    const conditional = { ...plain, 'If-None-Match': etag }
    const ours304 = await load(`${baseUrl}${path}`, settings, conditional, 304)
    const bare304 = await load(`${bareUrl}${path}`, settings, conditional, 304)
    return {
      path,
      bytes: first.body.byteLength,
      settings,
      ours,
      bare: bareFigures,
      ratio: ours.requestsPerSecond / bareFigures.requestsPerSecond,
      revalidate: {
        ours: ours304,
        bare: bare304,
        ratio: ours304.requestsPerSecond / bare304.requestsPerSecond,
      },
    }
  } finally {
    await stopChild(bare)
    rmSync(dir, { recursive: true, force: true })
  }
}
