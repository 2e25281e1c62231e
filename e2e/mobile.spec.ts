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
