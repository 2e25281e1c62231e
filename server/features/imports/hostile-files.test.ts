// Hostile spreadsheets and CSV files (issue 15): refused within their budget of time and
// memory, the event loop free meanwhile, nothing written, no message echoing a huge value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '#server/app.ts'
import { AppError } from '#server/lib/errors.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { sameOrigin, signIn } from '#server/test/sign-in.ts'
import { readJson } from '#server/test/read-json.ts'
import { ImportRejectionSchema } from '#shared/dto/import.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { count, loadBase } from './__fixtures__/fixture-db.ts'
import { manyCellsXlsx, oneHugeCellXlsx } from './__fixtures__/xlsx-bomb.ts'
import { readTable } from './read-table.ts'
import { TABLE_LIMITS } from './table-limits.ts'

/** Runs `work`, sampling RSS and the event loop's longest stall every 5 ms. */
async function measure<T>(work: () => Promise<T>) {
  const start = Date.now()
  const rssBefore = process.memoryUsage().rss
  let peak = rssBefore
  let last = Date.now()
  let stall = 0
  const timer = setInterval(() => {
    const now = Date.now()
    stall = Math.max(stall, now - last)
    last = now
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 5)
  try {
    const result: { value?: T; error?: unknown } = await work().then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    )
    return { ...result, ms: Date.now() - start, rssGrowthMb: (peak - rssBefore) / 1e6, stall }
  } finally {
    clearInterval(timer)
  }
}

describe('XLSX bombs', () => {
  const cases = [
    // Headers telling the truth: refused from the central directory, before inflating.
    {
      name: 'one 400 MB cell (404 KB file), sizes declared',
      build: () => oneHugeCellXlsx(400),
      refusal: /unpacks to more than 64 MB/,
    },
    // Headers lying (1 KB declared): refused by what inflating yields, stopped at the budget.
    {
      name: 'one 400 MB cell, sizes declared as 1 KB',
      build: () => oneHugeCellXlsx(400, true),
      refusal: /unpacks to more than 64 MB/,
    },
    {
      name: '20 million cells, sizes declared as 1 KB',
      build: () => manyCellsXlsx(20, true),
      refusal: /more than 1,000,000 cells/,
    },
  ]
  for (const c of cases) {
    it(`${c.name}: 413 in seconds, memory and event loop untouched`, async () => {
      const bytes = await c.build()
      expect(bytes.length).toBeLessThan(500_000)
      const run = await measure(() => readTable(bytes))
      expect(run.error).toBeInstanceOf(AppError)
      expect(run.error).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' })
      expect((run.error as Error).message).toMatch(c.refusal)
      expect((run.error as Error).message.length).toBeLessThan(120)
      // Generous for a machine busy with other test files; the figures are printed below.
      expect(run.ms).toBeLessThan(10_000)
      expect(run.rssGrowthMb).toBeLessThan(150)
      expect(run.stall).toBeLessThan(1000)
      console.info(
        `${c.name}: ${bytes.length} bytes refused in ${run.ms} ms, RSS +${run.rssGrowthMb.toFixed(0)} MB, longest stall ${run.stall} ms`,
      )
    }, 60_000)
  }
})

describe('CSV bounds', () => {
  it('refuses a line of five million commas by its cells, quickly', async () => {
    const bytes = new TextEncoder().encode(`a,b\n${','.repeat(5_000_000)}\n`)
    const run = await measure(() => readTable(bytes))
    expect(run.error).toMatchObject({ status: 413, message: expect.stringMatching(/cells/) })
    expect(run.ms).toBeLessThan(10_000)
  })

  it('refuses more rows than the budget', async () => {
    const bytes = new TextEncoder().encode('a\n'.repeat(TABLE_LIMITS.rows + 1))
    await expect(readTable(bytes)).rejects.toThrow(/rows/)
  })
})

for (const dialect of TEST_DIALECTS) {
  describe(`POST /api/imports with hostile files (${dialect})`, () => {
    let t: TestDb
    let app: App
    let editor: string
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db)
      app = createApp(t.db)
      editor = await signIn(app, t.db, 'EDITOR')
    })
    afterAll(() => t.destroy())

    const post = (query: string, body: BodyInit, headers: Record<string, string> = {}) =>
      app.request(`/api/imports?${query}`, {
        method: 'POST',
        headers: { ...sameOrigin(editor), ...headers },
        body,
      })

    it('answers a bomb with 413 in the envelope while other requests keep their latency', async () => {
      const bomb = await oneHugeCellXlsx(400, true)
      const before = await count(t.db, 'import_batch')
      const started = Date.now()
      const pending = post('kind=units', bomb as BodyInit, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      })
      // Reads served meanwhile.
      const reads: number[] = []
      for (let i = 0; i < 5; i++) {
        const t0 = Date.now()
        const res = await app.request('/api/health')
        expect(res.status).toBe(200)
        reads.push(Date.now() - t0)
      }
      const res = await pending
      expect(Date.now() - started).toBeLessThan(10_000)
      expect(res.status).toBe(413)
      expect((await readJson(res, ApiErrorBodySchema)).error.code).toBe('PAYLOAD_TOO_LARGE')
      expect(Math.max(...reads)).toBeLessThan(1000)
      expect(await count(t.db, 'import_batch')).toBe(before)
    }, 60_000)

    it('refuses U+0000 in a cell with its row and column, and cuts long values in messages', async () => {
      const csv = `code,name,kind,parent_code\nX1,Xã\u0000 Một,DISTRICT,LA\nX2,${'Đ'.repeat(12_000)},DISTRICT,LA\n`
      const res = await post('kind=units&lang=en', csv, { 'Content-Type': 'text/csv' })
      expect(res.status).toBe(422)
      const body = await readJson(res, ImportRejectionSchema)
      expect(body.error.code).toBe('IMPORT_INVALID')
      expect(body.errors).toContainEqual(
        expect.objectContaining({ row: 2, column: 'name', code: 'CONTROL_CHARACTER' }),
      )
      expect(body.errors).toContainEqual(
        expect.objectContaining({ row: 3, column: 'name', code: 'CELL_TOO_LONG' }),
      )
      for (const issue of body.errors) expect(issue.message.length).toBeLessThan(200)
      expect(await t.db.selectFrom('unit').where('code', '=', 'X1').selectAll().execute()).toEqual(
        [],
      )
    })

    it('cuts an unknown 5,000-character header to 80 characters in the answer', async () => {
      const res = await post('kind=units&lang=en', `code,${'x'.repeat(5000)}\nX1,1\n`, {
        'Content-Type': 'text/csv',
      })
      expect(res.status).toBe(422)
      const body = await readJson(res, ImportRejectionSchema)
      for (const issue of body.errors) {
        expect(issue.message.length).toBeLessThan(200)
        expect((issue.column ?? '').length).toBeLessThanOrEqual(80)
      }
    })

    it('refuses a scheme of 20,000 fields with 422, not a 500', async () => {
      const rows = Array.from(
        { length: 20_000 },
        (_, i) => `LA,DISTRICT,2023,,Bộ chỉ số,field,F${i},1`,
      )
      const csv = `province_code,unit_kind,year_from,year_to,name,item,code,max_points\n${rows.join('\n')}\n`
      const res = await post('kind=schemes&lang=en', csv, { 'Content-Type': 'text/csv' })
      expect(res.status).toBe(422)
      const body = await readJson(res, ImportRejectionSchema)
      expect(body.errors.map((e) => e.code)).toContain('TOO_MANY_ITEMS')
    }, 30_000)

    it('answers X-File-Name: % and a body declared multipart that is not with 400', async () => {
      const bad = await post('kind=units', 'code\nX', {
        'Content-Type': 'text/csv',
        'X-File-Name': '%',
      })
      expect(bad.status).toBe(400)
      expect((await readJson(bad, ApiErrorBodySchema)).error.code).toBe('VALIDATION_FAILED')
      const nul = await post('kind=units', 'code\nX', {
        'Content-Type': 'text/csv',
        'X-File-Name': 'a%00.csv',
      })
      expect(nul.status).toBe(400)
      const multipart = await post('kind=units', 'not a multipart body', {
        'Content-Type': 'multipart/form-data; boundary=xyz',
      })
      expect(multipart.status).toBe(400)
      expect((await readJson(multipart, ApiErrorBodySchema)).error.code).toBe('VALIDATION_FAILED')
    })
  })
}
