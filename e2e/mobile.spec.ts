import type { Page } from '@playwright/test'
import { ADMIN_EMAIL, ADMIN_PASSWORD, expect, PAGES, test } from './fixtures.ts'
import { signIn } from './fixtures/upload.ts'

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

test('the editors’ data page does not scroll sideways at 390 px', async ({ page }) => {
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD)
  await expect(page.getByRole('heading', { name: 'Nhập dữ liệu từ tệp' })).toBeVisible()
  await expectNoSidewaysScroll(page)
})

test('every control is a fingertip high on a touch screen', async ({ page, open }) => {
  await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
  await expect(page.getByTestId('rankings-table')).toBeVisible()
  const controls = page.locator(
    '.main-nav a, .lang-switch, .user-menu-link, main select, main .button, main .segmented button',
  )
  const sizes = await controls.evaluateAll((elements) =>
    elements
      .filter((e) => e.getBoundingClientRect().width > 0)
      .map((e) => ({ label: e.textContent?.trim(), height: e.getBoundingClientRect().height })),
  )
  expect(sizes.length).toBeGreaterThan(10)
  for (const { label, height } of sizes) expect(height, label).toBeGreaterThanOrEqual(44)
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
  const box = await header('Hoàn thành (%)').boundingBox()
  expect(box && box.x + box.width).toBeLessThanOrEqual(390)
  await expect(header('Hoàn thành đúng hạn')).toBeHidden()
  await page.getByRole('button', { name: 'Thêm cột' }).click()
  await expect(header('Hoàn thành đúng hạn')).toBeVisible()
})
