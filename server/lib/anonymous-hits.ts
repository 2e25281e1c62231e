// Repeat reads by visitors without a cookie, answered at the HTTP server before the framework
// builds a request, a context and a response for them (ADR 046): the response cache's own
// `anonymousAnswer`, written straight to node:http. Whatever it does not answer — any other
// method, a cookie, a request the adapter would normalise or refuse, a URL the cache has not seen
// under the current data version, a stale version, read access that needs a session — goes on
// to the app's listener unchanged.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { HttpCache, MemoryAnswer } from './http-cache.ts'

type Listener = (req: IncomingMessage, res: ServerResponse) => unknown

// The adapter's own test of a request it takes as it is (@hono/node-server's buildUrl): a plain
// Host and an origin-form target without dot segments, whose path and query it keeps unchanged.
// Anything else it checks or normalises first, and may refuse (a Host it cannot parse: 400): left
// to it.
const PLAIN_HOST = /^[a-z0-9._-]+(?::(?:[1-5]\d{3,4}|[6-9]\d{3}))?$/
const PLAIN_TARGET = /^\/[!#$&-;=?-[\]_a-z~]*$/
const DOT_SEGMENT = /\/\.\.?(?:[/?#]|$)/

/** Whether the adapter would build its URL from this request's target unchanged. */
function takenAsItIs(req: IncomingMessage, target: string): boolean {
  const host = req.headers.host
  return (
    host !== undefined &&
    PLAIN_HOST.test(host) &&
    PLAIN_TARGET.test(target) &&
    !DOT_SEGMENT.test(target)
  )
}

/** A header as the app reads it: repeated lines joined, as the Fetch Headers join them. */
function headerOf(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value.join(', ') : value
}

export function answeringAnonymousHits(
  cache: Pick<HttpCache, 'anonymousAnswer'>,
  anonymousMayRead: () => boolean,
  next: Listener,
): Listener {
  return (req, res) => {
    const target = req.url
    if (req.method === 'GET' && target !== undefined && takenAsItIs(req, target)) {
      let answer: MemoryAnswer | undefined
      try {
        answer = cache.anonymousAnswer(
          'GET',
          { pathAndQuery: target, header: (name) => headerOf(req, name) },
          anonymousMayRead,
          true,
        )
      } catch {
        // Whatever went wrong here, the app answers (and reports it) as it would have.
        answer = undefined
      }
      if (answer) {
        res.writeHead(answer.status, answer.headers)
        res.end(answer.body ?? undefined)
        return
      }
    }
    return next(req, res)
  }
}
