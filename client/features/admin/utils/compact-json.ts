// Audit entries carry whole rows before and after a change; the log shows only what differs, in
// the reader's language where the product knows the column: "Trạng thái: Bản nháp → Đã công bố".

import { formatDate } from '#client/lib/format.ts'

type Json = Record<string, unknown>
type Lang = 'vi' | 'en'

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Bookkeeping every write moves: saying it changed says nothing. */
const BOOKKEEPING = new Set(['updated_at', 'import_batch_id'])

/** The columns an administrator meets most, by name; any other keeps its column name. */
const COLUMN_LABELS: Record<string, Record<Lang, string>> = {
  status: { vi: 'Trạng thái', en: 'Status' },
  decision_no: { vi: 'Số quyết định', en: 'Decision no.' },
  decision_date: { vi: 'Ngày quyết định', en: 'Decision date' },
  points: { vi: 'Điểm', en: 'Points' },
  max_points: { vi: 'Điểm tối đa', en: 'Maximum points' },
  index_pct: { vi: 'Chỉ số', en: 'Index' },
  grade: { vi: 'Xếp loại', en: 'Grade' },
  published_rank: { vi: 'Hạng công bố', en: 'Published rank' },
  published_grade: { vi: 'Xếp loại công bố', en: 'Published grade' },
  published_index_pct: { vi: 'Chỉ số công bố', en: 'Published index' },
  name: { vi: 'Tên', en: 'Name' },
  role: { vi: 'Vai trò', en: 'Role' },
  disabled_at: { vi: 'Khóa lúc', en: 'Disabled at' },
  value: { vi: 'Giá trị', en: 'Value' },
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A column's coded value as the pages name it (a role), where the caller's strings hold it. */
export type ValueLabel = (column: string, value: string) => string | undefined

function show(value: unknown, lang: Lang, column = '', named?: ValueLabel): string {
  if (value === null || value === undefined) return '∅'
  if (typeof value === 'string') {
    const label = named?.(column, value)
    if (label) return label
    if (ISO_DATE.test(value)) return formatDate(value, lang)
    return value
  }
  return JSON.stringify(value)
}

/** An import's inserts into one table, audited as one entry (`{ rows, keys? }`, server BATCH_KEY). */
function batchRows(after: unknown): number | null {
  return isObject(after) && typeof after.rows === 'number' ? after.rows : null
}

/** The entry key of a batch's inserts into one table (write-changes.ts). */
const BATCH_KEY = '*'

/**
 * "Trạng thái: Bản nháp → Đã công bố; Số quyết định: ∅ → 507/QĐ-BNV" for an update (bookkeeping
 * left out, coded values named by `valueLabel`); "208 dòng mới" for an import's inserts into a
 * table and "208 dòng đã gỡ" for their undo; "+ {…}" for another insert and "− {…}" for a
 * delete; keys whose value did not change are left out.
 */
export function describeAuditChange(
  entry: { entityKey?: string; before: unknown; after: unknown },
  lang: Lang = 'vi',
  options: { maxLength?: number; valueLabel?: ValueLabel } = {},
): string {
  const { maxLength = 240, valueLabel } = options
  const { before, after } = entry
  let text: string
  const batch = entry.entityKey === BATCH_KEY
  const added = batch && before == null ? batchRows(after) : null
  // An undo takes a batch's inserts out again: the same count, before rather than after.
  const removed = batch && after == null ? batchRows(before) : null
  if (added !== null) {
    text = lang === 'vi' ? `${added} dòng mới` : `${added} ${added === 1 ? 'row' : 'rows'} added`
  } else if (removed !== null) {
    text =
      lang === 'vi'
        ? `${removed} dòng đã gỡ`
        : `${removed} ${removed === 1 ? 'row' : 'rows'} removed`
  } else if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    text = keys
      .filter((k) => !BOOKKEEPING.has(k))
      .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
      .map((k) => {
        const [from, to] = [before[k], after[k]].map((v) => show(v, lang, k, valueLabel))
        return `${COLUMN_LABELS[k]?.[lang] ?? k}: ${from} → ${to}`
      })
      .join('; ')
  } else if (before === null || before === undefined) {
    text = `+ ${show(after, lang)}`
  } else if (after === null || after === undefined) {
    text = `− ${show(before, lang)}`
  } else {
    text = `${show(before, lang)} → ${show(after, lang)}`
  }
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text
}

const SUBJECT_KEYS = ['email', 'code', 'name', 'unit_code'] as const

/**
 * What an entry is about, readably: a user's email or a unit's code (with the year of a yearly
 * row: "AN_GIANG · 2025") rather than a bare id; an import's inserts into a table, as such.
 */
export function auditSubject(
  entry: { entityKey: string; before: unknown; after: unknown },
  lang: Lang = 'vi',
): string {
  if (entry.entityKey === BATCH_KEY) return lang === 'vi' ? 'cả lần nhập' : 'the whole import'
  for (const row of [entry.after, entry.before]) {
    if (!isObject(row)) continue
    for (const key of SUBJECT_KEYS) {
      const value = row[key]
      if (typeof value === 'string' && value !== '')
        return typeof row.year === 'number' ? `${value} · ${row.year}` : value
    }
  }
  return entry.entityKey
}
