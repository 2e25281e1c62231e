import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createTestQueryClient } from '#client/testing/create-test-query-client.ts'
import type * as DataQueries from '../api/data.queries.ts'
import { ImportSection } from './import-section.tsx'

const SERVER_WORDS =
  'Tìm đơn vị theo tên cần tham số ?parent= (mã đơn vị cấp trên): 19 dòng của tệp chỉ ghi tên đơn vị, không ghi mã'

// The server's answer to a file of 19 unit names sent without a parent: one file-wide error.
vi.mock('../api/data.queries.ts', async (original) => ({
  ...(await original<typeof DataQueries>()),
  uploadImport: async () => ({
    kind: 'assessments',
    dryRun: true,
    rows: 19,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    errors: [
      { row: 2, column: 'unit_name', code: 'PARENT_REQUIRED', message: SERVER_WORDS, details: { rows: 19 } },
    ],
    warnings: [],
    batchId: null,
    preview: [],
    rejected: true,
  }),
}))

describe('ImportSection, a file of unit names without a parent', () => {
  it('says it once, pointing to the form’s “Đơn vị cấp trên” field, not to the API', async () => {
    const user = userEvent.setup()
    render(
      <QueryClientProvider client={createTestQueryClient()}>
        <ImportSection />
      </QueryClientProvider>,
    )
    await user.upload(
      screen.getByLabelText('Tệp dữ liệu (CSV, XLSX)'),
      new File(['unit_name,year\n'], 'missing-unitcode.csv', { type: 'text/csv' }),
    )
    await user.click(screen.getByRole('button', { name: 'Kiểm tra và xem trước' }))
    const notice = await screen.findByText(/^Tệp chỉ ghi tên đơn vị, không ghi mã \(ở 19 dòng\)/)
    expect(notice).toHaveTextContent('hãy điền ô “Đơn vị cấp trên” ở trên')
    expect(screen.queryByText(/\?parent=/)).toBeNull()
    // Not on a row of the preview either, nor in the phone's list.
    expect(screen.queryByTestId('import-preview')).toBeNull()
    expect(screen.queryByRole('list', { name: 'Các vấn đề của tệp' })).toBeNull()
    const parent = screen.getByLabelText('Đơn vị cấp trên (không bắt buộc)')
    expect(parent).toHaveAttribute('aria-invalid', 'true')
    expect(parent).toHaveAccessibleDescription(/Tệp chỉ ghi tên đơn vị/)
    await user.click(within(notice).getByRole('button', { name: 'Điền ô Đơn vị cấp trên' }))
    expect(parent).toHaveFocus()
  })
})
