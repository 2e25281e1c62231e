// Two servers timed in alternating rounds (measureLatencyPair): each round asks one server, then
// the other, and each side's figures pool only its own samples.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measureLatencyPair } from './latency.ts'

const seen: string[] = []

function serve(name: string, body: string): Promise<Server> {
  const server = createServer((req, res) => {
    seen.push(name)
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(body)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`

describe('measureLatencyPair', () => {
  let a: Server
  let b: Server
  beforeAll(async () => {
    a = await serve('a', '{"side":"a"}')
    b = await serve('b', '{"side":"bb"}')
  })
  afterAll(() => {
    a.close()
    b.close()
  })

  it('asks each server in turn, round by round, and keeps each side’s samples apart', async () => {
    seen.length = 0
    const [first, second] = await measureLatencyPair(
      [urlOf(a), urlOf(b)],
      { name: 'probe', path: '/x' },
      { samples: 12, warmup: 2, minSamples: 12 },
      3,
    )
    // Warm-ups (2 each) in the first round only, then 4 samples a side per round.
    expect(seen.join('')).toBe(['aaaaaa', 'bbbbbb', 'aaaa', 'bbbb', 'aaaa', 'bbbb'].join(''))
    expect(first.bytes).toBe('{"side":"a"}'.length)
    expect(second.bytes).toBe('{"side":"bb"}'.length)
    for (const side of [first, second]) expect(side.p50).toBeGreaterThan(0)
  })
})
