// One page of the audit log as a table download: who changed what, when, and the images before
// and after as JSON text.
import type { AuditEntry } from '#shared/dto/audit.ts'
import type {
  DownloadTable,
  TableColumn,
  TableRow,
} from '#server/lib/table-download/table-columns.ts'

/** Excel holds at most 32,767 characters a cell; a longer image is cut with a mark. */
const CELL_MAX = 32_000

export const AUDIT_COLUMNS: readonly TableColumn[] = [
  { key: 'at', vi: 'Thời điểm (UTC)', en: 'At (UTC)', kind: 'text', width: 20 },
  { key: 'actor_email', vi: 'Người thực hiện', en: 'By', kind: 'text', width: 18 },
  { key: 'action', vi: 'Thao tác', en: 'Action', kind: 'text' },
  { key: 'entity', vi: 'Đối tượng', en: 'Entity', kind: 'text' },
  { key: 'entity_key', vi: 'Bản ghi', en: 'Record', kind: 'text', width: 18 },
  { key: 'import_batch_id', vi: 'Lần nhập', en: 'Import', kind: 'text' },
  { key: 'before', vi: 'Trước', en: 'Before', kind: 'text', width: 30 },
  { key: 'after', vi: 'Sau', en: 'After', kind: 'text', width: 30 },
]

function jsonText(value: unknown): string | null {
  if (value === null || value === undefined) return null
  const text = JSON.stringify(value)
  return text.length > CELL_MAX ? `${text.slice(0, CELL_MAX)}…` : text
}

function* auditRows(items: readonly AuditEntry[]): Generator<TableRow> {
  for (const entry of items) {
    yield {
      id: entry.id,
      at: entry.at,
      actor_email: entry.actor?.email ?? null,
      action: entry.action,
      entity: entry.entity,
      entity_key: entry.entityKey,
      import_batch_id: entry.importBatchId,
      before: jsonText(entry.before),
      after: jsonText(entry.after),
    }
  }
}

export function auditTable(items: readonly AuditEntry[]): DownloadTable {
  const first = items.at(-1)?.at.slice(0, 10)
  const last = items.at(0)?.at.slice(0, 10)
  const span = first && last ? (first === last ? first : `${first}–${last}`) : null
  return {
    fileName: ['audit', span],
    title: {
      vi: `Nhật ký thay đổi${span ? ` — ${span}` : ''}`,
      en: `Audit log${span ? ` — ${span}` : ''}`,
    },
    sheetName: { vi: 'Nhật ký thay đổi', en: 'Audit log' },
    columns: AUDIT_COLUMNS,
    rawColumns: ['id', ...AUDIT_COLUMNS.map((c) => c.key)],
    rows: auditRows(items),
    source: {
      vi: 'Nguồn: nhật ký thay đổi của PAR Dashboard (mỗi lần nhập, công bố, sửa đổi; giờ UTC)',
      en: 'Source: PAR Dashboard audit log (every import, publication and edit; times in UTC)',
    },
  }
}
