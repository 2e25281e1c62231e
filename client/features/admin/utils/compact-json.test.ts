import { describe, expect, it } from 'vitest'
import { auditSubject, describeAuditChange } from './compact-json.ts'

const change = (before: unknown, after: unknown, entityKey = 'k') => ({ entityKey, before, after })

describe('describeAuditChange', () => {
  it('lists only the keys that changed, by name in the reader’s language', () => {
    const before = { email: 'a@x.vn', role: 'EDITOR', disabled_at: null }
    const after = { email: 'a@x.vn', role: 'ADMIN', disabled_at: null }
    expect(describeAuditChange(change(before, after))).toBe('Vai trò: EDITOR → ADMIN')
    expect(describeAuditChange(change(before, after), 'en')).toBe('Role: EDITOR → ADMIN')
    // A coded value the caller names (a role, from the pages' strings).
    const valueLabel = (column: string, value: string) =>
      column === 'role' ? { EDITOR: 'Biên tập viên', ADMIN: 'Quản trị viên' }[value] : undefined
    expect(describeAuditChange(change(before, after), 'vi', { valueLabel })).toBe(
      'Vai trò: Biên tập viên → Quản trị viên',
    )
  })

  it('says a publication as the pages do, leaving the bookkeeping out', () => {
    const before = {
      status: 'DRAFT',
      decision_no: null,
      decision_date: null,
      updated_at: '2026-12-05T17:23:53.616Z',
    }
    const after = {
      status: 'PUBLISHED',
      decision_no: '507/QĐ-BNV',
      decision_date: '2026-04-09',
      updated_at: '2026-12-05T17:23:53.758Z',
    }
    const status = { DRAFT: 'Bản nháp', PUBLISHED: 'Đã công bố' } as Record<string, string>
    const valueLabel = (column: string, value: string) =>
      column === 'status' ? status[value] : undefined
    expect(describeAuditChange(change(before, after), 'vi', { valueLabel })).toBe(
      'Trạng thái: Bản nháp → Đã công bố; Số quyết định: ∅ → 507/QĐ-BNV; Ngày quyết định: ∅ → 09/04/2026',
    )
    expect(describeAuditChange(change(before, after), 'en')).toBe(
      'Status: DRAFT → PUBLISHED; Decision no.: ∅ → 507/QĐ-BNV; Decision date: ∅ → 9 April 2026',
    )
  })

  it('counts an import’s inserts into a table', () => {
    expect(describeAuditChange(change(null, { rows: 208 }, '*'))).toBe('208 dòng mới')
    expect(describeAuditChange(change(null, { rows: 1, keys: ['A|2025'] }, '*'), 'en')).toBe(
      '1 row added',
    )
    // Its undo: the same rows out again.
    expect(describeAuditChange(change({ rows: 3, keys: ['A|2025'] }, null, '*'))).toBe(
      '3 dòng đã gỡ',
    )
  })

  it('marks other inserts and deletes', () => {
    expect(describeAuditChange(change(null, { year: 2025 }))).toBe('+ {"year":2025}')
    expect(describeAuditChange(change({ year: 2025 }, null))).toBe('− {"year":2025}')
  })

  it('shows empty values as ∅ and shortens long text', () => {
    expect(describeAuditChange(change({ a: null }, { a: 'x' }))).toBe('a: ∅ → x')
    const long = describeAuditChange(change(null, { text: 'x'.repeat(500) }), 'vi', {
      maxLength: 40,
    })
    expect(long).toHaveLength(40)
    expect(long.endsWith('…')).toBe(true)
  })
})

describe('auditSubject', () => {
  it('names a user by email, a yearly row with its year, and falls back to the key', () => {
    expect(
      auditSubject({ entityKey: 'u-1', before: null, after: { email: 'a@x.vn', role: 'EDITOR' } }),
    ).toBe('a@x.vn')
    expect(
      auditSubject({
        entityKey: 'AN_GIANG|2025',
        before: null,
        after: { unit_code: 'AN_GIANG', year: 2025 },
      }),
    ).toBe('AN_GIANG · 2025')
    expect(
      auditSubject({
        entityKey: 'read_access',
        before: { value: 'public' },
        after: { value: 'login' },
      }),
    ).toBe('read_access')
  })

  it('names an import’s inserts into a table as the whole import', () => {
    expect(auditSubject({ entityKey: '*', before: null, after: { rows: 3 } }, 'en')).toBe(
      'the whole import',
    )
  })
})
