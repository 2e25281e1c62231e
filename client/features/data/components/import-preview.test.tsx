import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18n from 'i18next'
import { describe, expect, it } from 'vitest'
import type { ImportOutcome } from '../api/data.queries.ts'
import { ImportPreview } from './import-preview.tsx'

const rejected: ImportOutcome = {
  kind: 'assessments',
  dryRun: true,
  rows: 3,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  errors: [
    { row: 3, column: 'Điểm đạt được', code: 'INVALID_NUMBER', message: '"bảy mươi" không phải là số' },
    { row: 4, column: 'Năm', code: 'YEAR_OUT_OF_RANGE', message: 'Năm 1999 nằm ngoài khoảng 2000..2100' },
  ],
  warnings: [],
  batchId: null,
  preview: [],
  rejected: true,
}

describe('ImportPreview', () => {
  it('announces a rejected file and marks each error in its row and column', () => {
    render(<ImportPreview outcome={rejected} />)
    expect(screen.getByRole('alert')).toHaveTextContent('Tệp có 2 lỗi')
    const table = screen.getByRole('table', { name: /Xem trước theo dòng/ })
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent)
    expect(headers).toEqual(['Dòng', 'Bản ghi', 'Thao tác', 'Điểm đạt được', 'Năm', 'Thay đổi'])
    const row3 = within(table).getByRole('rowheader', { name: '3' }).closest('tr') as HTMLElement
    const cells = within(row3).getAllByRole('cell')
    // Cells after the row header: key, action, then the issue columns in header order.
    expect(cells[2]).toHaveAttribute('data-issue', 'error')
    expect(cells[2]).toHaveTextContent('Lỗi: "bảy mươi" không phải là số')
    expect(cells[3]).not.toHaveAttribute('data-issue')
    expect(row3).toHaveClass('row-error')
  })

  it('lists every problem with its row and column for a phone, in row order', () => {
    render(<ImportPreview outcome={rejected} />)
    const list = screen.getByRole('list', { name: 'Các vấn đề của tệp' })
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Dòng 3 · Điểm đạt được Lỗi: "bảy mươi" không phải là số',
      'Dòng 4 · Năm Lỗi: Năm 1999 nằm ngoài khoảng 2000..2100',
    ])
  })

  it('shows the counts and per-row actions of a clean preview without an alert', () => {
    render(
      <ImportPreview
        outcome={{
          ...rejected,
          rejected: false,
          inserted: 1,
          updated: 1,
          unchanged: 1,
          errors: [],
          preview: [
            { row: 2, action: 'insert', key: 'A|2025' },
            { row: 3, action: 'update', key: 'B|2025', changes: { points: { before: 70, after: 71.5 } } },
            { row: 4, action: 'unchanged', key: 'C|2025' },
          ],
        }}
      />,
    )
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByText('Cập nhật', { selector: 'td' }).closest('tr')).toHaveTextContent('Điểm: 70 → 71,5')
    const inserted = screen.getByText('Thêm mới', { selector: 'dt' }).nextElementSibling
    expect(inserted).toHaveTextContent('1')
  })

  it('shows what a clean row will write: the unit by name and code, the year and its figures', () => {
    render(
      <ImportPreview
        outcome={{
          ...rejected,
          rejected: false,
          inserted: 1,
          errors: [],
          preview: [
            {
              row: 2,
              action: 'insert',
              key: 'TAY_NINH.VP_UBND|2024',
              unit: { code: 'TAY_NINH.VP_UBND', name: 'Văn phòng UBND tỉnh' },
              year: 2024,
              values: { points: 69.25, max_points: 71.5, index_pct: 96.85, grade: 'EXCELLENT', published_rank: 1, published_grade: null },
            },
          ],
        }}
      />,
    )
    const table = screen.getByRole('table', { name: /Xem trước theo dòng/ })
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Dòng',
      'Bản ghi',
      'Thao tác',
      'Giá trị sẽ ghi',
      'Thay đổi',
    ])
    const cells = within(within(table).getByRole('rowheader', { name: '2' }).closest('tr') as HTMLElement).getAllByRole('cell')
    expect(cells[0]).toHaveTextContent('Văn phòng UBND tỉnh TAY_NINH.VP_UBND · 2024')
    expect(cells[2]).toHaveTextContent('Điểm 69,25/71,5 · Chỉ số 96,85 % · Xếp loại Xuất sắc · Hạng công bố 1')
  })

  it('names the unit of a row in error as the file writes it', () => {
    render(
      <ImportPreview
        outcome={{
          ...rejected,
          errors: [{ row: 3, column: 'Điểm đạt được', code: 'INVALID_NUMBER', message: 'sai', unit: 'Thanh tra tỉnh' }],
        }}
      />,
    )
    const row3 = screen.getByRole('rowheader', { name: '3' }).closest('tr') as HTMLElement
    expect(within(row3).getAllByRole('cell')[0]).toHaveTextContent('Thanh tra tỉnh')
  })

  it('groups a problem repeated on many rows, counted, with its first rows, above the table', () => {
    const shifted = Array.from({ length: 25 }, (_, i) => ({
      row: i + 2,
      column: '#18',
      code: 'CELL_WITHOUT_HEADER' as const,
      message: `Giá trị "${String(i)}" nằm ở cột #18, cột không có tiêu đề`,
    }))
    render(
      <ImportPreview
        outcome={{
          ...rejected,
          errors: [...shifted, { row: 30, column: 'Tên đơn vị', code: 'UNKNOWN_UNIT', message: 'Không tìm thấy đơn vị "Sở X"' }],
        }}
      />,
    )
    const groups = screen.getByRole('region', { name: 'Các lỗi theo loại (2 loại)' })
    expect(within(groups).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '25 lỗi ở cột “#18” tại dòng 2, 3, 4, 5, 6 và 20 dòng khác. Ví dụ: Giá trị "0" nằm ở cột #18, cột không có tiêu đề',
      '1 lỗi ở cột “Tên đơn vị” tại dòng 30. Không tìm thấy đơn vị "Sở X"',
    ])
  })

  it('says the groups in English, one row or several', async () => {
    await i18n.changeLanguage('en')
    try {
      render(
        <ImportPreview
          outcome={{
            ...rejected,
            errors: [
              { row: 24, column: 'Tên đơn vị', code: 'UNKNOWN_UNIT', message: 'Unknown unit "A"' },
              { row: 26, column: 'Tên đơn vị', code: 'UNKNOWN_UNIT', message: 'Unknown unit "B"' },
            ],
          }}
        />,
      )
      const groups = screen.getByRole('region', { name: 'Errors by kind (1 kind)' })
      expect(within(groups).getByRole('listitem')).toHaveTextContent(
        '2 errors in column “Tên đơn vị” on rows 24, 26. For example: Unknown unit "A"',
      )
    } finally {
      await i18n.changeLanguage('vi')
    }
  })

  it('lists no groups when no problem repeats', () => {
    render(<ImportPreview outcome={rejected} />)
    expect(screen.queryByRole('region', { name: /Các lỗi theo loại/ })).toBeNull()
  })

  it('says a row’s error and warning apart, each its own line', () => {
    render(
      <ImportPreview
        outcome={{
          ...rejected,
          errors: [{ row: 4, column: null, code: 'MISSING_COLUMN', message: 'Thiếu cột "Mã đơn vị" (unit_code)' }],
          warnings: [{ row: 4, column: null, code: 'TITLE_ROWS_SKIPPED', message: 'Các dòng 1–3 nằm trên dòng tiêu đề cột' }],
        }}
      />,
    )
    const row4 = screen.getByRole('rowheader', { name: '4' }).closest('tr') as HTMLElement
    const lines = row4.querySelectorAll('.issue-message')
    expect([...lines].map((l) => l.textContent)).toEqual([
      'Thiếu cột "Mã đơn vị" (unit_code)',
      'Các dòng 1–3 nằm trên dòng tiêu đề cột',
    ])
  })

  it('points a table without a year to the year field, said once, not as a row’s error', async () => {
    const user = userEvent.setup()
    render(
      <>
        <input id="year-field" aria-label="Năm của bảng" />
        <ImportPreview
          yearFieldId="year-field"
          outcome={{
            ...rejected,
            errors: [
              { row: 4, column: null, code: 'MISSING_COLUMN', message: 'Thiếu cột "Năm" (year)', details: { key: 'year' } },
            ],
          }}
        />
      </>,
    )
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Bảng không có cột Năm và dòng tiêu đề cũng không ghi năm: hãy điền ô “Năm của bảng”')
    expect(screen.queryByText(/Thiếu cột "Năm"/)).toBeNull()
    await user.click(within(alert).getByRole('button', { name: 'Điền ô Năm của bảng' }))
    expect(screen.getByLabelText('Năm của bảng')).toHaveFocus()
  })
})
