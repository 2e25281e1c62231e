// The page's menus drawn as <details> (the A4 report, a phone's chart downloads) behave as menu
// buttons: Escape closes them from the button or from inside and gives the focus back to the
// button; choosing an item closes them.
import { COHORT_2023, expect, test } from './fixtures.ts'

test('Escape closes the A4 report menu and gives the focus back to its button', async ({
  page,
  open,
}) => {
  await open(COHORT_2023)
  const menu = page.getByTestId('report-menu')
  const button = menu.locator('summary')
  const panel = menu.locator('.report-menu-panel')
  await button.click()
  await expect(panel).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(button).toBeFocused()
  // From inside the menu: its checkbox.
  await page.keyboard.press('Enter')
  await expect(panel).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(menu.getByRole('checkbox')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(button).toBeFocused()
})

test('choosing a format closes the A4 report menu; beside its button it says the file came', async ({
  page,
  open,
}) => {
  await open(COHORT_2023)
  const menu = page.getByTestId('report-menu')
  await menu.locator('summary').click()
  const waiting = page.waitForEvent('download', { timeout: 60_000 })
  await menu.getByRole('button', { name: 'PDF' }).click()
  await expect(menu.locator('.report-menu-panel')).toBeHidden()
  await expect(menu.locator('summary')).toBeFocused()
  await waiting
  await expect(menu.getByRole('status')).toHaveText('Đã tải báo cáo PDF.')
})

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('Escape closes a chart’s download menu, from its button or from inside', async ({
    page,
    open,
  }) => {
    await open(COHORT_2023)
    const frame = page.locator('figure[data-chart="ranking"]')
    const button = frame.locator('summary', { hasText: 'Tải xuống' })
    const target = frame.locator('select[data-export-target]')
    await button.click()
    await expect(target).toBeVisible()
    await button.focus()
    await page.keyboard.press('Escape')
    await expect(target).toBeHidden()
    await expect(button).toBeFocused()
    await button.click()
    await target.focus()
    await page.keyboard.press('Escape')
    await expect(target).toBeHidden()
    await expect(button).toBeFocused()
  })

  test('the page menu works from the keyboard: Escape closes it and gives the focus back', async ({
    page,
    open,
  }) => {
    await open(COHORT_2023)
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' })
    const toggle = nav.getByRole('button', { name: 'Các trang Tổng quan' })
    await toggle.focus()
    await page.keyboard.press('Enter')
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await page.keyboard.press('Tab')
    await expect(nav.getByRole('link', { name: 'Tổng quan' })).toBeFocused()
    await expect(nav.getByRole('link', { name: 'Tổng quan' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await page.keyboard.press('Escape')
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(toggle).toBeFocused()
    await expect(nav.getByRole('link')).toHaveCount(0)
    // A page chosen by Enter closes the menu, its button now naming it; the focus goes to the
    // new page's heading (ADR 068).
    await page.keyboard.press('Space')
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab')
    await expect(nav.getByRole('link', { name: 'So sánh' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/compare\?/)
    await expect(toggle).toHaveCount(0)
    const onCompare = nav.getByRole('button', { name: 'Các trang So sánh' })
    await expect(onCompare).toHaveAttribute('aria-expanded', 'false')
    await expect(page.getByRole('heading', { level: 1, name: 'So sánh đơn vị' })).toBeFocused()
  })

  test('a download chosen closes the menu', async ({ page, open }) => {
    await open(COHORT_2023)
    const frame = page.locator('figure[data-chart="ranking"]')
    const button = frame.locator('summary', { hasText: 'Tải xuống' })
    await button.click()
    const waiting = page.waitForEvent('download')
    await frame.locator('button[data-export="csv"]').click()
    await waiting
    await expect(frame.locator('button[data-export="csv"]')).toBeHidden()
    await expect(button).toBeFocused()
  })
})
