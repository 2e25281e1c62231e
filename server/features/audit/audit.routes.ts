import { Hono } from 'hono'
import type { AuditPage } from '#shared/dto/audit.ts'
import { auditQuerySchema } from '#shared/schemas/users.schema.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { downloadRequest, tableDownload } from '../../lib/table-download/table-download.ts'
import { auditTable } from './audit-table.ts'
import { validate } from '../../lib/validate.ts'
import { requireRole } from '#server/lib/require-role.ts'
import { toAuditEntry } from './audit.mapper.ts'
import { auditCursor, listAudit } from './audit.repository.ts'

export const auditRoutes = new Hono<AppEnv>().get(
  '/',
  requireRole('ADMIN'),
  validate('query', auditQuerySchema),
  async (c) => {
    const query = c.req.valid('query')
    const download = downloadRequest(c)
    const rows = await listAudit(c.var.db, query)
    // A download is the page asked for (the same filters and cursor), not the whole log.
    if (download) return tableDownload(c, download, auditTable(rows.map(toAuditEntry)))
    const last = rows.at(-1)
    const page: AuditPage = {
      items: rows.map(toAuditEntry),
      nextCursor: last && rows.length === query.limit ? auditCursor(last) : null,
    }
    return c.json(page, 200)
  },
)
