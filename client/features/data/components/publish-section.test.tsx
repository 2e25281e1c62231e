import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18n from 'i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CohortSummary } from '#shared/dto/cohort.ts'
import type { PublishBody } from '#shared/schemas/publications.schema.ts'
import { cohortQueries } from '#client/cohorts/api/cohorts.queries.ts'
import { createTestQueryClient } from '#client/testing/create-test-query-client.ts'
import { dataQueries, type CohortKey } from '../api/data.queries.ts'
import type * as DataQueries from '../api/data.queries.ts'
import { PublishSection } from './publish-section.tsx'

const published = vi.hoisted(() => [] as PublishBody[])
const unpublished = vi.hoisted(() => [] as (CohortKey & { year: number })[])

vi.mock('../api/data.queries.ts', async (original) => ({
  ...(await original<typeof DataQueries>()),
  publish: async (body: PublishBody) => {
    published.push(body)
    return { status: 'PUBLISHED' as const, year: body.year, units: 3 }
  },
  unpublish: async (cohort: CohortKey & { year: number }) => {
    unpublished.push(cohort)
    return { status: 'DRAFT' as const, year: cohort.year, units: 3 }
  },
}))

const COHORT: CohortSummary = {
  parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
  kind: 'DISTRICT',
  block: null,
  years: [2025],
  latestYear: 2025,
  unitCount: 3,
  publishedSize: null,
  current: true,
}
const KEY: CohortKey = { parent: 'LONG_AN', kind: 'DISTRICT', block: null }

const DRAFT_2025 = { year: 2025, status: 'DRAFT', decisionNo: null, decisionDate: null, units: 3 }

function renderSection(years: object[] = [DRAFT_2025]) {
  const client = createTestQueryClient()
  client.setQueryData(cohortQueries.list().queryKey, { items: [COHORT] } as never)
  client.setQueryData(dataQueries.publications(KEY).queryKey, { items: years } as never)
  render(
    <QueryClientProvider client={client}>
      <PublishSection />
    </QueryClientProvider>,
  )
}

/** The year after this one: a decision can never be dated in it. */
const NEXT_YEAR = new Date().getFullYear() + 1

describe('PublishSection decision date', () => {
  beforeEach(() => {
    published.length = 0
  })
  afterEach(async () => {
    await i18n.changeLanguage('vi')
  })

  it('reads dd/mm/yyyy, says the date in words and publishes that day', async () => {
    const user = userEvent.setup()
    renderSection()
    const date = await screen.findByLabelText('Ngày quyết định')
    // Text typed day first, whatever the browser's language: no native date picker.
    expect(date).toHaveAttribute('type', 'text')
    expect(date).toHaveAttribute('inputmode', 'numeric')
    expect(date).toHaveAttribute('placeholder', 'dd/mm/yyyy')
    await user.type(screen.getByLabelText('Số quyết định'), '99/QĐ-UBND')
    await user.type(date, '9.4.2026')
    expect(date).toHaveAccessibleDescription(
      'Ngày/tháng/năm, ví dụ 09/04/2026 Quyết định ngày 9 tháng 4 năm 2026',
    )
    await user.tab()
    expect(date).toHaveValue('09/04/2026')
    await user.click(screen.getByRole('button', { name: 'Công bố' }))
    await user.click(screen.getByRole('button', { name: 'Xác nhận công bố' }))
    await waitFor(() => expect(published).toHaveLength(1))
    expect(published[0]).toMatchObject({ year: 2025, decisionNo: '99/QĐ-UBND', decisionDate: '2026-04-09' })
  })

  it('reads the same day first in English, said in English words', async () => {
    await i18n.changeLanguage('en')
    const user = userEvent.setup()
    renderSection()
    const date = await screen.findByLabelText('Decision date')
    await user.type(screen.getByLabelText('Decision number'), '99/QĐ-UBND')
    // A phone's number pad has no slash: eight digits are a day, a month and a year.
    await user.type(date, '09042026')
    expect(screen.getByText('Decision of 9 April 2026')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Publish' }))
    await user.click(screen.getByRole('button', { name: 'Confirm publication' }))
    await waitFor(() => expect(published).toHaveLength(1))
    expect(published[0]?.decisionDate).toBe('2026-04-09')
  })

  it('refuses no such day and a day after today, naming the field, and publishes nothing', async () => {
    const user = userEvent.setup()
    renderSection()
    const date = await screen.findByLabelText('Ngày quyết định')
    await user.type(screen.getByLabelText('Số quyết định'), '99/QĐ-UBND')
    await user.type(date, '31/02/2026')
    // Nothing said while typing, nor any date read.
    expect(date).not.toHaveAttribute('aria-invalid')
    expect(screen.queryByText(/Quyết định ngày/)).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Công bố' }))
    expect(date).toHaveAttribute('aria-invalid', 'true')
    expect(date).toHaveFocus()
    expect(date).toHaveAccessibleDescription(
      'Ngày/tháng/năm, ví dụ 09/04/2026 Ngày quyết định: 31/02/2026 không phải là một ngày có thật.',
    )

    await user.clear(date)
    await user.type(date, `01/01/${NEXT_YEAR}`)
    expect(screen.getByText(/Ngày quyết định không được sau hôm nay/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Công bố' }))

    await user.clear(date)
    await user.type(date, '2026-04-09')
    expect(screen.getByText(/hãy nhập theo dạng ngày\/tháng\/năm/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Công bố' }))
    expect(published).toHaveLength(0)
  })
})

describe('PublishSection asks before publishing', () => {
  beforeEach(() => {
    published.length = 0
  })

  it('names the cohort, year, units and decision, says imports cannot be undone after; Cancel publishes nothing', async () => {
    const user = userEvent.setup()
    renderSection()
    await user.type(await screen.findByLabelText('Số quyết định'), '512/QĐ-UBND')
    await user.type(screen.getByLabelText('Ngày quyết định'), '20/02/2025')
    await user.click(screen.getByRole('button', { name: 'Công bố' }))
    expect(published).toHaveLength(0)
    expect(screen.getByRole('alertdialog')).toHaveAccessibleName(
      'Công bố năm 2025 của nhóm “Tỉnh Long An — Cấp huyện” (3 đơn vị) theo Quyết định 512/QĐ-UBND ' +
        'ngày 20/02/2025? Kết quả sẽ hiện ngay với mọi người xem. Sau khi công bố, các lần nhập dữ ' +
        'liệu của năm 2025 không hoàn tác được nữa; muốn sửa, hãy nhập lại tệp đã chỉnh.',
    )
    expect(screen.getByRole('button', { name: 'Xác nhận công bố' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Hủy' }))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(published).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: 'Công bố' }))
    await user.click(screen.getByRole('button', { name: 'Xác nhận công bố' }))
    await waitFor(() => expect(published).toHaveLength(1))
    expect(await screen.findByText('Đã công bố năm 2025 (3 đơn vị).')).toBeInTheDocument()
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })

  it('says which decision a published year stands under before replacing it', async () => {
    const user = userEvent.setup()
    renderSection([
      { year: 2025, status: 'PUBLISHED', decisionNo: '118/QĐ-UBND', decisionDate: '2026-01-16', units: 3 },
    ])
    await user.type(await screen.findByLabelText('Số quyết định'), '512/QĐ-UBND')
    await user.type(screen.getByLabelText('Ngày quyết định'), '20/02/2025')
    await user.click(screen.getByRole('button', { name: 'Công bố' }))
    expect(screen.getByRole('alertdialog')).toHaveAccessibleName(
      /^Năm 2025 của nhóm “Tỉnh Long An — Cấp huyện” đang công bố theo Quyết định 118\/QĐ-UBND ngày 16\/01\/2026\. Thay bằng Quyết định 512\/QĐ-UBND ngày 20\/02\/2025\?/,
    )
    expect(published).toHaveLength(0)
  })
})

describe('PublishSection returning a year to draft', () => {
  const PUBLISHED_2024 = {
    year: 2024,
    status: 'PUBLISHED',
    decisionNo: '999/QĐ-UBND',
    decisionDate: '2025-03-15',
    units: 3,
  }
  beforeEach(() => {
    unpublished.length = 0
  })
  afterEach(async () => {
    await i18n.changeLanguage('vi')
  })

  it('asks first, naming the cohort, the year and the decision; Cancel changes nothing', async () => {
    const user = userEvent.setup()
    renderSection([DRAFT_2025, PUBLISHED_2024])
    await user.click(await screen.findByRole('button', { name: 'Chuyển năm 2024 về nháp' }))
    const dialog = screen.getByRole('alertdialog')
    expect(dialog).toHaveAccessibleName(
      'Chuyển năm 2024 của nhóm “Tỉnh Long An — Cấp huyện” về bản nháp? Kết quả năm 2024 đang công bố ' +
        'theo Quyết định 999/QĐ-UBND ngày 15/03/2025 sẽ bị ẩn ngay với mọi người xem, cho đến ' +
        'khi được công bố lại.',
    )
    expect(screen.getByRole('button', { name: 'Xác nhận chuyển về nháp' })).toHaveFocus()
    expect(unpublished).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: 'Hủy' }))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(unpublished).toHaveLength(0)
  })

  it('returns the year to draft once confirmed and says its decision stays on record', async () => {
    await i18n.changeLanguage('en')
    const user = userEvent.setup()
    renderSection([DRAFT_2025, PUBLISHED_2024])
    await user.click(await screen.findByRole('button', { name: 'Return 2024 to draft' }))
    expect(screen.getByRole('alertdialog')).toHaveAccessibleName(
      /^Return 2024 of “Tỉnh Long An — Districts” to draft\? The 2024 results published under Decision 999\/QĐ-UBND of 15 March 2025 are hidden/,
    )
    await user.click(screen.getByRole('button', { name: 'Confirm return to draft' }))
    await waitFor(() => expect(unpublished).toEqual([{ ...KEY, year: 2024 }]))
    expect(await screen.findByText(/^Returned 2024 to draft \(3 units\)\./)).toHaveTextContent(
      'Decision 999/QĐ-UBND of 15 March 2025 stays on record in the table below, marked “not in force”',
    )
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })

  it('marks a draft year’s recorded decision as not in force', async () => {
    renderSection([{ ...PUBLISHED_2024, status: 'DRAFT' }])
    const row = await screen.findByRole('row', { name: /2024/ })
    expect(row).toHaveTextContent('999/QĐ-UBND (chưa có hiệu lực: năm đang là bản nháp)')
  })
})

describe('PublishSection cohort picker', () => {
  it('tells apart by their years two cohorts it would name alike', async () => {
    const department = (block: string | null, years: number[]): CohortSummary => ({
      ...COHORT,
      parent: { code: 'TAY_NINH', name: 'Tỉnh Tây Ninh' },
      kind: 'DEPARTMENT',
      block,
      years,
      latestYear: Math.max(...years),
    })
    const client = createTestQueryClient()
    client.setQueryData(cohortQueries.list().queryKey, {
      items: [COHORT, department('Sở, ban, ngành', [2022, 2023, 2025]), department(null, [2024])],
    } as never)
    for (const block of ['Sở, ban, ngành', null]) {
      client.setQueryData(
        dataQueries.publications({ parent: 'TAY_NINH', kind: 'DEPARTMENT', block }).queryKey,
        { items: [] } as never,
      )
    }
    client.setQueryData(dataQueries.publications(KEY).queryKey, { items: [DRAFT_2025] } as never)
    render(
      <QueryClientProvider client={client}>
        <PublishSection />
      </QueryClientProvider>,
    )
    const picker = await screen.findByLabelText('Nhóm đơn vị')
    const labels = [...picker.querySelectorAll('option')].map((o) => o.textContent)
    expect(labels).toEqual(
      expect.arrayContaining([
        'Tỉnh Long An — Cấp huyện',
        'Tỉnh Tây Ninh — Sở, ban, ngành (2022–2023, 2025)',
        'Tỉnh Tây Ninh — Sở, ban, ngành (2024)',
      ]),
    )
  })
})

describe('PublishSection offers the decision on record', () => {
  beforeEach(() => {
    published.length = 0
  })

  it('fills a draft year’s recorded decision, says where it comes from, and publishes it once confirmed', async () => {
    const user = userEvent.setup()
    renderSection([
      { year: 2025, status: 'DRAFT', decisionNo: '885/QĐ-UBND', decisionDate: '2026-06-08', units: 3 },
      { year: 2024, status: 'DRAFT', decisionNo: null, decisionDate: null, units: 3 },
    ])
    const no = await screen.findByLabelText('Số quyết định')
    expect(no).toHaveValue('885/QĐ-UBND')
    expect(screen.getByLabelText('Ngày quyết định')).toHaveValue('08/06/2026')
    expect(screen.getByTestId('publish-recorded-decision')).toHaveTextContent(
      'Quyết định 885/QĐ-UBND là quyết định đang ghi nhận cho năm này',
    )
    // A year with none on record offers none; back to the first, it is offered again.
    await user.selectOptions(screen.getByLabelText('Năm'), '2024')
    expect(no).toHaveValue('')
    expect(screen.getByLabelText('Ngày quyết định')).toHaveValue('')
    expect(screen.queryByTestId('publish-recorded-decision')).toBeNull()
    await user.selectOptions(screen.getByLabelText('Năm'), '2025')
    expect(no).toHaveValue('885/QĐ-UBND')
    await user.click(screen.getByRole('button', { name: 'Công bố' }))
    await user.click(screen.getByRole('button', { name: 'Xác nhận công bố' }))
    await waitFor(() => expect(published).toHaveLength(1))
    expect(published[0]).toMatchObject({ year: 2025, decisionNo: '885/QĐ-UBND', decisionDate: '2026-06-08' })
  })

  it('keeps what the editor typed when another year is chosen, and offers nothing for a published year', async () => {
    const user = userEvent.setup()
    renderSection([
      { year: 2025, status: 'PUBLISHED', decisionNo: '118/QĐ-UBND', decisionDate: '2026-01-16', units: 3 },
      { year: 2024, status: 'DRAFT', decisionNo: '77/QĐ-UBND', decisionDate: '2025-02-01', units: 3 },
    ])
    const no = await screen.findByLabelText('Số quyết định')
    // The first draft year is chosen first: 2024, with its decision on record.
    expect(no).toHaveValue('77/QĐ-UBND')
    await user.selectOptions(screen.getByLabelText('Năm'), '2025')
    expect(no).toHaveValue('')
    await user.type(no, '512/QĐ-UBND')
    await user.selectOptions(screen.getByLabelText('Năm'), '2024')
    expect(no).toHaveValue('512/QĐ-UBND')
    expect(screen.queryByTestId('publish-recorded-decision')).toBeNull()
  })
})

describe('PublishSection in English', () => {
  afterEach(async () => {
    await i18n.changeLanguage('vi')
  })

  it('says one unit in the singular', async () => {
    await i18n.changeLanguage('en')
    const user = userEvent.setup()
    renderSection([{ year: 2025, status: 'DRAFT', decisionNo: null, decisionDate: null, units: 1 }])
    await user.type(await screen.findByLabelText('Decision number'), '512/QĐ-UBND')
    await user.type(screen.getByLabelText('Decision date'), '20/02/2025')
    await user.click(screen.getByRole('button', { name: 'Publish' }))
    expect(screen.getByRole('alertdialog')).toHaveAccessibleName(
      /^Publish 2025 of “[^”]+” \(1 unit\) under Decision 512\/QĐ-UBND/,
    )
  })
})
