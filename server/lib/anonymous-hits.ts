// Repeat reads by visitors without a cookie, answered at the HTTP server before the framework
// builds a request, a context and a response for them (ADR 046): the response cache's own
// `anonymousAnswer`, written straight to node:http. Whatever it does not answer — any other
// method, a cookie, a URL the cache has not seen under the current data version, a stale
// version, read access that needs a session — goes on to the app's listener unchanged.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { HttpCache } from './http-cache.ts'

type Listener = (req: IncomingMessage, res: ServerResponse) => unknown

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
    // Origin-form only ("/api/…"): the app builds the same path and query from it.
    if (req.method === 'GET' && target !== undefined && target.startsWith('/')) {
      const answer = cache.anonymousAnswer(
        'GET',
        { pathAndQuery: target, header: (name) => headerOf(req, name) },
        anonymousMayRead,
        true,
      )
      if (answer) {
        res.writeHead(answer.status, answer.headers)
        res.end(answer.body ?? undefined)
        return
      }
    }
    return next(req, res)
  }
}
