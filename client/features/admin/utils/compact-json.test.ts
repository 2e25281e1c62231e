import { describe, expect, it } from 'vitest'
import { auditSubject, describeAuditChange } from './compact-json.ts'

describe('describeAuditChange', () => {
  it('lists only the keys that changed', () => {
    expect(
      describeAuditChange(
        { email: 'a@x.vn', role: 'EDITOR', disabled_at: null },
        { email: 'a@x.vn', role: 'ADMIN', disabled_at: null },
      ),
    ).toBe('role: EDITOR → ADMIN')
  })
  it('marks inserts and deletes', () => {
    expect(describeAuditChange(null, { year: 2025 })).toBe('+ {"year":2025}')
    expect(describeAuditChange({ year: 2025 }, null)).toBe('− {"year":2025}')
  })
  it('shows empty values as ∅ and shortens long text', () => {
    expect(describeAuditChange({ a: null }, { a: 'x' })).toBe('a: ∅ → x')
    const long = describeAuditChange(null, { text: 'x'.repeat(500) }, 40)
    expect(long).toHaveLength(40)
    expect(long.endsWith('…')).toBe(true)
  })
})

describe('auditSubject', () => {
  it('names a user by email and falls back to the key', () => {
    expect(
      auditSubject({ entityKey: 'u-1', before: null, after: { email: 'a@x.vn', role: 'EDITOR' } }),
    ).toBe('a@x.vn')
    expect(
      auditSubject({
        entityKey: 'read_access',
        before: { value: 'public' },
        after: { value: 'login' },
      }),
    ).toBe('read_access')
  })
})
