// The compare page on a phone against the real API (demo data): the adder a reader adds units
// from is the same adder, open and as they left it, when the page turns into a comparison.
import { screen, waitFor } from '@testing-library/react'
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

describe('compare page on a phone', () => {
  it('keeps the adder open, its search as typed, when the second unit makes a comparison', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute(ONE_UNIT)
    const search = await screen.findByLabelText('Tìm theo tên', {}, LONG)
    expect(screen.queryByRole('button', { name: 'Thêm đơn vị' })).toBeNull()
    await user.type(search, 'ben luc')
    await user.click(await screen.findByRole('button', { name: 'Thêm Huyện Bến Lức' }, LONG))
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('units')).toBe(
        'LONG_AN.THANH_HOA,LONG_AN.BEN_LUC',
      ),
    )
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
    await user.type(search, 'ben luc')
    await user.click(await screen.findByRole('button', { name: 'Thêm Huyện Bến Lức' }, LONG))
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('units')).toBe(
        'LONG_AN.THANH_HOA,LONG_AN.BEN_LUC',
      ),
    )
    expect(await adderToggle()).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByLabelText('Tìm theo tên')).toBe(search)
  })
})
