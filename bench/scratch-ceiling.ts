import { createServer } from 'node:http'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import autocannon from 'autocannon'
const which = process.argv[2]
const body = Buffer.alloc(4455, 'x')
const headers = { 'content-type': 'application/json', etag: '"abc"', 'cache-control': 'public, no-cache', vary: 'Accept, Cookie' }
if (which === 'bare') createServer((req, res) => { res.writeHead(200, { ...headers, 'content-length': String(body.length) }); res.end(body) }).listen(4001)
if (which === 'hono') { const app = new Hono().basePath('/api'); for (let i = 0; i < 5; i++) app.use(async (c, next) => { await next() }); app.get('/rankings', (c) => c.body(new Uint8Array(body), 200, headers)); serve({ fetch: app.fetch, port: 4001 }) }
if (which === 'load') { for (const n of [1, 2]) { const r = await autocannon({ url: 'http://127.0.0.1:4001/api/rankings', connections: 10, duration: 3 }); console.log(process.argv[3], r.requests.average) } }
