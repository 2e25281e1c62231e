// What the pages tell a reader, against the real API (demo data): a predecessor from another
// province named with it, ranks as the pages write them, an index-only year said as such, a
// publication's date where it has no number, and the change on the year before in a profile's
// header.
import { screen, waitFor, within } from '@testing-library/react'
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

const LONG = { timeout: 10_000 }
const DEPARTMENTS = `/rankings?parent=TAY_NINH&kind=DEPARTMENT&cohort=${encodeURIComponent('Sở, ban, ngành')}&year=2025`

describe('a predecessor from another province', () => {
  it('is named with its province in the ranking, not as the unit’s “(cũ)”', async () => {
    renderRoute(DEPARTMENTS)
    const table = await screen.findByTestId('rankings-table', {}, LONG)
    const row = (await within(table).findByText('Sở Nội vụ')).closest('tr') as HTMLElement
    expect(row).toHaveTextContent(
      'Đơn vị tiền thân năm 2024: Sở Nội vụ (Tỉnh Long An) 76,21% (hạng 7/10)',
    )
    expect(row).not.toHaveTextContent('(cũ)')
  })

  it('is named with its province in the profile’s history, and the header says the change is withheld', async () => {
    renderRoute('/units/TAY_NINH.SO_NOI_VU?year=2025')
    const timeline = await screen.findByTestId('unit-timeline', {}, LONG)
    const events = within(timeline)
      .getAllByRole('listitem')
      .filter((li) => li.textContent?.includes('→'))
      .map((li) => li.querySelector('.timeline-what')?.textContent)
    // Long An's, merged in on 1 July 2025; Tây Ninh's own Sở Lao động - Thương binh và Xã hội,
    // merged in on 1 March, under the same province, is named as it is.
    expect(events).toContain('Sở Nội vụ (Tỉnh Long An) → Sở Nội vụ')
    expect(events).toContain('Sở Lao động - Thương binh và Xã hội → Sở Nội vụ')
    expect(events.join()).not.toContain('(cũ)')
    expect(await screen.findByTestId('profile-change')).toHaveTextContent(
      'So với 2024: không so sánh được (đơn vị được sắp xếp lại)',
    )
  })
})

describe('ranks in the profile', () => {
  it('gives the change in the header as the overview’s card does, the sentence as the press writes it', async () => {
    renderRoute('/units/LONG_AN.THANH_HOA?year=2024')
    const change = await screen.findByTestId('profile-change', {}, LONG)
    expect(change).toHaveTextContent(/^So với 2023: [-−]6,78 ↓8 \(giảm 8 hạng\)$/)
    expect(within(change).getByText('↓8')).toHaveClass('down')
    const sentence = await screen.findByTestId('summary-text', {}, LONG)
    expect(sentence).toHaveTextContent('xếp hạng 13/15 huyện, thị xã, thành phố, giảm 08 hạng.')
  })
})

describe('an index-only year in the comparison of fields', () => {
  it('says the results were published as an index, without the chart’s subtitle', async () => {
    renderRoute('/compare?units=LONG_AN,TAY_NINH,AN_GIANG')
    const message = await screen.findByText(/được công bố dưới dạng chỉ số/, {}, LONG)
    expect(message).toHaveTextContent(
      /^Kết quả năm \d{4} của Tỉnh Long An, Tỉnh Tây Ninh và Tỉnh An Giang được công bố dưới dạng chỉ số, không có điểm theo lĩnh vực\.$/,
    )
  })
})

describe('a publication without a decision number', () => {
  it('gives its date and issuer beside the year', async () => {
    renderRoute('/rankings?parent=VN&kind=PROVINCE&year=2024')
    await waitFor(
      () =>
        expect(document.querySelector('.publication-status')).toHaveTextContent(
          'Đã công bố ngày 06/04/2025 — Bộ Nội vụ',
        ),
      LONG,
    )
  })
})
