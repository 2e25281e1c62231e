// The floor for a request's ratio with HTTP in it: a bare node:http server that answers a
// ranking request with the bare read of the same rows (bare-db.ts, one prepared statement on
// better-sqlite3) as JSON — no routing, validation, query builder, mapping or caching. A small
// cohort's rows take well under a millisecond to read, less than any HTTP exchange, so the
// request ÷ the bare query alone measures HTTP rather than the product; ÷ this server it
// measures what the product adds to a bare answer of the same rows (ADR 017). The answer travels
// as the product's would: gzip-compressed when the client accepts it and the body is large enough
// (bareAnswer), so both sides of the ratio pay for the same coding on the wire and in the client.
// Usage: bare-query-server.ts <port> <file.sqlite>
import { createServer } from 'node:http'
import SQLite from 'better-sqlite3'
import { bareAnswer, type BareRow, bareRankingOfPath, bareRankingRun } from './bare-db.ts'

const [port, filename] = process.argv.slice(2)
const db = new SQLite(filename ?? '', { readonly: true })
const runs = new Map<string, () => BareRow[]>()

/** The path without the cache-busting parameter the latency client adds. */
const keyOf = (path: string) => path.replace(/[?&]bench-miss=\d+/, '')

createServer((req, res) => {
  if (req.url === '/') {
    res.writeHead(200, { 'content-type': 'text/plain' })
    res.end('ready')
    return
  }
  const key = keyOf(req.url ?? '')
  let run = runs.get(key)
  if (!run) {
    const ranking = bareRankingOfPath(key)
    if (ranking) runs.set(key, (run = bareRankingRun(db, ranking)))
  }
  if (!run) {
    res.writeHead(404)
    res.end()
    return
  }
  const { body, headers } = bareAnswer(run(), req.headers['accept-encoding'])
  res.writeHead(200, headers)
  res.end(body)
}).listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'))
