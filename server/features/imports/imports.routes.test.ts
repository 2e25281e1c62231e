import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '#server/app.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { sameOrigin, signIn } from '#server/test/sign-in.ts'
import { count, fixture, loadBase } from './__fixtures__/fixture-db.ts'
import { readJson } from '#server/test/read-json.ts'
import {
  ImportBatchListSchema,
  ImportUndoStatusListSchema,
  ImportRejectionSchema,
  ImportResultSchema,
  ImportUndoResultSchema,
} from '#shared/dto/import.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`POST /api/imports (${dialect})`, () => {
    let t: TestDb
    let app: App
    let editor: string
    let viewer: string
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db)
      app = createApp(t.db)
      editor = await signIn(app, t.db, 'EDITOR')
      viewer = await signIn(app, t.db, 'VIEWER')
    })
    afterAll(() => t.destroy())

    const post = (
      query: string,
      body: BodyInit,
      headers: Record<string, string> = {},
      cookie = editor,
    ) =>
      app.request(`/api/imports?${query}`, {
        method: 'POST',
        headers: { ...sameOrigin(cookie), ...headers },
        body,
      })

    it('needs a signed-in editor', async () => {
      const anonymous = await app.request('/api/imports?kind=tasks', {
        method: 'POST',
        headers: sameOrigin(),
        body: 'x',
      })
      expect(anonymous.status).toBe(401)
      expect((await post('kind=tasks', 'x', {}, viewer)).status).toBe(403)
      expect((await app.request('/api/imports')).status).toBe(401)
    })

    it('accepts a multipart upload and previews a dry run', async () => {
      const form = new FormData()
      form.append(
        'file',
        new File([fixture('assessments-vi.csv') as BlobPart], 'ket-qua.csv', { type: 'text/csv' }),
      )
      const res = await post('kind=assessments&dryRun=true', form)
      expect(res.status).toBe(200)
      const body = await readJson(res, ImportResultSchema)
      expect(body).toMatchObject({
        kind: 'assessments',
        dryRun: true,
        rows: 3,
        inserted: 3,
        batchId: null,
      })
      expect(await count(t.db, 'assessment')).toBe(0)
    })

    it('accepts the raw body, writes, and lists the batch in the history', async () => {
      const res = await post('kind=assessments', fixture('assessments-vi.csv') as BodyInit, {
        'Content-Type': 'text/csv',
        'X-File-Name': encodeURIComponent('kết quả.csv'),
      })
      expect(res.status).toBe(200)
      expect(await readJson(res, ImportResultSchema)).toMatchObject({ inserted: 3, updated: 0 })
      const history = await app.request('/api/imports', { headers: { Cookie: editor } })
      const items = (await readJson(history, ImportBatchListSchema)).items
      expect(items[0]).toMatchObject({
        kind: 'assessments',
        fileName: 'kết quả.csv',
        rows: 3,
        inserted: 3,
        status: 'APPLIED',
      })
      // Its undo status is asked apart, for the same batches: nothing has touched it since.
      const status = await app.request('/api/imports/undo-status', { headers: { Cookie: editor } })
      const statuses = (await readJson(status, ImportUndoStatusListSchema)).items
      expect(statuses.map((s) => s.id)).toEqual(items.map((b) => b.id))
      expect(statuses[0]).toEqual({ id: items[0]?.id, undoBlockedBy: null })
    })

    it("answers 422 with DESIGN's body and the error envelope, in the asked language", async () => {
      const res = await post(
        'kind=assessments&lang=en',
        fixture('assessments-bad.csv') as BodyInit,
        { 'Content-Type': 'text/csv' },
      )
      expect(res.status).toBe(422)
      const body = await readJson(res, ImportRejectionSchema)
      expect(body).toMatchObject({
        error: { code: 'IMPORT_INVALID' },
        kind: 'assessments',
        rows: 9,
        inserted: 0,
        updated: 0,
      })
      expect(body.errors).toHaveLength(9)
      expect(body.errors[0]?.message).toBe('Unknown unit "LA.NOPE"')
      const vi = await post('kind=assessments', fixture('assessments-bad.csv') as BodyInit, {
        'Content-Type': 'text/csv',
        'Accept-Language': 'vi-VN',
      })
      expect((await readJson(vi, ImportRejectionSchema)).errors[0]?.message).toBe(
        'Không tìm thấy đơn vị "LA.NOPE"',
      )
    })

    it('reads an XLSX upload', async () => {
      const workbook = new ExcelJS.Workbook()
      const sheet = workbook.addWorksheet('Sheet1')
      sheet.addRow(['Mã đơn vị', 'Năm', 'Lĩnh vực', 'Hoàn thành đúng hạn', 'Hoàn thành trễ hạn'])
      sheet.addRow(['LA.TAN_AN', 2022, 'PROCEDURES', 7, 1])
      const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
      const res = await post('kind=tasks', bytes, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      })
      expect(res.status).toBe(200)
      expect(await readJson(res, ImportResultSchema)).toMatchObject({ inserted: 1 })
    })

    it('names the sheets of a workbook it did not read: a table behind a summary tab', async () => {
      const workbook = new ExcelJS.Workbook()
      const summary = workbook.addWorksheet('Tổng hợp')
      summary.addRow(['Khối', 'Số đơn vị', 'Điểm bình quân'])
      summary.addRow(['Huyện', 15, 80.2])
      const detail = workbook.addWorksheet('Chi tiết & ghi chú')
      detail.addRow(['Mã đơn vị', 'Năm', 'Tổng điểm'])
      detail.addRow(['LA.TAN_AN', 2022, 80])
      const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
      const res = await post('kind=assessments&dryRun=true', bytes, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      })
      expect(res.status).toBe(422)
      const body = (await res.json()) as {
        warnings: { row: number; code: string; message: string }[]
      }
      expect(body.warnings).toContainEqual({
        row: 1,
        column: null,
        code: 'OTHER_SHEETS_SKIPPED',
        message:
          'Tệp có 2 trang tính; chỉ đọc trang đầu tiên “Tổng hợp”, bỏ qua “Chi tiết & ghi chú”. Nếu bảng kết quả nằm ở trang khác, hãy kéo trang đó lên đầu (hoặc lưu riêng thành một tệp) rồi tải lên lại',
      })
    })

    it('refuses other media types, oversized bodies and unknown kinds', async () => {
      expect((await post('kind=tasks', '{}', { 'Content-Type': 'application/json' })).status).toBe(
        415,
      )
      const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41)
      expect((await post('kind=tasks', big, { 'Content-Type': 'text/csv' })).status).toBe(413)
      expect((await post('kind=people', 'a', { 'Content-Type': 'text/csv' })).status).toBe(400)
    })

    it('undoes a batch over HTTP', async () => {
      const history = await app.request('/api/imports', { headers: { Cookie: editor } })
      const batch = (await readJson(history, ImportBatchListSchema)).items.find(
        (b) => b.kind === 'tasks',
      )
      const res = await app.request(`/api/imports/${batch?.id}/undo`, {
        method: 'POST',
        headers: sameOrigin(editor),
      })
      expect(res.status).toBe(200)
      expect(await readJson(res, ImportUndoResultSchema)).toMatchObject({ deleted: 1 })
      expect(await count(t.db, 'task_result')).toBe(0)
      // A refusal in the language asked for.
      const again = await app.request(`/api/imports/${batch?.id}/undo?lang=en`, {
        method: 'POST',
        headers: sameOrigin(editor),
      })
      expect(again.status).toBe(409)
      expect(await again.json()).toMatchObject({
        error: { code: 'CONFLICT', message: 'This import is already undone.' },
      })
    })

    it('serves templates that import back cleanly', async () => {
      const csvRes = await app.request('/api/imports/templates/awards.csv')
      expect(csvRes.status).toBe(200)
      expect(csvRes.headers.get('content-type')).toContain('text/csv')
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csvRes.arrayBuffer())
      expect(text.split('\r\n')[0]).toBe(
        '\uFEFFMã đơn vị;Tên đơn vị;Năm;Hình thức khen thưởng;Đối tượng;Số lượng;Tên tập thể, cá nhân;Cấp khen thưởng;Số quyết định;Ngày quyết định;Lý do',
      )
      const xlsx = await app.request('/api/imports/templates/assessments.xlsx')
      expect(xlsx.status).toBe(200)
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load((await xlsx.arrayBuffer()) as never)
      expect(workbook.worksheets[0]?.getRow(1).getCell(1).value).toBe('Mã đơn vị')
      expect((await app.request('/api/imports/templates/people.csv')).status).toBe(404)
    })
  })
}
