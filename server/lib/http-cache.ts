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
import { type AppEnv, canSeeDrafts } from './app-env.ts'
import { bumpDataVersion, readDataVersion } from './data-version.ts'

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
  /** Part of every ETag: a release that changes response shapes must not match old ETags. */
  salt?: string
  /**
   * How long a data version read from the database is trusted before it is read again. Writes
   * through this instance take effect at once; writes through another instance sharing the
   * database are seen within this bound. 0 reads the version on every request.
   */
  revalidateMs?: number
}

type Entry = { body: Uint8Array<ArrayBuffer>; headers: Record<string, string> }

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
 * Bodies from this size on are sent gzip-compressed to clients that accept it. Level 1: a 3 MB
 * ranking of 10,600 units becomes 300 KB in 7 ms (level 6 saves 15 % more in 4× the time), and
 * the store keeps the compressed bytes, so a repeat costs nothing.
 */
const GZIP_MIN_BYTES = 8 * 1024
/** Distinct requests whose ETag is remembered per data version (then forgotten at once). */
const MAX_REMEMBERED_ETAGS = 10_000
const gzipAsync = promisify(gzip)

/** True when Accept-Encoding lists gzip (or *) without q=0. */
export function acceptsGzip(header: string | undefined): boolean {
  // The common answers decided without parsing: this runs on every cached read.
  if (!header || !/gzip|\*/i.test(header)) return false
  return header.split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';')
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false
    return !params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p))
  })
}

function packageVersion(): string {
  try {
    const url = new URL('../../package.json', import.meta.url)
    return (JSON.parse(readFileSync(url, 'utf8')) as { version?: string }).version ?? ''
  } catch {
    return ''
  }
}

/** Weak comparison (RFC 9110 §13.1.2): W/ prefixes are ignored, `*` matches anything. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  const bare = etag.replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim()
    return t === '*' || t.replace(/^W\//, '') === bare
  })
}

export function computeEtag(parts: readonly string[]): string {
  return `"${createHash('sha1').update(parts.join('\n')).digest('base64url')}"`
}

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
    return typeof init === 'object'
      ? c.body(bytes, init as never)
      : c.body(bytes, init as never, headers)
    // The typed-response marker of c.json exists for the client's types only.
  }) as unknown as Context<AppEnv>['json']
}

export function httpCache(options: HttpCacheOptions = {}) {
  const prefixes = options.paths ?? CACHED_PATH_PREFIXES
  const maxBytes = options.maxBytes ?? 16 * 1024 * 1024
  const maxEntryBytes = options.maxEntryBytes ?? maxBytes / 4
  const salt = options.salt ?? packageVersion()
  const revalidateMs = options.revalidateMs ?? 100
  const store = new ResponseStore(maxBytes)
  // ETags of the current version by request, so a repeated read hashes nothing.
  const etags = new Map<string, string>()
  let storeVersion = ''
  let known = { version: '', readAt: -Infinity }
  let reading: Promise<string> | null = null
  const remember = (version: string) => {
    known = { version, readAt: performance.now() }
    return version
  }
  // One read at a time: a burst of requests after the bound shares a single round trip.
  const currentVersion = (db: AppEnv['Variables']['db']): Promise<string> => {
    if (performance.now() - known.readAt <= revalidateMs) return Promise.resolve(known.version)
    const started = performance.now()
    // A write through this instance during the read already set a newer version: keep it.
    reading ??= readDataVersion(db)
      .then((version) => (known.readAt > started ? known.version : remember(version)))
      .finally(() => (reading = null))
    return reading
  }
  const isCached = (path: string) => prefixes.some((p) => path === p || path.startsWith(`${p}/`))

  return createMiddleware<AppEnv>(async (c, next) => {
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

    const version = await currentVersion(c.get('db'))
    if (version !== storeVersion) {
      // Entries of an older version can never be served again: free them now.
      store.clear()
      etags.clear()
      storeVersion = version
    }
    const user = c.get('user')
    const href = c.req.url
    const pathAndQuery = href.slice(href.indexOf('/', href.indexOf('//') + 2))
    const roleClass = canSeeDrafts(user) ? 'editor' : 'reader'
    // The coding is part of the ETag: a gzip body and an identity body are different bytes.
    const gzipOk = acceptsGzip(c.req.header('accept-encoding'))
    // Every part of the request the answer depends on; with the version it makes the ETag.
    const requestKey = [
      pathAndQuery,
      roleClass,
      c.req.header('accept') ?? '',
      gzipOk ? 'gzip' : 'identity',
    ].join('\n')
    let etag = etags.get(requestKey)
    if (etag === undefined) {
      etag = computeEtag([salt, version, requestKey])
      if (etags.size >= MAX_REMEMBERED_ETAGS) etags.clear()
      etags.set(requestKey, etag)
    }
    const validators = {
      etag,
      'cache-control': user ? 'private, no-cache' : 'public, no-cache',
      vary: VARY,
    }
    // Without a cookie nothing upstream can have prepared a header (e.g. clearing a stale
    // session), so the hit is answered with a plain Response: the server adapter's fast path.
    const plain = c.req.header('cookie') === undefined
    if (etagMatches(c.req.header('if-none-match'), etag)) {
      return plain
        ? new Response(null, { status: 304, headers: validators })
        : c.body(null, 304, validators)
    }
    const hit = store.get(etag)
    if (hit) {
      const headers = { ...hit.headers, ...validators }
      return plain
        ? new Response(hit.body, { status: 200, headers })
        : c.body(hit.body, 200, headers)
    }

    c.json = jsonAsBytes(c)
    await next()
    const res = c.res
    if (res.status !== 200 || !CACHEABLE_TYPE.test(res.headers.get('content-type') ?? '')) return
    let body = new Uint8Array(await res.arrayBuffer())
    const headers = new Headers(res.headers)
    if (gzipOk && body.byteLength >= GZIP_MIN_BYTES && !headers.has('content-encoding')) {
      body = new Uint8Array(await gzipAsync(body, { level: 1 }))
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
}
