import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { requireRole } from '#server/lib/require-role.ts'
import type { AppEnv } from '#server/lib/app-env.ts'
import { apiError } from '#server/lib/api-error.ts'
import { ImportRejectedError } from '#server/lib/errors.ts'
import { validate } from '#server/lib/validate.ts'
import { IMPORT_FILE_KINDS, type ImportFileKind } from '#shared/import/import-columns.ts'
import { templateCsv, templateRows } from '#shared/import/import-template.ts'
import {
  importHistoryQuerySchema,
  importQuerySchema,
  templateParamSchema,
  undoQuerySchema,
} from '#shared/schemas/imports.schema.ts'
import { importUndoStatus } from './import-history.ts'
import { listImportBatches, toImportBatch } from './imports.repository.ts'
import { MAX_UPLOAD_BYTES, readUpload, requestLang } from './import-request.ts'
import { runImport } from './run-import.ts'
import { undoImport } from '#server/write-path/undo-import.ts'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const uploadLimit = bodyLimit({
  maxSize: MAX_UPLOAD_BYTES,
  onError: (c) => apiError(c, 413, 'PAYLOAD_TOO_LARGE', 'Files are limited to 10 MB'),
})

export const importRoutes = new Hono<AppEnv>()
  .get('/templates/:file', validate('param', templateParamSchema), async (c) => {
    const [name, ext] = c.req.valid('param').file.split('.') as [string, 'csv' | 'xlsx']
    if (!IMPORT_FILE_KINDS.includes(name as ImportFileKind))
      return apiError(c, 404, 'NOT_FOUND', `No template ${name}`)
    const kind = name as ImportFileKind
    const disposition = `attachment; filename="${kind}-template.${ext}"`
    if (ext === 'csv') {
      return c.body(templateCsv(kind), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': disposition,
      })
    }
    const { default: Excel } = await import('exceljs') // loaded on demand (see read-table.ts)
    const workbook = new Excel.Workbook()
    const sheet = workbook.addWorksheet(kind)
    for (const row of templateRows(kind)) sheet.addRow(row)
    sheet.getRow(1).font = { bold: true }
    const buffer = await workbook.xlsx.writeBuffer()
    return c.body(new Uint8Array(buffer as ArrayBuffer), 200, {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': disposition,
    })
  })
  .get('/', requireRole('EDITOR'), validate('query', importHistoryQuerySchema), async (c) => {
    const rows = await listImportBatches(c.var.db, c.req.valid('query').limit)
    return c.json({ items: rows.map(toImportBatch) }, 200)
  })
  .get(
    '/undo-status',
    requireRole('EDITOR'),
    validate('query', importHistoryQuerySchema),
    async (c) => {
      const items = await importUndoStatus(c.var.db, c.req.valid('query').limit)
      return c.json({ items }, 200)
    },
  )
  .post(
    '/',
    requireRole('EDITOR'),
    uploadLimit,
    validate('query', importQuerySchema),
    async (c) => {
      const query = c.req.valid('query')
      const lang = requestLang(c, query.lang)
      const upload = await readUpload(c)
      try {
        const result = await runImport(c.var.db, {
          kind: query.kind,
          ...upload,
          dryRun: query.dryRun,
          parentCode: query.parent,
          year: query.year,
          lang,
          actor: c.var.user,
        })
        return c.json(result, 200)
      } catch (error) {
        // Returned, not thrown: the typed 422 is part of the route's type for hc (ADR 027).
        if (error instanceof ImportRejectedError) return c.json(error.body(), 422)
        throw error
      }
    },
  )
  .post('/:id/undo', requireRole('EDITOR'), validate('query', undoQuerySchema), async (c) => {
    const lang = requestLang(c, c.req.valid('query').lang)
    return c.json(await undoImport(c.var.db, c.req.param('id'), c.var.user, lang), 200)
  })
