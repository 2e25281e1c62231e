// HTTP caching of the read API (ADR 007). The ETag is derived from the data version stored in
// the database, the URL, the caller's role class and the Accept header, so any instance can
// answer If-None-Match with 304 without rendering, and a write through any instance (which
// bumps the version) invalidates every ETag at once. The in-process response store is only an
// accelerator keyed by that ETag; it never decides freshness.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import { type AppEnv, canSeeDrafts, type SessionUser } from './app-env.ts'
import { bumpDataVersion, readDataVersion } from './data-version.ts'
import { acceptsGzip, GZIP_MIN_BYTES, GZIP_OPTIONS, gzipBody } from './response-coding.ts'
import { VersionMemo } from './version-memo.ts'

/** Read endpoints whose answers depend only on the versioned data (and the role class). */
export const CACHED_PATH_PREFIXES = [
  '/api/rankings',
  '/api/units',
  '/api/compare',
  '/api/tasks',
  '/api/awards',
  '/api/cohorts',
  '/api/summary',
  '/api/schemes',
  '/api/data-quality',
  '/api/publications',
] as const

export type HttpCacheOptions = {
  /** Path prefixes to cache; anything else passes through untouched. */
  paths?: readonly string[]
  /** Total bytes of bodies kept in memory (least recently used evicted first). */
  maxBytes?: number
  /** Bodies larger than this are validated (ETag/304) but not kept. */
  maxEntryBytes?: number
  /** Part of every ETag (default: the version and the running code's digest, releaseSalt). */
  salt?: string
  /**
   * How long a data version read from the database is trusted before it is read again. Writes
   * through this instance take effect at once; writes through another instance sharing the
   * database are seen within this bound. 0 reads the version on every request.
   */
  revalidateMs?: number
}

type Entry = {
  body: Uint8Array<ArrayBuffer>
  headers: Record<string, string>
  /**
   * The kept headers with the validators, for anonymous and signed-in callers, and with the
   * body's length for a writer that sends the headers before the body (made once).
   */
  answer?: Partial<Record<Caller | 'anonymousSized', Record<string, string>>>
}

/** What the cache reads of a request to find a remembered answer. */
export type RequestFacts = {
  /** The request target as sent: the path and the query. */
  pathAndQuery: string
  /** A request header by its lower-case name. */
  header: (name: string) => string | undefined
}

/** A remembered answer: a 304, or the stored body, with the headers to send. */
export type MemoryAnswer = {
  status: 200 | 304
  headers: Record<string, string>
  body: Uint8Array<ArrayBuffer> | null
}

/** An ETag with its validator headers, for anonymous and signed-in callers. */
type Validators = {
  etag: string
  anonymous: Record<string, string>
  signedIn: Record<string, string>
}
type Caller = 'anonymous' | 'signedIn'

function validatorsOf(etag: string): Validators {
  return {
    etag,
    anonymous: { etag, 'cache-control': 'public, no-cache', vary: VARY },
    signedIn: { etag, 'cache-control': 'private, no-cache', vary: VARY },
  }
}

/** A byte-bounded LRU (a Map keeps insertion order; a hit re-inserts the key at the end). */
export class ResponseStore {
  readonly maxBytes: number
  #entries = new Map<string, Entry>()
  #bytes = 0

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes
  }

  get size(): number {
    return this.#entries.size
  }

  get bytes(): number {
    return this.#bytes
  }

  get(key: string): Entry | undefined {
    const entry = this.#entries.get(key)
    if (!entry) return undefined
    this.#entries.delete(key)
    this.#entries.set(key, entry)
    return entry
  }

  set(key: string, entry: Entry): void {
    const existing = this.#entries.get(key)
    if (existing) {
      this.#bytes -= existing.body.byteLength
      this.#entries.delete(key)
    }
    if (entry.body.byteLength > this.maxBytes) return
    this.#entries.set(key, entry)
    this.#bytes += entry.body.byteLength
    for (const [oldest, old] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break
      this.#entries.delete(oldest)
      this.#bytes -= old.body.byteLength
    }
  }

  clear(): void {
    this.#entries.clear()
    this.#bytes = 0
  }
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const CACHEABLE_TYPE = /^(application\/json|text\/csv)/i
const KEPT_HEADERS = ['content-type', 'content-disposition', 'content-language', 'content-encoding']
const VARY = 'Accept, Accept-Encoding, Cookie'

/**
 * Bodies up to this size are compressed on the main thread: a 15 KB page takes 0.05 ms there
 * and 0.25 ms through the thread pool's round trip, and at 64 KB the loop is held ~0.2 ms.
 * Larger ones go to the pool (same options, same bytes). The store keeps the compressed bytes, so a
 * repeat costs nothing.
 */
const GZIP_SYNC_MAX_BYTES = 64 * 1024
/** Distinct requests whose ETag is remembered per data version (then forgotten at once). */
const MAX_REMEMBERED_ETAGS = 10_000
const gzipAsync = promisify(gzip)

function packageVersion(): string {
  try {
    const url = new URL('../../package.json', import.meta.url)
    return (JSON.parse(readFileSync(url, 'utf8')) as { version?: string }).version ?? ''
  } catch {
    return ''
  }
}

/**
 * The ETags' salt: the package's version and a digest of the running code — in the built server
 * the one bundle that holds every handler — so a release that changes an answer's shape without
 * a new version number still never revalidates a body of the old shape.
 */
function releaseSalt(): string {
  try {
    const code = readFileSync(new URL(import.meta.url))
    return `${packageVersion()}:${createHash('sha1').update(code).digest('base64url')}`
  } catch {
    return packageVersion()
  }
}

/**
 * Weak comparison (RFC 9110 §13.1.2): W/ prefixes are ignored; `*` matches when the resource has
 * a current representation (`exists`), never an answer that was not a 200.
 */
export function etagMatches(ifNoneMatch: string | undefined, etag: string, exists = true): boolean {
  if (!ifNoneMatch) return false
  const bare = etag.replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim()
    return t === '*' ? exists : t.replace(/^W\//, '') === bare
  })
}

export function computeEtag(parts: readonly string[]): string {
  return `"${createHash('sha1').update(parts.join('\n')).digest('base64url')}"`
}

/**
 * The bytes a response of `jsonAsBytes` was made from, so the cache takes them as they are
 * instead of reading the response's body back (which, on the Node server's lightweight response,
 * first builds a full Fetch response around the bytes, then streams them out of it again).
 */
const bytesOfResponse = new WeakMap<Response, Uint8Array<ArrayBuffer>>()

/**
 * `c.json` for the handlers behind the store: the JSON text becomes UTF-8 bytes at once. Given a
 * string, the Response constructor first rewrites it as a well-formed string, and the store then
 * reads it back as bytes: for a 3 MB ranking of 10,600 units that was 23 ms of every answer.
 * JSON.stringify never emits a lone surrogate, so the bytes are the same.
 */
function jsonAsBytes(c: Context<AppEnv>): Context<AppEnv>['json'] {
  return ((object: unknown, init?: number | ResponseInit, headers?: Record<string, string>) => {
    c.header('content-type', 'application/json')
    const bytes = Buffer.from(JSON.stringify(object))
    const response =
      typeof init === 'object'
        ? c.body(bytes, init as never)
        : c.body(bytes, init as never, headers)
    // Buffer.from(string) writes into an ordinary ArrayBuffer, never a shared one.
    bytesOfResponse.set(response, bytes as Uint8Array<ArrayBuffer>)
    return response
    // The typed-response marker of c.json exists for the client's types only.
  }) as unknown as Context<AppEnv>['json']
}

export function httpCache(options: HttpCacheOptions = {}) {
  const prefixes = options.paths ?? CACHED_PATH_PREFIXES
  const maxBytes = options.maxBytes ?? 16 * 1024 * 1024
  const maxEntryBytes = options.maxEntryBytes ?? maxBytes / 4
  const salt = options.salt ?? releaseSalt()
  const revalidateMs = options.revalidateMs ?? 100
  const store = new ResponseStore(maxBytes)
  // ETags of the current version by request, so a repeated read hashes nothing and builds no
  // header object.
  const etags = new Map<string, Validators>()
  let storeVersion = ''
  // The reads the handlers keep for the version (ADR 040): replaced, never cleared, when it moves,
  // so a request still running under the old one writes only into the old memo.
  let memo = new VersionMemo('')
  let known = { version: '', readAt: -Infinity }
  let reading: Promise<string> | null = null
  const remember = (version: string) => {
    known = { version, readAt: performance.now() }
    return version
  }
  // One read at a time: a burst of requests after the bound shares a single round trip.
  const isFresh = () => performance.now() - known.readAt <= revalidateMs
  const currentVersion = (db: AppEnv['Variables']['db']): Promise<string> => {
    if (isFresh()) return Promise.resolve(known.version)
    const started = performance.now()
    // A write through this instance during the read already set a newer version: keep it.
    reading ??= readDataVersion(db)
      .then((version) => (known.readAt > started ? known.version : remember(version)))
      .finally(() => (reading = null))
    return reading
  }
  const below = prefixes.map((p) => `${p}/`)
  const isCached = (path: string) =>
    prefixes.some((p, i) => path === p || path.startsWith(below[i]!))

  /** This request's key (with what it says of gzip) and its remembered validators, if any. */
  const validatorsFor = (request: RequestFacts, user: SessionUser | null) => {
    const roleClass = canSeeDrafts(user) ? 'editor' : 'reader'
    // The coding is part of the ETag: a gzip body and an identity body are different bytes.
    const gzipOk = acceptsGzip(request.header('accept-encoding'))
    // Every part of the request the answer depends on; with the version it makes the ETag.
    const requestKey = `${request.pathAndQuery}\n${roleClass}\n${request.header('accept') ?? ''}\n${
      gzipOk ? 'gzip' : 'identity'
    }`
    return { requestKey, gzipOk, tagged: etags.get(requestKey) }
  }
  /**
   * A 304 when If-None-Match holds the ETag, else the stored body, else undefined (render it).
   * `sized` adds the body's length to the headers, for a writer that sends them first.
   */
  const memoryAnswer = (
    request: RequestFacts,
    tagged: Validators,
    caller: Caller,
    sized = false,
  ): MemoryAnswer | undefined => {
    // Shared across answers: nothing downstream writes to a response's header object (both
    // Response constructors copy it into their own Headers, and node:http only reads it).
    const validators = tagged[caller]
    // A stored body is a 200 of this version; without one, `*` is left to the handler's answer.
    const hit = store.get(tagged.etag)
    if (etagMatches(request.header('if-none-match'), tagged.etag, hit !== undefined))
      return { status: 304, headers: validators, body: null }
    if (!hit) return undefined
    hit.answer ??= {}
    const headers = (hit.answer[caller] ??= { ...hit.headers, ...validators })
    if (!sized) return { status: 200, headers, body: hit.body }
    const withLength = (hit.answer.anonymousSized ??= {
      ...headers,
      'content-length': String(hit.body.byteLength),
    })
    return { status: 200, headers: withLength, body: hit.body }
  }
  /**
   * A remembered answer as a Response. Without a cookie nothing upstream can have prepared a
   * header (e.g. clearing a stale session), so it is a plain Response: the server adapter's fast
   * path.
   */
  const asResponse = (c: Context<AppEnv>, { status, headers, body }: MemoryAnswer) => {
    if (c.req.header('cookie') === undefined) return new Response(body, { status, headers })
    return body === null ? c.body(null, 304, headers) : c.body(body, 200, headers)
  }
  const factsOf = (c: Context<AppEnv>): RequestFacts => {
    const href = c.req.url
    return {
      pathAndQuery: href.slice(href.indexOf('/', href.indexOf('//') + 2)),
      header: (name) => c.req.header(name),
    }
  }

  const middleware = createMiddleware<AppEnv>(async (c, next) => {
    const path = c.req.path
    if (MUTATING.has(c.req.method)) {
      await next()
      // Safety net for writes that forget to bump inside their transaction: any successful
      // state change through the API moves the version (sign-in and sign-out change no data).
      const dryRun = ['true', '1'].includes(c.req.query('dryRun') ?? '')
      if (c.res.status < 400 && !dryRun && !path.startsWith('/api/auth'))
        remember(await bumpDataVersion(c.var.db))
      return
    }
    if (c.req.method !== 'GET' || !isCached(path)) return next()

    // A trusted version is taken as it is: no promise to wait for on a cached read.
    const version = isFresh() ? known.version : await currentVersion(c.get('db'))
    if (version !== storeVersion) {
      // Entries of an older version can never be served again: free them now.
      store.clear()
      etags.clear()
      storeVersion = version
    }
    const user = c.get('user')
    const caller: Caller = user ? 'signedIn' : 'anonymous'
    const request = factsOf(c)
    const { requestKey, gzipOk, tagged: remembered } = validatorsFor(request, user)
    let tagged = remembered
    if (tagged === undefined) {
      tagged = validatorsOf(computeEtag([salt, version, requestKey]))
      if (etags.size >= MAX_REMEMBERED_ETAGS) etags.clear()
      etags.set(requestKey, tagged)
    }
    const answer = memoryAnswer(request, tagged, caller)
    if (answer) return asResponse(c, answer)
    const { etag } = tagged
    const validators = tagged[caller]

    if (memo.version !== version) memo = new VersionMemo(version)
    c.set('memo', memo)
    c.json = jsonAsBytes(c)
    await next()
    const res = c.res
    if (res.status !== 200 || !CACHEABLE_TYPE.test(res.headers.get('content-type') ?? '')) return
    // A response replaced after the handler (no bytes kept for it) is read back as it is.
    let body = bytesOfResponse.get(res) ?? new Uint8Array(await res.arrayBuffer())
    const headers = new Headers(res.headers)
    if (gzipOk && body.byteLength >= GZIP_MIN_BYTES && !headers.has('content-encoding')) {
      body =
        body.byteLength <= GZIP_SYNC_MAX_BYTES
          ? gzipBody(body)
          : new Uint8Array(await gzipAsync(body, GZIP_OPTIONS))
      headers.set('content-encoding', 'gzip')
      headers.delete('content-length')
    }
    const kept: Record<string, string> = {}
    for (const name of KEPT_HEADERS) {
      const value = headers.get(name)
      if (value !== null) kept[name] = value
    }
    for (const [name, value] of Object.entries(validators)) headers.set(name, value)
    // Reset first so Hono does not merge the consumed response's headers back in.
    c.res = undefined
    c.res = new Response(body, { status: 200, headers })
    if (body.byteLength <= maxEntryBytes) store.set(etag, { body, headers: kept })
  })

  /**
   * A repeat read by a visitor without a cookie, answered from memory ahead of the checks that
   * precede the cache in app.ts, or undefined. Only a request the cache already gave an ETag under
   * the current version qualifies, so one that passed those checks: they read the URL (part of
   * the key), the method and the cookie (a GET without one passes them alike) and the
   * read-access setting, which `anonymousMayRead` must report as the guard would see it without
   * reading the database. Anything else goes on through the full chain. `sized` as in
   * `memoryAnswer`.
   */
  const anonymousAnswer = (
    method: string,
    request: RequestFacts,
    anonymousMayRead: () => boolean,
    sized = false,
  ): MemoryAnswer | undefined => {
    if (
      method !== 'GET' ||
      request.header('cookie') !== undefined ||
      !isFresh() ||
      known.version !== storeVersion ||
      !isCached(pathOf(request.pathAndQuery)) ||
      !anonymousMayRead()
    )
      return undefined
    const { tagged } = validatorsFor(request, null)
    return tagged && memoryAnswer(request, tagged, 'anonymous', sized)
  }

  /** `anonymousAnswer` as the first middleware of the API. */
  const anonymousHit = (anonymousMayRead: (db: AppEnv['Variables']['db']) => boolean) =>
    createMiddleware<AppEnv>(async (c, next) => {
      const answer = anonymousAnswer(c.req.method, factsOf(c), () => anonymousMayRead(c.var.db))
      return answer ? asResponse(c, answer) : next()
    })

  return Object.assign(middleware, { anonymousHit, anonymousAnswer })
}

export type HttpCache = ReturnType<typeof httpCache>

/** The path of a request target (before its query). */
function pathOf(pathAndQuery: string): string {
  const query = pathAndQuery.indexOf('?')
  return query === -1 ? pathAndQuery : pathAndQuery.slice(0, query)
}
