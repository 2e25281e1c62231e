// The compare page on a phone against the real API (demo data): the adder a reader adds units
// from is the same adder, open and as they left it, when the page turns into a comparison; the
// differences and changes are a block per unit, not tables wider than the screen.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { PHONE_QUERY } from '#client/lib/use-phone.ts'
import { renderRoute } from '#client/testing/render-with-providers.tsx'
import { startTestApi, type TestApi } from '#client/testing/test-api.ts'

let api: TestApi

beforeAll(async () => {
  api = await startTestApi()
}, 60_000)
afterAll(() => api.destroy())

// jsdom has no matchMedia: a phone's width is answered here.
const realMatchMedia = window.matchMedia
beforeEach(() => {
  window.matchMedia = (query: string) =>
    ({
      matches: query === PHONE_QUERY,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }) as unknown as MediaQueryList
})
afterEach(() => {
  window.matchMedia = realMatchMedia
})

const ONE_UNIT = '/compare?units=LONG_AN.THANH_HOA&parent=LONG_AN&kind=DISTRICT&year=2022'
const LONG = { timeout: 10_000 }

/** The toggle the comparison makes of the adder, once the second unit's comparison is drawn. */
async function adderToggle() {
  return screen.findByRole('button', { name: 'Thêm đơn vị' }, LONG)
}

/** The units the URL names now. */
function unitsInUrl(router: ReturnType<typeof renderRoute>['router']) {
  return new URLSearchParams(router.state.location.search).get('units')
}

/** Finds Bến Lức by a search without accents and adds it; waits for the URL to name it second. */
async function addBenLuc(
  user: ReturnType<typeof userEvent.setup>,
  search: HTMLElement,
  router: ReturnType<typeof renderRoute>['router'],
) {
  await user.type(search, 'ben luc')
  await user.click(await screen.findByRole('button', { name: 'Thêm Huyện Bến Lức' }, LONG))
  await waitFor(() => expect(unitsInUrl(router)).toBe('LONG_AN.THANH_HOA,LONG_AN.BEN_LUC'))
}

describe('compare page on a phone', () => {
  it('asks a link of seven units to drop one, and says nothing of a full six', async () => {
    const seven = ['THANH_HOA', 'BEN_LUC', 'DUC_HOA', 'DUC_HUE', 'CAN_DUOC', 'CAN_GIUOC', 'TAN_TRU']
    renderRoute(`/compare?units=${seven.map((c) => `LONG_AN.${c}`).join(',')}`)
    expect(
      await screen.findByText('Chỉ so sánh được tối đa 6 đơn vị: bỏ bớt 1 đơn vị.', {}, LONG),
    ).toBeVisible()
    expect(screen.queryByText(/Đã đủ 6 đơn vị/)).toBeNull()
    // Each chip is named once its unit's profile is read: every one of the seven, in time.
    await waitFor(
      () => expect(screen.getAllByRole('button', { name: /^Bỏ / })).toHaveLength(7),
      LONG,
    )
  })

  it('names a code of a shared link that no unit has, and compares the rest once it is removed', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute(
      '/compare?units=LONG_AN.THANH_HOA,LONG_AN.BEN_LUC,LONG_AN.NOPE&parent=LONG_AN&kind=DISTRICT&year=2022',
    )
    const notice = await screen.findByTestId('compare-unknown-units', {}, LONG)
    expect(notice).toHaveTextContent('Không có đơn vị nào mang mã LONG_AN.NOPE')
    await user.click(within(notice).getByRole('button', { name: 'Bỏ mã không tìm thấy' }))
    await waitFor(() => expect(unitsInUrl(router)).toBe('LONG_AN.THANH_HOA,LONG_AN.BEN_LUC'))
    await screen.findByRole('heading', { name: 'Chênh lệch năm 2022' }, LONG)
    expect(screen.queryByTestId('compare-unknown-units')).toBeNull()
  })

  it('asks for units once the reader removes the last one, rather than choosing three again', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute(ONE_UNIT)
    await user.click(await screen.findByRole('button', { name: /Bỏ Huyện Thạnh Hóa/ }, LONG))
    await waitFor(() => expect(unitsInUrl(router)).toBe(''))
    expect(await screen.findByText('Chọn ít nhất 2 đơn vị', { exact: false }, LONG)).toBeVisible()
    expect(screen.queryByRole('button', { name: /^Bỏ / })).toBeNull()
    // The adder is there to start again.
    expect(screen.getByLabelText('Tìm theo tên')).toBeVisible()
  })

  it('keeps the adder open, its search as typed, when the second unit makes a comparison', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute(ONE_UNIT)
    const search = await screen.findByLabelText('Tìm theo tên', {}, LONG)
    expect(screen.queryByRole('button', { name: 'Thêm đơn vị' })).toBeNull()
    await addBenLuc(user, search, router)
    const toggle = await adderToggle()
    await screen.findByRole('heading', { name: 'Chênh lệch năm 2022' }, LONG)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    // The very input the reader typed in: the adder was kept, not drawn again.
    expect(screen.getByLabelText('Tìm theo tên')).toBe(search)
    expect(search).toHaveValue('ben luc')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByLabelText('Tìm theo tên')).toBeNull()
  })

  it('opens closed on a comparison; once closed, a unit removed and added again leaves it open', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute(
      '/compare?units=LONG_AN.THANH_HOA,LONG_AN.BEN_LUC&parent=LONG_AN&kind=DISTRICT&year=2022',
    )
    const toggle = await adderToggle()
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByLabelText('Tìm theo tên')).toBeNull()
    await user.click(toggle)
    await screen.findByLabelText('Tìm theo tên', {}, LONG)
    await user.click(toggle)
    expect(screen.queryByLabelText('Tìm theo tên')).toBeNull()
    // One unit left: adding is the next step, so the adder is shown whole, with no toggle.
    await user.click(screen.getByRole('button', { name: 'Bỏ Huyện Bến Lức' }))
    const search = await screen.findByLabelText('Tìm theo tên', {}, LONG)
    expect(screen.queryByRole('button', { name: 'Thêm đơn vị' })).toBeNull()
    await addBenLuc(user, search, router)
    expect(await adderToggle()).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByLabelText('Tìm theo tên')).toBe(search)
  })

  it('lets the units it opened on give way to another cohort’s, but for the reader’s unit', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute(
      '/compare?parent=LONG_AN&kind=DISTRICT&year=2022&focus=LONG_AN.THANH_HOA',
    )
    const params = () => new URLSearchParams(router.state.location.search)
    await waitFor(() => expect(params().get('defaults')).toMatch(/^LONG_AN\.THANH_HOA,/), LONG)
    expect(params().get('units')).toBeNull()
    await user.click(await adderToggle())
    const cohort = await screen.findByLabelText('Từ nhóm', {}, LONG)
    await user.selectOptions(
      cohort,
      screen.getByRole('option', { name: 'Tỉnh Long An — Sở, ban, ngành' }),
    )
    await waitFor(() => expect(unitsInUrl(router)).toBe('LONG_AN.THANH_HOA'))
    expect(params().get('defaults')).toBeNull()
    expect(params().get('kind')).toBe('DEPARTMENT')
    expect(params().get('year')).toBe('2022')
    expect(await screen.findByText('Chọn ít nhất 2 đơn vị', { exact: false }, LONG)).toBeVisible()
  })

  it('gives the differences and the changes a block per unit, each figure a term and its value', async () => {
    renderRoute(
      '/compare?units=LONG_AN.THANH_HOA,LONG_AN.BEN_LUC&parent=LONG_AN&kind=DISTRICT&year=2023',
    )
    const differences = await screen.findByRole('list', { name: 'Chênh lệch năm 2023' }, LONG)
    const changes = screen.getByRole('list', { name: 'Thay đổi năm 2023 so với 2022' })
    expect(screen.queryByRole('table')).toBeNull()
    for (const list of [differences, changes]) {
      const blocks = within(list).getAllByRole('listitem')
      expect(blocks.map((b) => within(b).getByRole('heading').textContent)).toEqual([
        'Huyện Thạnh Hóa',
        'Huyện Bến Lức',
      ])
    }
    const [first, second] = within(differences).getAllByRole('listitem')
    // Every field of the table, for each unit; the differences under the second unit's figures.
    const terms = (block: HTMLElement | undefined) =>
      within(block!)
        .getAllByRole('term')
        .map((term) => term.textContent)
    expect(terms(first)).toEqual(terms(second))
    expect(terms(first).slice(0, 2)).toEqual(['Chỉ số (%)', 'Hạng'])
    expect(first!.querySelector('.unit-line-note')).toBeNull()
    expect(second!.querySelector('.unit-line-note')?.textContent).toMatch(/(cao|thấp) hơn|bằng/)
    // The changes keep every column of the table but the unit, its name the block's heading.
    const thanhHoa = within(changes).getAllByRole('listitem')[0]!
    expect(terms(thanhHoa)).toEqual([
      'Chỉ số (%)',
      'Hạng',
      'Chỉ số so với 2022',
      'Hạng so với 2022',
    ])
    expect(thanhHoa).toHaveTextContent('↑ tăng 7 hạng')
  })
})
