// The scorecard page against the real API (demo data): shares, bands and changes in the cells,
// the cohort's best and median above the units, a field sort kept in the URL, the reader's unit.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderRoute } from '#client/testing/render-with-providers.tsx'
import { startTestApi, type TestApi } from '#client/testing/test-api.ts'

let api: TestApi

beforeAll(async () => {
  api = await startTestApi()
}, 60_000)
afterAll(() => api.destroy())

const PATH = '/scorecard?parent=LONG_AN&kind=DISTRICT&year=2023'

describe('scorecard page', () => {
  it('writes each share in its band’s colour with the change, under the cohort’s best and median', async () => {
    renderRoute(`${PATH}&focus=LONG_AN.THANH_HOA`)
    const table = await screen.findByTestId('scorecard-table', {}, { timeout: 10_000 })
    const rows = within(table).getAllByRole('row')
    expect(rows[1]?.textContent).toContain('Cao nhất nhóm')
    expect(rows[2]?.textContent).toContain('Trung vị nhóm')
    const row = within(table).getByText('Huyện Thạnh Hóa').closest('tr') as HTMLElement
    expect(row.dataset.focusUnit).toBe('true')
    const cells = row.querySelectorAll<HTMLElement>('.scorecard-cell')
    expect(cells).toHaveLength(8)
    const procedures = cells[2] as HTMLElement
    expect(procedures.dataset.band).toBe('GOOD')
    expect(procedures.textContent).toContain('84,00')
    expect(procedures.textContent).toContain('▲ +10,25')
    expect(procedures.textContent).toContain('(Tốt)')
    expect(procedures.title).toBe('Thủ tục hành chính: 10,08/12 điểm (84,00%), Tốt')
  })

  it('writes a cell’s share as English writes a percentage', async () => {
    await i18next.changeLanguage('en')
    try {
      renderRoute(PATH)
      const table = await screen.findByTestId('scorecard-table', {}, { timeout: 10_000 })
      const row = within(table).getByText('Huyện Thạnh Hóa').closest('tr') as HTMLElement
      const procedures = row.querySelectorAll<HTMLElement>('.scorecard-cell')[2] as HTMLElement
      expect(procedures.title).toBe('Procedures: 10.08/12 points (84.00%), Good')
    } finally {
      await i18next.changeLanguage('vi')
    }
  })

  it('sorts by a field from its header and keeps the order in the URL', async () => {
    const { router } = renderRoute(PATH)
    const table = await screen.findByTestId('scorecard-table', {}, { timeout: 10_000 })
    await userEvent.click(within(table).getByRole('button', { name: /Tác động/ }))
    expect(router.state.location.search).toContain('sort=field%3AIMPACT&dir=asc')
    await waitFor(() =>
      expect(api.requests.some((r) => r.includes('/api/scorecard') && r.includes('IMPACT'))).toBe(
        true,
      ),
    )
    await waitFor(() => {
      const shares = [...table.querySelectorAll('tbody tr:not(.lead-row) td:last-child')].map(
        (td) =>
          Number(
            (td.querySelector('.scorecard-cell')?.firstChild?.textContent ?? '').replace(',', '.'),
          ),
      )
      expect(shares).toHaveLength(15)
      expect([...shares].sort((a, b) => a - b)).toEqual(shares)
    })
  })

  it('says in the heat map’s subtitle which units it holds, in a report’s words', async () => {
    renderRoute(PATH)
    const subtitle = async () => {
      await screen.findByTestId('scorecard-table', {}, { timeout: 10_000 })
      return document.querySelector('figure[data-chart="scorecard"] .chart-subtitle')?.textContent
    }
    // The image is pasted without the page around it: "the page shown" would name nothing.
    expect(await subtitle()).toBe('Tỉnh Long An (cấp huyện), năm 2023 — 15 đơn vị, % điểm tối đa')
  })

  it('names the search that chose the heat map’s units', async () => {
    renderRoute(`${PATH}&q=${encodeURIComponent('đức')}`)
    await waitFor(
      () =>
        expect(
          document.querySelector('figure[data-chart="scorecard"] .chart-subtitle')?.textContent,
        ).toBe('Tỉnh Long An (cấp huyện), năm 2023 — 2 đơn vị tìm theo “đức”, % điểm tối đa'),
      { timeout: 10_000 },
    )
  })
})
