// A reader with a keyboard only: where the focus lands after a page is opened, that Tab goes
// down a phone's page as it reads, and that a search's result is said as well as shown.
import type { Page } from '@playwright/test'
import { COHORT_2023, expect, test } from './fixtures.ts'

test.describe('a page opened from the keyboard', () => {
  test('from a unit’s link in a table, the profile’s heading has the focus', async ({
    page,
    open,
  }) => {
    await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
    const link = page.getByRole('table').getByRole('link', { name: 'Huyện Thạnh Hóa' })
    await link.focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/units\/LONG_AN\.THANH_HOA/)
    const heading = page.getByRole('heading', { level: 1 })
    await expect(heading).toContainText('Huyện Thạnh Hóa')
    // The link was gone with the rankings page: the focus had fallen to the document.
    await expect(heading).toBeFocused()
    await expect(page).toHaveTitle(/^Hồ sơ Chỉ số CCHC — Huyện Thạnh Hóa/)
    // The next Tab is the page's first control, not the top of the document.
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Tỉnh Long An' }).first()).toBeFocused()
  })

  test('from the navigation, the new page’s heading has the focus', async ({ page, open }) => {
    await open(COHORT_2023)
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Xếp hạng' })
      .focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/rankings\?/)
    await expect(page.getByRole('heading', { level: 1, name: 'Xếp hạng' })).toBeFocused()
    await expect(page).toHaveTitle(/^Xếp hạng Chỉ số CCHC/)
  })

  test('a year chosen keeps the focus on its picker', async ({ page, open }) => {
    await open(COHORT_2023)
    const year = page.getByRole('combobox', { name: 'Năm', exact: true })
    await year.focus()
    await page.keyboard.press('ArrowDown')
    await expect(page).toHaveURL(/year=2022/)
    await expect(year).toBeFocused()
  })

  test('the start page opens with the focus at the top, the skip link the first Tab', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/overview/)
    await expect(page.locator('main h1')).toBeVisible()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })).toBeFocused()
  })
})

test('the unit search says how many units it found', async ({ page, open }) => {
  await open(COHORT_2023)
  const finder = page.getByTestId('my-unit').getByRole('search')
  await finder.getByLabel('Tìm đơn vị').fill('thanh')
  await expect(finder.getByTestId('unit-finder-results')).toBeVisible()
  // A sighted reader sees the list appear; a screen reader hears the status.
  await expect(finder.getByRole('status')).toHaveText(/^Tìm thấy \d+ đơn vị$/)
})

test('a compared unit added or removed is said, the focus having moved on', async ({
  page,
  open,
}) => {
  await open('/compare?units=LONG_AN.THANH_HOA,LONG_AN.BEN_LUC,LONG_AN.DUC_HOA')
  const said = page.getByTestId('compare-said')
  await expect(said).toHaveText('')
  await page.getByRole('button', { name: 'Thêm Huyện Châu Thành' }).focus()
  await page.keyboard.press('Enter')
  await expect(said).toHaveText('Đã thêm Huyện Châu Thành: đang so sánh 4 đơn vị')
  await expect(said).toHaveAttribute('role', 'status')
  // The focus has gone on to the search for the next unit once the unit is drawn.
  await expect(page.getByRole('button', { name: 'Bỏ Huyện Châu Thành' })).toBeVisible()
  await expect(page.getByRole('searchbox', { name: 'Tìm theo tên' })).toBeFocused()
  await page.getByRole('button', { name: 'Bỏ Huyện Bến Lức' }).focus()
  await page.keyboard.press('Enter')
  await expect(said).toHaveText('Đã bỏ Huyện Bến Lức: còn 3 đơn vị')
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  /** The top of each control Tab reaches in the page's main part, in the order reached. */
  async function tabTops(page: Page): Promise<{ name: string; top: number }[]> {
    await page.locator('main').focus()
    const tops: { name: string; top: number }[] = []
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab')
      const at = await page.evaluate(() => {
        const el = document.activeElement
        if (!el || !document.querySelector('main')?.contains(el)) return null
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)
        return { name, top: Math.round(el.getBoundingClientRect().top + window.scrollY) }
      })
      if (!at) break
      tops.push(at)
    }
    return tops
  }

  /** Every control at or below the one before it: Tab never jumps back up the page. */
  function goesDown(tops: { name: string; top: number }[]) {
    return tops.filter((at, i) => i > 0 && at.top < tops[i - 1]!.top - 8)
  }

  test('Tab goes down the overview as it reads, the ranking chart first', async ({
    page,
    open,
  }) => {
    await open(COHORT_2023)
    const tops = await tabTops(page)
    expect(tops.length).toBeGreaterThan(10)
    expect(goesDown(tops)).toEqual([])
    // The first control is the ranking chart's, shown first; the A4 report and the search after.
    expect(tops[2]?.name).toBe('Biểu đồ')
  })

  test('with my unit chosen, its card leads, and Tab still goes down the page', async ({
    page,
    open,
  }) => {
    await open(`${COHORT_2023}&focus=LONG_AN.THANH_HOA`)
    await expect(page.getByTestId('my-unit-card')).toBeVisible()
    const card = await page.getByTestId('my-unit').boundingBox()
    const chart = await page.locator('figure[data-chart="ranking"]').boundingBox()
    expect(card!.y).toBeLessThan(chart!.y)
    const tops = await tabTops(page)
    expect(goesDown(tops)).toEqual([])
  })
})

/** WCAG contrast ratio of two `rgb(…)` colours as computed styles give them. */
function contrast(a: string, b: string): number {
  const lum = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
      const v = Number(c) / 255
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
    }) as [number, number, number]
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** The focused element's ring colour and the opaque colour just outside it, where the ring is. */
async function ringAndBackdrop(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement
    const box = el.getBoundingClientRect()
    const under = document
      .elementsFromPoint(box.left - 4, box.top + box.height / 2)
      .filter((e) => e !== el && !el.contains(e))
      .map((e) => getComputedStyle(e).backgroundColor)
      .find((c) => c !== 'transparent' && !/rgba\(.*, 0\)$/.test(c))
    return {
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
      ring: getComputedStyle(el).outlineColor,
      backdrop: under ?? 'rgb(255, 255, 255)',
    }
  })
}

for (const viewport of [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width} px the focus ring stands out 3:1 from the header and the page`, async ({
    page,
    open,
  }) => {
    await page.setViewportSize(viewport)
    await open(COHORT_2023)
    // The skip link, the header's links and buttons (on the navy), then the first pickers.
    const seen: string[] = []
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab')
      const at = await ringAndBackdrop(page)
      seen.push(`${at.name}: ${contrast(at.ring, at.backdrop).toFixed(2)}`)
    }
    const low = seen.filter((s) => Number(s.split(': ').at(-1)) < 3)
    expect(low).toEqual([])
  })
}
