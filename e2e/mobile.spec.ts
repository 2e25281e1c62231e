import type { Page } from '@playwright/test'
import { ADMIN_EMAIL, ADMIN_PASSWORD, expect, PAGES, test } from './fixtures.ts'
import { signIn } from './fixtures/upload.ts'
import { axisNumbers, expectRoundSteps } from './fixtures/axis-marks.ts'
import { downloadChart } from './fixtures/chart-download.ts'

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const el = document.scrollingElement as HTMLElement
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }
  })
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
}

for (const { name, path } of PAGES) {
  test(`${name} does not scroll sideways at 390 px`, async ({ page, open }) => {
    await open(path)
    await expectNoSidewaysScroll(page)
  })
}

// The narrowest phones in use: a table's search box, a paper size, a change in words still fit.
test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 700 } })
  for (const { name, path } of PAGES) {
    test(`${name} does not scroll sideways`, async ({ page, open }) => {
      await open(path)
      await expectNoSidewaysScroll(page)
    })
  }
  test.describe('in English', () => {
    test.use({ lang: 'en' })
    for (const { name, path } of PAGES.filter((p) => /^(compare|rankings)$/.test(p.name))) {
      test(`${name} does not scroll sideways`, async ({ page, open }) => {
        await open(path)
        await expectNoSidewaysScroll(page)
      })
    }
  })
  test('the page menu opened does not scroll sideways, in either language', async ({
    page,
    open,
  }) => {
    await open(PAGES[0].path)
    await expectEveryPageInMenu(page, PAGE_NAMES.vi, 'Tổng quan')
    await page.getByRole('button', { name: 'Switch to English' }).tap()
    await expect(page.getByRole('link', { name: 'Field scorecard', exact: true })).toBeInViewport({
      ratio: 1,
    })
    await expectNoSidewaysScroll(page)
  })
  test('a chart’s download menu opened does not scroll sideways', async ({ page, open }) => {
    await open(PAGES[0].path)
    await page.locator('figure[data-chart="ranking"] summary', { hasText: 'Tải xuống' }).click()
    await expect(
      page.locator('figure[data-chart="ranking"] select[data-export-target]'),
    ).toBeVisible()
    await expectNoSidewaysScroll(page)
  })
})

test('the editors’ data page does not scroll sideways at 390 px', async ({ page }) => {
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD)
  await expect(page.getByRole('heading', { name: 'Nhập dữ liệu từ tệp' })).toBeVisible()
  await expectNoSidewaysScroll(page)
  // Signed in, the header keeps one row: brand, sign-out and language side by side.
  const [brand, language] = await Promise.all([
    page.locator('.brand').boundingBox(),
    page.getByRole('button', { name: 'Switch to English' }).boundingBox(),
  ])
  expect(Math.abs((language?.y ?? 0) - (brand?.y ?? 100))).toBeLessThan(20)
})

test('the import history gives each import’s state and undo, or why not, on the screen', async ({
  page,
}) => {
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD)
  await page.getByRole('link', { name: 'Lịch sử nhập' }).click()
  const imports = page.getByTestId('import-history').getByRole('listitem')
  await expect(imports.first()).toBeVisible()
  // The demo's own imports: the unit lists' and assessments' cannot be undone, others can.
  const blocked = imports.filter({ has: page.getByTestId('undo-blocked') })
  await expect(blocked.first()).toContainText('Không hoàn tác được')
  const undoable = imports.filter({ has: page.getByRole('button', { name: 'Hoàn tác' }) })
  await expect(undoable.first()).toContainText('Đã áp dụng')
  for (const item of [blocked.first(), undoable.first()]) {
    const box = await item.boundingBox()
    expect(box!.x + box!.width).toBeLessThanOrEqual(390)
  }
  for (const reason of await blocked.getByTestId('undo-blocked').all()) {
    const box = await reason.boundingBox()
    expect(box!.x + box!.width).toBeLessThanOrEqual(390)
  }
  const button = await undoable.first().getByRole('button', { name: 'Hoàn tác' }).boundingBox()
  expect(button!.height).toBeGreaterThanOrEqual(44)
  await expectNoSidewaysScroll(page)
})

test('every control is a fingertip high on a touch screen', async ({ page, open }) => {
  await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
  await expect(page.getByTestId('rankings-table')).toBeVisible()
  const controls = page.locator(
    '.nav-toggle, .main-nav a, .lang-switch, .user-menu-link, main select, main .button, main .segmented button, main .table-downloads a',
  )
  const sizes = await controls.evaluateAll((elements) =>
    elements
      .filter((e) => e.getBoundingClientRect().width > 0)
      .map((e) => ({ label: e.textContent?.trim(), height: e.getBoundingClientRect().height })),
  )
  expect(sizes.length).toBeGreaterThan(10)
  for (const { label, height } of sizes) expect(height, label).toBeGreaterThanOrEqual(44)
  // The whole list's downloads are as wide as they are high, not two short words.
  for (const link of await page.locator('main .table-downloads a').all())
    expect(
      (await link.boundingBox())?.width,
      (await link.textContent()) ?? '',
    ).toBeGreaterThanOrEqual(44)
})

test('the tasks list shows each plan and its rates on a phone, the counts on request', async ({
  page,
  open,
}) => {
  await open('/tasks?parent=AN_GIANG&kind=DISTRICT&year=2022')
  const table = page.getByTestId('tasks-table')
  const header = (name: string) => table.getByRole('columnheader', { name })
  await table.scrollIntoViewIfNeeded()
  // The column the list is sorted by, within the screen's width without scrolling the table.
  const box = await header('Hoàn thành (% số phải thực hiện)').boundingBox()
  expect(box && box.x + box.width).toBeLessThanOrEqual(390)
  await expect(header('Hoàn thành đúng hạn')).toBeHidden()
  await page.getByRole('button', { name: 'Thêm cột' }).click()
  await expect(header('Hoàn thành đúng hạn')).toBeVisible()
})

const PAGE_NAMES = {
  vi: ['Tổng quan', 'Xếp hạng', 'Bảng điểm lĩnh vực', 'So sánh', 'Nhiệm vụ', 'Khen thưởng'],
  en: ['Overview', 'Rankings', 'Field scorecard', 'Compare', 'Tasks', 'Awards'],
}
const EDITOR_PAGE_NAMES = ['Dữ liệu', 'Quản trị']

/**
 * Opens the phone's menu from its button, which names the current page, and checks that each
 * page's link is then on the screen whole, a fingertip high, the current one marked.
 */
async function expectEveryPageInMenu(page: Page, names: string[], current: string) {
  const nav = page.getByRole('navigation', { name: /^(Điều hướng chính|Main navigation)$/ })
  const toggle = nav.getByRole('button')
  await expect(toggle).toContainText(current)
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(nav.getByRole('link')).toHaveCount(0)
  await toggle.tap()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(nav.getByRole('link')).toHaveText(names)
  for (const name of names) {
    const link = nav.getByRole('link', { name, exact: true })
    await expect(link).toBeInViewport({ ratio: 1 })
    const box = await link.boundingBox()
    expect(box?.height, name).toBeGreaterThanOrEqual(44)
    if (name === current) await expect(link).toHaveAttribute('aria-current', 'page')
    else await expect(link).not.toHaveAttribute('aria-current')
  }
  await expectNoSidewaysScroll(page)
}

for (const lang of ['vi', 'en'] as const) {
  test.describe(`in ${lang === 'vi' ? 'Vietnamese' : 'English'}`, () => {
    test.use({ lang })

    test('every page is two taps away: the menu button, then the page', async ({ page, open }) => {
      const names = PAGE_NAMES[lang]
      await open('/awards?parent=AN_GIANG&kind=DISTRICT&year=2022')
      await expectEveryPageInMenu(page, names, names[5] ?? '')
      // The last page reached from the first: the menu closes on it and names it.
      await open('/overview?parent=AN_GIANG&kind=DISTRICT&year=2022')
      await expectEveryPageInMenu(page, names, names[0] ?? '')
      await page.getByRole('link', { name: names[5], exact: true }).tap()
      await expect(page).toHaveURL(/\/awards\?parent=AN_GIANG&kind=DISTRICT&year=2022/)
      const toggle = page.locator('.nav-toggle')
      await expect(toggle).toHaveAttribute('aria-expanded', 'false')
      await expect(toggle).toContainText(names[5] ?? '')
    })
  })
}

test('the page menu passes axe, closed and open', async ({ page, open, seriousViolations }) => {
  await open('/tasks?parent=AN_GIANG&kind=DISTRICT&year=2022')
  expect(await seriousViolations()).toEqual([])
  await page.getByRole('button', { name: 'Các trang Nhiệm vụ' }).tap()
  expect(await seriousViolations()).toEqual([])
})

test('an editor’s menu holds the data and admin pages too', async ({ page }) => {
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD)
  await expect(page.getByRole('heading', { name: 'Nhập dữ liệu từ tệp' })).toBeVisible()
  await expectEveryPageInMenu(page, [...PAGE_NAMES.vi, ...EDITOR_PAGE_NAMES], 'Dữ liệu')
})

test('the overview puts the reader’s own unit first once chosen, the ranking before', async ({
  page,
  open,
}) => {
  const top = async (testId: string) => (await page.getByTestId(testId).boundingBox())?.y ?? NaN
  await open('/overview?parent=LONG_AN&kind=DISTRICT&year=2023')
  await expect(page.getByTestId('my-unit')).toContainText('Chọn đơn vị của anh/chị một lần')
  const chart = page.locator('figure[data-chart="ranking"]')
  await expect(chart).toBeVisible()
  const chartTop = async () => (await chart.boundingBox())?.y ?? NaN
  expect(await chartTop()).toBeLessThan(await top('my-unit'))
  await open('/overview?parent=LONG_AN&kind=DISTRICT&year=2023&focus=LONG_AN.THANH_HOA')
  await expect(page.getByTestId('my-unit-rank')).toHaveText('5/15')
  await expect(chart).toBeVisible()
  expect(await top('my-unit')).toBeLessThan(await chartTop())
})

test('the awards from above get the chart’s width on a phone: a numbered scale, bars wider than hairlines', async ({
  page,
  open,
}) => {
  await open('/awards?parent=LONG_AN&kind=DISTRICT&year=2024')
  const received = page.locator('figure[data-chart="awards"] g[data-direction="RECEIVED"]')
  await received.scrollIntoViewIfNeeded()
  // Beside the names it was some 30 px wide, its scale unnumbered, Bến Lức's 1 a 1.5 px line.
  const axis = received.locator('.xAxis')
  const marks = await axisNumbers(axis)
  expectRoundSteps(marks)
  expect(marks.length).toBeGreaterThanOrEqual(2)
  const line = await axis.locator('.recharts-cartesian-axis-line').boundingBox()
  expect(line?.width ?? 0).toBeGreaterThan(200)
  // Bến Lức's and Châu Thành's Bằng khen, Đức Hòa's flag and Bằng khen.
  const bars = received.locator('.recharts-bar path')
  await expect(bars).toHaveCount(4)
  for (const bar of await bars.all())
    expect((await bar.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(3)
  await expect(received.locator('.recharts-label-list text')).toHaveText(['1', '1', '2'])
})

test('a first year’s ranking gives each rearranged unit’s reason under its name, without more columns', async ({
  page,
  open,
}) => {
  await open('/rankings?parent=AN_GIANG&kind=COMMUNE&cohort=Phường&year=2025')
  const table = page.getByTestId('rankings-table')
  const longXuyen = table.getByRole('row').filter({ hasText: 'Phường Long Xuyên' })
  const reason = longXuyen.getByTestId('phone-row-reason')
  await expect(reason).toBeVisible()
  await expect(reason).toHaveText('không so sánh được (đơn vị được sắp xếp lại)')
  // Under the name, in its column: the change columns still wait behind "Thêm cột".
  await expect(table.locator('thead th').filter({ hasText: 'Tăng/giảm' })).toBeHidden()
  const name = await longXuyen.getByRole('link', { name: 'Phường Long Xuyên' }).boundingBox()
  const under = await reason.boundingBox()
  expect(under && name && under.y).toBeGreaterThan((name?.y ?? 0) + (name?.height ?? 0) - 1)
  expect((under?.x ?? 0) + (under?.width ?? 0)).toBeLessThanOrEqual(390)
  // A unit new to the cohort but not rearranged has none.
  const haTien = table.getByRole('row').filter({ hasText: 'Phường Hà Tiên' })
  await expect(haTien.getByTestId('phone-row-reason')).toHaveCount(0)
  await expectNoSidewaysScroll(page)
  // With the columns shown they say it, and the predecessors: not said twice.
  await page.getByRole('button', { name: 'Thêm cột' }).click()
  await expect(reason).toBeHidden()
  await expect(longXuyen).toContainText('Đơn vị tiền thân năm 2024')
})

test.describe('compare in English', () => {
  test.use({ lang: 'en' })
  test('a unit’s notes on the change read under their label, not over it', async ({
    page,
    open,
  }) => {
    await open('/compare?units=30307,AN_GIANG.LONG_XUYEN.MY_LONG&year=2025')
    const notes = page
      .getByTestId('compare-changes')
      .locator('.unit-line')
      .filter({ has: page.locator('dt', { hasText: 'Notes' }) })
    await expect(notes.locator('dd')).toContainText('Predecessors in 2024')
    const [label, text] = await Promise.all([
      notes.locator('dt').boundingBox(),
      notes.locator('dd').boundingBox(),
    ])
    // The sentence starts below its label, at the block's left: a paragraph, not a figure.
    expect(text!.y).toBeGreaterThanOrEqual(label!.y + label!.height - 1)
    expect(Math.abs(text!.x - label!.x)).toBeLessThan(2)
    // Every other label stays beside its value and whole: none runs into the value beside it.
    for (const line of await page.locator('.unit-line:not(.unit-line-prose)').all()) {
      const [dt, dd] = await Promise.all([
        line.locator('dt').evaluate((el) => ({
          right: el.getBoundingClientRect().right,
          over: el.scrollWidth - el.clientWidth,
        })),
        line.locator('dd').boundingBox(),
      ])
      expect(dt.over).toBeLessThanOrEqual(0)
      expect(dt.right).toBeLessThanOrEqual(dd!.x + 1)
    }
    await expectNoSidewaysScroll(page)
  })
})

test('the index over the years writes its first year’s values clear of the value axis, on the page and in the image', async ({
  page,
  open,
}) => {
  await open('/compare?units=LONG_AN,AN_GIANG&year=2024')
  const chart = page.locator('figure[data-chart="compare-years"]')
  const labels = ['89,62', '87,15']
  await expect(chart.locator('.recharts-label-list text', { hasText: labels[0] })).toBeVisible()
  await chart.locator('summary', { hasText: 'Tải xuống' }).click()
  const { bytes } = await downloadChart(page, 'compare-years', 'svg')
  // The image's type is larger than the page's: its labels reached over the axis first.
  const clearances = async () => {
    const axis = await page
      .locator('.recharts-yAxis .recharts-cartesian-axis-line')
      .first()
      .boundingBox()
    return Promise.all(
      labels.map(async (text) => {
        const label = await page
          .locator('.recharts-label-list text', { hasText: text })
          .first()
          .boundingBox()
        return label!.x - (axis!.x + axis!.width)
      }),
    )
  }
  for (const gap of await clearances()) expect(gap).toBeGreaterThan(2)
  await page.setContent(bytes.toString('utf8'))
  for (const gap of await clearances()) expect(gap).toBeGreaterThan(2)
})
