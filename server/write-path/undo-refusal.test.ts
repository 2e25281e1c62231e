import { describe, expect, it } from 'vitest'
import { groupCauses, refusalText } from './undo-refusal.ts'

const later = {
  kind: 'import' as const,
  batchId: 'b2',
  fileName: 'khen-thuong-sua.csv',
  at: '2026-12-06T01:00:00.000Z',
}

describe('undo refusal causes', () => {
  it('counts a row once however many times the log names it, with a cause or without', () => {
    const causes = groupCauses([
      { row: 'award_grant:1', cause: later },
      { row: 'award_grant:1', cause: later },
      { row: 'assessment:A|2024', cause: null },
      { row: 'assessment:A|2024', cause: null },
      { row: 'assessment:B|2024', cause: null },
    ])
    expect(causes.imports).toEqual([{ ...later, rows: 1 }])
    expect(causes.unnamed).toBe(2)
    expect(refusalText(causes, 'en')).toContain('2 rows were changed since')
  })
})
