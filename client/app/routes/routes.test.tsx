import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '#client/testing/test-api.ts'
import { renderRoute } from '#client/testing/render-with-providers.tsx'

let api: TestApi

beforeAll(async () => {
  api = await startTestApi()
}, 60_000)
afterAll(() => api.destroy())
afterEach(async () => {
  await i18next.changeLanguage('vi')
})

const rowOf = async (table: HTMLElement, name: string) => {
  const cell = await within(table).findByText(name)
  return cell.closest('tr') as HTMLElement
}

describe('rankings page', () => {
  it('shows Thạnh Hóa 5th in 2023 with +5,35 and ↑7, in Vietnamese formats', async () => {
    renderRoute('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
    const table = await screen.findByTestId('rankings-table', {}, { timeout: 10_000 })
    const row = await rowOf(table, 'Huyện Thạnh Hóa')
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent)
    expect(cells[0]).toBe('5/15')
    expect(cells).toContain('80,10')
    expect(cells).toContain('+5,35')
    expect(cells).toContain('↑7')
  })

  it('sorts by a column from its header and keeps the sort in the URL', async () => {
    const { router } = renderRoute('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
    const table = await screen.findByTestId('rankings-table', {}, { timeout: 10_000 })
    const header = within(table).getByRole('button', { name: /Tăng\/giảm/ })
    await userEvent.click(header)
    await userEvent.click(header)
    expect(router.state.location.search).toContain('sort=deltaPct&dir=desc')
    // The server sorts: the page is read again.
    await waitFor(
      () =>
        expect(
          within(screen.getByTestId('rankings-table')).getAllByRole('row')[1],
        ).toHaveTextContent('Huyện Thạnh Hóa'),
      { timeout: 10_000 },
    )
  })
})

describe('states', () => {
  it('explains invalid URL parameters and links to a valid view', async () => {
    renderRoute('/overview?parent=LONG_AN&kind=DISTRICT&year=20x3')
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent('year')
    expect(screen.getByRole('link', { name: 'Mở trang tổng quan mặc định' })).toHaveAttribute(
      'href',
      '/overview',
    )
  })

  it('says there is no data for a year outside the cohort, and links to the years with data', async () => {
    renderRoute('/overview?parent=LONG_AN&kind=DISTRICT&year=2010')
    expect(
      await screen.findByText(
        /Không có dữ liệu cho Tỉnh Long An \(cấp huyện\) năm 2010/,
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Xem năm 2024' })).toHaveAttribute(
      'href',
      '/overview?parent=LONG_AN&kind=DISTRICT&year=2024',
    )
    expect(screen.getByRole('link', { name: '2019' })).toHaveAttribute(
      'href',
      '/overview?parent=LONG_AN&kind=DISTRICT&year=2019',
    )
  })

  it('names an unknown unit and offers a search among its parent’s units', async () => {
    renderRoute('/units/LONG_AN.TAN_AN_X')
    expect(
      await screen.findByRole('heading', { name: 'Không tìm thấy đơn vị' }, { timeout: 10_000 }),
    ).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Không có đơn vị nào mang mã “LONG_AN.TAN_AN_X”.',
    )
    const cohort = await screen.findByRole('combobox', { name: 'Nhóm đơn vị' })
    expect(within(cohort).getByRole('option', { selected: true })).toHaveTextContent(
      /^Tỉnh Long An — /,
    )
    expect(screen.getByRole('searchbox', { name: 'Tìm đơn vị' })).toBeInTheDocument()
  })

  it('shows a not-found page for unknown URLs', async () => {
    renderRoute('/no-such-page')
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy trang' })).toBeInTheDocument()
  })

  it('shows an API error in its panel only, and retries', async () => {
    api.failNext('/api/tasks')
    renderRoute('/tasks?parent=LONG_AN&kind=DISTRICT&year=2023')
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
    expect(alert).toHaveTextContent('Máy chủ gặp lỗi.')
    expect(screen.getByRole('heading', { name: 'Nhiệm vụ CCHC', level: 1 })).toBeInTheDocument()
    await userEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }))
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Tiến độ thực hiện nhiệm vụ' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument()
  })
})

describe('language', () => {
  it('switches labels and number formats to English', async () => {
    renderRoute('/overview?parent=LONG_AN&kind=DISTRICT&year=2023')
    await screen.findByTestId('kpi-tiles', {}, { timeout: 10_000 })
    expect(screen.getByText('Chỉ số trung bình')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Switch to English' }))
    expect(await screen.findByText('Average index')).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
    expect(localStorage.getItem('par.lang')).toBe('en')
    expect(within(screen.getByTestId('kpi-tiles')).getByText('91.18')).toBeInTheDocument()
  })
})
