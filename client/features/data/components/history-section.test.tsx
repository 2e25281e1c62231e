import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18n from 'i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ImportBatch } from '#shared/dto/import.ts'
import { ApiError } from '#client/lib/api-error.ts'
import { createTestQueryClient } from '#client/testing/create-test-query-client.ts'
import { dataQueries } from '../api/data.queries.ts'
import type * as DataQueries from '../api/data.queries.ts'
import { HistorySection } from './history-section.tsx'

const asked = vi.hoisted(() => [] as { id: string; lang: string }[])
const REFUSAL =
  'Không thể hoàn tác lần nhập này: 19 dòng đã được công bố theo Quyết định 999/QĐ-UBND ngày 15/03/2025.'

vi.mock('../api/data.queries.ts', async (original) => ({
  ...(await original<typeof DataQueries>()),
  undoImport: async (input: { id: string; lang: string }) => {
    asked.push(input)
    throw new ApiError(409, 'CONFLICT', REFUSAL)
  },
}))

const batch = (id: string, fileName: string, createdAt: string): ImportBatch => ({
  id,
  kind: 'assessments',
  fileName,
  status: 'APPLIED',
  rows: 19,
  inserted: 19,
  updated: 0,
  unchanged: 0,
  createdBy: 'admin@example.vn',
  createdAt,
  undoneBy: null,
  undoneAt: null,
})

function renderSection() {
  const client = createTestQueryClient()
  client.setQueryData(dataQueries.imports().queryKey, {
    items: [
      batch('b2', 'good.csv', '2026-12-06T05:51:00'),
      batch('b1', 'assessments-tay-ninh.csv', '2026-12-06T05:42:00'),
    ],
  })
  render(
    <QueryClientProvider client={client}>
      <HistorySection />
    </QueryClientProvider>,
  )
}

describe('HistorySection', () => {
  afterEach(async () => {
    asked.length = 0
    await i18n.changeLanguage('vi')
  })

  it('names each undo button by its import: kind, file and time', async () => {
    renderSection()
    const buttons = await screen.findAllByRole('button', { name: /^Hoàn tác/ })
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Hoàn tác lần nhập “Kết quả chấm điểm” từ tệp good.csv lúc 06/12/2026, 05:51',
      'Hoàn tác lần nhập “Kết quả chấm điểm” từ tệp assessments-tay-ninh.csv lúc 06/12/2026, 05:42',
    ])
    // The name starts with what the button shows.
    expect(buttons[0]).toHaveTextContent('Hoàn tác')
  })

  it('asks in the reader’s language and shows the refusal as the server words it, alone', async () => {
    await i18n.changeLanguage('en')
    const user = userEvent.setup()
    renderSection()
    await user.click(await screen.findByRole('button', { name: /^Undo the “Assessment results” import of good\.csv/ }))
    await user.click(screen.getByRole('button', { name: 'Confirm undo' }))
    await waitFor(() => expect(asked).toEqual([{ id: 'b2', lang: 'en' }]))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(REFUSAL, { normalizeWhitespace: true })
    expect(alert.querySelectorAll('p')).toHaveLength(1)
  })
})
