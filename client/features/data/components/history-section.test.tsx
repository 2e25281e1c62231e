import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18n from 'i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PHONE_QUERY } from '#client/lib/use-phone.ts'
import type { ImportBatch, UndoBlockers } from '#shared/dto/import.ts'
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

type Row = { batch: ImportBatch; undoBlockedBy: UndoBlockers | null }

const batch = (
  id: string,
  fileName: string,
  createdAt: string,
  undoBlockedBy: UndoBlockers | null = null,
): Row => ({
  undoBlockedBy,
  batch: {
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
  },
})

const PUBLISHED: UndoBlockers = {
  publications: [
    {
      parent: { code: 'TAY_NINH', name: 'Tỉnh Tây Ninh' },
      kind: 'COMMUNE',
      block: 'Phường',
      year: 2025,
      decisionNo: '999/QĐ-UBND',
      decisionDate: '2025-03-15',
      inForce: true,
      rows: 14,
    },
    {
      parent: { code: 'TAY_NINH', name: 'Tỉnh Tây Ninh' },
      kind: 'DEPARTMENT',
      block: '',
      year: 2024,
      decisionNo: '120/QĐ-UBND',
      decisionDate: null,
      inForce: false,
      rows: 5,
    },
  ],
  imports: [],
  edits: [],
  unnamed: 0,
}

const CHANGED_LATER: UndoBlockers = {
  publications: [],
  imports: [
    { batchId: 'b2', fileName: 'good.csv', at: '2026-12-06T05:51:00', rows: 3, rests: false },
  ],
  edits: [],
  unnamed: 0,
}

function renderSection(
  rows = [
    batch('b2', 'good.csv', '2026-12-06T05:51:00'),
    batch('b1', 'assessments-tay-ninh.csv', '2026-12-06T05:42:00'),
  ],
  { statusKnown = true } = {},
) {
  const client = createTestQueryClient()
  client.setQueryData(dataQueries.imports().queryKey, { items: rows.map((r) => r.batch) })
  const status = dataQueries.undoStatus().queryKey
  if (statusKnown)
    client.setQueryData(status, {
      items: rows.map((r) => ({ id: r.batch.id, undoBlockedBy: r.undoBlockedBy })),
    })
  // An answer that has not come yet.
  else client.setQueryDefaults(status, { queryFn: () => new Promise<never>(() => {}) })
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

  it('draws the history before its undo status has come, each undo cell saying it is checked', async () => {
    renderSection(undefined, { statusKnown: false })
    expect(await screen.findAllByText('Đang kiểm tra có hoàn tác được không…')).toHaveLength(2)
    expect(screen.queryByRole('button', { name: /^Hoàn tác/ })).toBeNull()
    expect(screen.getByText('good.csv')).toBeInTheDocument()
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

  it('says, in place of the button, what keeps an import from being undone and what to do', async () => {
    renderSection([
      batch('b3', 'later.csv', '2026-12-06T06:00:00'),
      batch('b2', 'good.csv', '2026-12-06T05:51:00', CHANGED_LATER),
      batch('b1', 'assessments-tay-ninh.csv', '2026-12-06T05:42:00', PUBLISHED),
    ])
    const buttons = await screen.findAllByRole('button', { name: /^Hoàn tác/ })
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Hoàn tác lần nhập “Kết quả chấm điểm” từ tệp later.csv lúc 06/12/2026, 06:00',
    ])
    const [later, published] = screen.getAllByTestId('undo-blocked')
    expect(later).toHaveTextContent(
      'Không hoàn tác được: lần nhập sau (tệp good.csv, 06/12/2026, 05:51) đã thay đổi 3 dòng của nó. ' +
        'Hãy hoàn tác lần nhập sau đó trước (ở phía trên trong lịch sử), rồi hoàn tác lần nhập này.',
    )
    expect(published).toHaveTextContent(
      'Không hoàn tác được: năm 2025 của Tỉnh Tây Ninh (cấp xã — Phường) đã công bố theo ' +
        'Quyết định 999/QĐ-UBND ngày 15/03/2025; năm 2024 của Tỉnh Tây Ninh (sở, ban, ngành) đã ' +
        'công bố theo Quyết định 120/QĐ-UBND (sau đó chuyển về nháp). Kết quả đã công bố không ' +
        'hoàn tác được, kể cả khi chuyển năm về nháp. Để sửa số liệu, hãy nhập tệp đã sửa.',
    )
  })

  it('says it in English too, one row in the singular', async () => {
    await i18n.changeLanguage('en')
    renderSection([
      batch('b2', 'good.csv', '2026-12-06T05:51:00', {
        ...CHANGED_LATER,
        imports: [
          { batchId: 'b3', fileName: 'later.csv', at: '2026-12-06T06:00:00', rows: 1, rests: false },
        ],
      }),
      batch('b1', 'assessments-tay-ninh.csv', '2026-12-06T05:42:00', PUBLISHED),
    ])
    const [later, published] = await screen.findAllByTestId('undo-blocked')
    expect(later).toHaveTextContent(
      'Cannot be undone: a later import (later.csv, 6 December 2026, 06:00) changed one of its rows. ' +
        'Undo that later import first (above in the history), then this one.',
    )
    expect(published).toHaveTextContent(
      'Cannot be undone: Tỉnh Tây Ninh (commune level — Wards), 2025, was published under ' +
        'Decision 999/QĐ-UBND of 15 March 2025',
    )
  })

  describe('on a phone', () => {
    // jsdom has no matchMedia: a phone's width is answered here.
    const realMatchMedia = window.matchMedia
    afterEach(() => {
      window.matchMedia = realMatchMedia
    })

    it('gives an import a block: what, when and its state, its file and counts, its undo or why not', async () => {
      window.matchMedia = (query: string) =>
        ({
          matches: query === PHONE_QUERY,
          media: query,
          addEventListener: () => {},
          removeEventListener: () => {},
        }) as unknown as MediaQueryList
      renderSection([
        batch('b2', 'good.csv', '2026-12-06T05:51:00'),
        batch('b1', 'assessments-tay-ninh.csv', '2026-12-06T05:42:00', PUBLISHED),
      ])
      const list = await screen.findByRole('list', { name: 'Các lần nhập dữ liệu, mới nhất trước' })
      expect(screen.queryByRole('table')).toBeNull()
      const [good, published] = within(list).getAllByRole('listitem')
      expect(within(good!).getByRole('heading', { level: 4 })).toHaveTextContent('Kết quả chấm điểm')
      expect(good).toHaveTextContent('06/12/2026, 05:51 · Đã áp dụng')
      expect(good).toHaveTextContent('good.csv · admin@example.vn · Thêm mới 19, Cập nhật 0')
      expect(within(good!).getByRole('button', { name: /^Hoàn tác/ })).toHaveTextContent('Hoàn tác')
      expect(within(published!).queryByRole('button')).toBeNull()
      expect(within(published!).getByTestId('undo-blocked')).toHaveTextContent(
        /^Không hoàn tác được: năm 2025 của Tỉnh Tây Ninh/,
      )
    })
  })
})
