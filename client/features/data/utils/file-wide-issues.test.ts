import { describe, expect, it } from 'vitest'
import type { ImportIssue } from '#shared/dto/import.ts'
import { fileWideIssues } from './file-wide-issues.ts'

const issue = (row: number, code: ImportIssue['code'], details?: unknown): ImportIssue => ({
  row,
  column: 'unit_name',
  code,
  message: code,
  ...(details === undefined ? {} : { details }),
})

describe('fileWideIssues', () => {
  it('takes the missing parent off the rows, with its count', () => {
    const bad = issue(5, 'INVALID_NUMBER')
    expect(fileWideIssues({ errors: [issue(2, 'PARENT_REQUIRED', { rows: 19 }), bad] })).toEqual({
      needsParent: { rows: 19 },
      needsYear: false,
      rowIssues: [bad],
    })
  })

  it('counts one a row when the answer said it on every row', () => {
    const errors = [issue(2, 'PARENT_REQUIRED'), issue(3, 'PARENT_REQUIRED')]
    expect(fileWideIssues({ errors }).needsParent).toEqual({ rows: 2 })
  })

  it('has nothing file-wide otherwise', () => {
    expect(fileWideIssues({ errors: [] })).toEqual({ needsParent: null, needsYear: false, rowIssues: [] })
  })

  it('takes a missing year column off the rows; another missing column stays', () => {
    const unit = issue(4, 'MISSING_COLUMN', { key: 'unit_code' })
    expect(fileWideIssues({ errors: [issue(4, 'MISSING_COLUMN', { key: 'year' }), unit] })).toEqual({
      needsParent: null,
      needsYear: true,
      rowIssues: [unit],
    })
  })
})
