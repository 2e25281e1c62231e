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

vi.mock('../api/data.queries.ts', async (original) => ({
  ...(await original<typeof DataQueries>()),
  publish: async (body: PublishBody) => {
    published.push(body)
    return { status: 'PUBLISHED' as const, year: body.year, units: 3 }
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

function renderSection() {
  const client = createTestQueryClient()
  client.setQueryData(cohortQueries.list().queryKey, { items: [COHORT] } as never)
  client.setQueryData(dataQueries.publications(KEY).queryKey, {
    items: [{ year: 2025, status: 'DRAFT', decisionNo: null, decisionDate: null, units: 3 }],
  } as never)
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
