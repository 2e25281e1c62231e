import { describe, expect, it } from 'vitest'
import type { ImportIssue } from '#shared/dto/import.ts'
import { ROW_WIDE, toPreviewGrid } from './preview-grid.ts'

const issue = (row: number, column: string | null, message: string): ImportIssue => ({
  row,
  column,
  code: 'INVALID_NUMBER',
  message,
})

describe('toPreviewGrid', () => {
  it('puts each error on its spreadsheet row and column, sorted by row', () => {
    const grid = toPreviewGrid({
      errors: [issue(4, 'Tổng điểm', 'không phải số'), issue(2, 'Năm', 'năm sai'), issue(4, 'Năm', 'trống')],
      warnings: [],
      preview: [],
    })
    expect(grid.issueColumns).toEqual(['Tổng điểm', 'Năm'])
    expect(grid.lines.map((l) => l.row)).toEqual([2, 4])
    expect(grid.lines[1]?.cells['Tổng điểm']).toEqual({ level: 'error', messages: ['không phải số'] })
    expect(grid.lines[1]?.level).toBe('error')
  })

  it('merges actions with warnings; an error outranks a warning in the same cell', () => {
    const grid = toPreviewGrid({
      errors: [issue(3, 'Chỉ số', 'sai')],
      warnings: [issue(3, 'Chỉ số', 'lệch'), issue(2, null, 'đã công bố')],
      preview: [
        { row: 2, action: 'update', key: 'A:2025', changes: { points: { before: 80, after: 81 } } },
        { row: 3, action: 'insert', key: 'B:2025' },
      ],
    })
    const [two, three] = grid.lines
    expect(two).toMatchObject({ row: 2, action: 'update', key: 'A:2025', level: 'warning' })
    expect(two?.cells[ROW_WIDE]?.messages).toEqual(['đã công bố'])
    expect(three?.cells['Chỉ số']).toEqual({ level: 'error', messages: ['sai', 'lệch'] })
    expect(grid.issueColumns).toEqual(['Chỉ số'])
  })

  it('lists rows that only have an action, with no issue columns', () => {
    const grid = toPreviewGrid({
      errors: [],
      warnings: [],
      preview: [{ row: 2, action: 'unchanged', key: 'A' }],
    })
    expect(grid).toEqual({
      issueColumns: [],
      lines: [{ row: 2, key: 'A', unit: null, year: null, values: null, action: 'unchanged', changes: null, cells: {}, level: null }],
    })
  })
})

describe('toPreviewGrid, the record of each line', () => {
  it('takes the unit, year and values of the preview, and the unit as written on a row in error', () => {
    const grid = toPreviewGrid({
      preview: [
        {
          row: 2,
          action: 'insert',
          key: 'TAY_NINH.VP_UBND|2024',
          unit: { code: 'TAY_NINH.VP_UBND', name: 'Văn phòng UBND tỉnh' },
          year: 2024,
          values: { points: 69.25, max_points: 71.5 },
        },
      ],
      errors: [{ row: 3, column: 'Điểm', code: 'INVALID_NUMBER', message: 'x', unit: 'Thanh tra tỉnh' }],
      warnings: [],
    })
    expect(grid.lines.map((l) => [l.row, l.unit, l.year, l.values])).toEqual([
      [2, { code: 'TAY_NINH.VP_UBND', name: 'Văn phòng UBND tỉnh' }, 2024, { points: 69.25, max_points: 71.5 }],
      [3, { code: 'Thanh tra tỉnh', name: null }, null, null],
    ])
  })
})
