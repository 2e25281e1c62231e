import { QueryClientProvider } from '@tanstack/react-query'
import { fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createTestQueryClient } from '#client/testing/create-test-query-client.ts'
import { ImportSection } from './import-section.tsx'

function renderSection() {
  return render(
    <QueryClientProvider client={createTestQueryClient()}>
      <ImportSection />
    </QueryClientProvider>,
  )
}

describe('ImportSection file picker', () => {
  it('says in the app’s language which file is chosen, and its button opens the file input', async () => {
    const user = userEvent.setup()
    renderSection()
    const input = screen.getByLabelText('Tệp dữ liệu (CSV, XLSX)')
    expect(input).toHaveAttribute('type', 'file')
    expect(input).toHaveAccessibleDescription('Chưa chọn tệp')
    const click = vi.spyOn(input, 'click')
    // The visible button is for pointers only: keyboards and screen readers reach the input.
    const button = screen.getByText('Chọn tệp…')
    expect(button).toHaveAttribute('aria-hidden', 'true')
    expect(button).toHaveAttribute('tabindex', '-1')
    await user.click(button)
    expect(click).toHaveBeenCalledOnce()
    expect(input).toHaveFocus()

    await user.upload(input, new File(['unit_code,year\n'], 'diem-2025.csv', { type: 'text/csv' }))
    expect(input).toHaveAccessibleDescription('diem-2025.csv')
    expect(screen.getByRole('button', { name: 'Kiểm tra và xem trước' })).toBeEnabled()
  })

  it('takes a file dropped on the picker', () => {
    renderSection()
    const input = screen.getByLabelText('Tệp dữ liệu (CSV, XLSX)')
    const dropped = new File(['unit_code,year\n'], 'khen-thuong.xlsx')
    fireEvent.drop(screen.getByText('Chọn tệp…'), { dataTransfer: { files: [dropped] } })
    expect(input).toHaveAccessibleDescription('khen-thuong.xlsx')
    expect(screen.getByRole('button', { name: 'Kiểm tra và xem trước' })).toBeEnabled()
  })
})
