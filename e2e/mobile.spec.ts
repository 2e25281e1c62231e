import { expect, PAGES, test } from './fixtures.ts'

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

for (const { name, path } of PAGES) {
  test(`${name} does not scroll sideways at 390 px`, async ({ page, open }) => {
    await open(path)
    const { scrollWidth, clientWidth } = await page.evaluate(() => {
      const el = document.scrollingElement as HTMLElement
      return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }
    })
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
  })
}
