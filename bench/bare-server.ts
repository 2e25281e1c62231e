// The baseline of the requests/s comparison: a bare node:http server answering the identical
// bytes and headers that the real server sent (200 with the body, or 304 on a matching
// If-None-Match), with no routing, middleware or database. Usage: bare-server.ts <port> <reply.json>
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

type Reply = { headers: Record<string, string>; bodyBase64: string }

const [port, replyFile] = process.argv.slice(2)
const reply = JSON.parse(readFileSync(replyFile ?? '', 'utf8')) as Reply
const body = Buffer.from(reply.bodyBase64, 'base64')
const etag = reply.headers.etag
const headers200 = { ...reply.headers, 'content-length': String(body.byteLength) }
const headers304 = Object.fromEntries(
  Object.entries(reply.headers).filter(
    ([name]) => name !== 'content-type' && name !== 'content-length',
  ),
)

createServer((req, res) => {
  if (etag && req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers304)
    res.end()
    return
  }
  res.writeHead(200, headers200)
  res.end(body)
}).listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'))
