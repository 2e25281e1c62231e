import { mkdirSync } from 'node:fs'
import { PAGES, test } from './fixtures.ts'

// npm run screenshots (playwright.screenshots.config.ts), not npm test. One screenshot per page,
// language and width, for the README and for review: a common laptop width (1366 px) and a
// phone's (390 px).
const OUT = 'docs/screenshots'
mkdirSync(OUT, { recursive: true })

for (const lang of ['vi', 'en'] as const) {
  test.describe(`screenshots (${lang})`, () => {
    test.use({ lang })
    for (const { name, path } of PAGES) {
      test(`${name} desktop`, async ({ page, open }) => {
        await page.setViewportSize({ width: 1366, height: 900 })
        await open(path)
        await page.screenshot({ path: `${OUT}/${name}-${lang}-desktop.png`, fullPage: true })
      })
      test(`${name} phone`, async ({ page, open }) => {
        await page.setViewportSize({ width: 390, height: 844 })
        await open(path)
        await page.screenshot({ path: `${OUT}/${name}-${lang}-phone.png`, fullPage: true })
      })
    }
  })
}
