// A JSON answer whose one long array is written a page at a time: the whole list of a large
// cohort as one answer without holding every entry at once. The bytes are those JSON.stringify
// gives the whole object (the array in its place among the keys).
import { randomUUID } from 'node:crypto'
import type { Context, TypedResponse } from 'hono'
import type { JSONParsed } from 'hono/utils/types'

/** Entries written per chunk of the body. */
const ENTRIES_PER_CHUNK = 200

/** A body with null where its streamed array goes (kept in place among the keys). */
export type StreamedBody<T, K extends keyof T> = { [P in keyof T]: P extends K ? null : T[P] }

/**
 * `body` as JSON with `items` written in place of its `key`. Behind the response cache the body
 * is read whole once (to compress and keep it): 3 MB of bytes rather than the entries' objects.
 * A failure while reading `items` errors the stream, which the cache turns into an error answer.
 */
export function streamedJson<T extends object, K extends keyof T & string>(
  c: Context,
  body: StreamedBody<T, K>,
  key: K,
  items: AsyncIterable<T[K] extends readonly (infer E)[] ? E : never>,
): Response & TypedResponse<JSONParsed<T>, 200, 'json'> {
  // A value no data can hold marks where the array goes, whatever the keys around it hold.
  const mark = JSON.stringify(randomUUID())
  const text = JSON.stringify({ ...body, [key]: JSON.parse(mark) as string })
  const at = text.indexOf(mark)
  const head = `${text.slice(0, at)}[`
  const tail = `]${text.slice(at + mark.length)}`
  const iterator = items[Symbol.asyncIterator]()
  const encoder = new TextEncoder()
  let written = 0
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(head))
    },
    async pull(controller) {
      let chunk = ''
      for (let i = 0; i < ENTRIES_PER_CHUNK; i += 1) {
        const next = await iterator.next()
        if (next.done) {
          controller.enqueue(encoder.encode(`${chunk}${tail}`))
          controller.close()
          return
        }
        chunk += `${written === 0 ? '' : ','}${JSON.stringify(next.value)}`
        written += 1
      }
      controller.enqueue(encoder.encode(chunk))
    },
    async cancel() {
      await iterator.return?.()
    },
  })
  const response = c.body(stream, 200, { 'content-type': 'application/json' })
  return response as unknown as Response & TypedResponse<JSONParsed<T>, 200, 'json'>
}
