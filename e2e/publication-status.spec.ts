import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { waitForLoaded } from './fixtures/open-loaded.ts'

// The publication status beside a cohort page's year comes from a read of its own: on a slow
// network it arrives after the panels, and its place is held so nothing under it moves (ADR 051).

/** Holds every publication-status answer until `release` is called. */
async function holdStatus(page: Page) {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/publications/status**', async (route) => {
    await released
    await route.continue()
  })
  return release
}

const panelsTop = (page: Page) =>
  page.locator('.panels').evaluate((panels) => panels.getBoundingClientRect().top)

for (const { name, path, text } of [
  {
    name: 'rankings',
    path: '/rankings?parent=LONG_AN&kind=DISTRICT&year=2023',
    text: 'Đã công bố — QĐ 228/QĐ-UBND ngày 14/03/2024',
  },
  // Tasks name what the status is of: the longest line, two lines on a phone.
  {
    name: 'tasks',
    path: '/tasks?parent=AN_GIANG&kind=DISTRICT&year=2022',
    text: 'Chỉ số CCHC:',
  },
]) {
  for (const width of [1280, 390]) {
    test(`${name} at ${width} px: the panels stay where they are when the status arrives`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 })
      const release = await holdStatus(page)
      await page.goto(path)
      await waitForLoaded(page)
      const before = await panelsTop(page)
      release()
      await expect(page.locator('.publication-status[data-status]')).toContainText(text)
      expect(await panelsTop(page)).toBe(before)
    })
  }
}
