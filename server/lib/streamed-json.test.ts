import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { streamedJson } from './streamed-json.ts'

type Answer = {
  year: number
  name: string
  items: { code: string; note: string }[]
  after: number[]
}

async function* entries(n: number) {
  for (let i = 0; i < n; i += 1) yield { code: `X${i}`, note: i % 2 ? '"items":[] \u2028' : 'Xã' }
}

function app(n: number, fail = false) {
  return new Hono().get('/', (c) =>
    streamedJson<Answer, 'items'>(
      c,
      { year: 2025, name: 'Tỉnh "Thử"', items: null, after: [1, 2] },
      'items',
      (async function* () {
        yield* entries(n)
        if (fail) throw new Error('read failed')
      })(),
    ),
  )
}

describe('streamedJson', () => {
  it.each([0, 1, 199, 200, 201, 1234])(
    'writes %i entries as JSON.stringify writes the whole object, the array in its place',
    async (n) => {
      const res = await app(n).request('/')
      expect(res.headers.get('content-type')).toBe('application/json')
      const text = await res.text()
      const items = []
      for await (const item of entries(n)) items.push(item)
      expect(text).toBe(JSON.stringify({ year: 2025, name: 'Tỉnh "Thử"', items, after: [1, 2] }))
    },
  )

  it('fails the body when reading the entries fails, instead of ending it as if whole', async () => {
    const res = await app(450, true).request('/')
    await expect(res.text()).rejects.toThrow('read failed')
  })
})
