import { describe, expect, it } from 'vitest'
import type { ImportIssue } from '#shared/dto/import.ts'
import { groupIssues } from './issue-groups.ts'

const issue = (row: number, code: ImportIssue['code'], column: string | null, message: string = code): ImportIssue => ({
  row,
  column,
  code,
  message,
})

describe('groupIssues', () => {
  it('says one problem of many rows once, counted, with its first five rows, largest first', () => {
    const shifted = Array.from({ length: 25 }, (_, i) =>
      issue(i + 2, 'CELL_WITHOUT_HEADER', '#18', `Giá trị "${String(i)}" nằm ở cột #18`),
    )
    const unknown = issue(30, 'UNKNOWN_UNIT', 'Tên đơn vị')
    expect(groupIssues([unknown, ...shifted])).toEqual([
      {
        code: 'CELL_WITHOUT_HEADER',
        column: '#18',
        example: 'Giá trị "0" nằm ở cột #18',
        count: 25,
        rows: [2, 3, 4, 5, 6],
        rowCount: 25,
      },
      { code: 'UNKNOWN_UNIT', column: 'Tên đơn vị', example: 'UNKNOWN_UNIT', count: 1, rows: [30], rowCount: 1 },
    ])
  })

  it('keeps one code in two columns apart, and a row named once', () => {
    const groups = groupIssues([
      issue(3, 'INVALID_NUMBER', 'Tổng điểm'),
      issue(3, 'INVALID_NUMBER', 'Chỉ số'),
      issue(4, 'INVALID_NUMBER', 'Chỉ số'),
      issue(4, 'INVALID_NUMBER', 'Chỉ số'),
    ])
    expect(groups.map((g) => [g.column, g.count, g.rows])).toEqual([
      ['Chỉ số', 3, [3, 4]],
      ['Tổng điểm', 1, [3]],
    ])
  })
})
