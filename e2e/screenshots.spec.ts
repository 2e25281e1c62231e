import { mkdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  COHORT_2023,
  PAGES,
  expect,
  test,
  waitForPanels,
} from './fixtures.ts'
import { cohortPath, importLargeCohortBeforeAll } from './fixtures/large-cohort.ts'
import { EDITOR_VIEWS, MY_UNIT_VIEWS, type View } from './fixtures/screenshot-views.ts'
import { signIn, uniqueProvince } from './fixtures/upload.ts'

// npm run screenshots (playwright.screenshots.config.ts), not npm test. One screenshot per page,
// language and width, for the README and for review: a common laptop width (1366 px) and a
// phone's (390 px). Every file the docs show comes from here, so none outlives the page it shows.
const OUT = 'docs/screenshots'
mkdirSync(OUT, { recursive: true })

const SIZES = {
  desktop: { width: 1366, height: 900 },
  phone: { width: 390, height: 844 },
} as const

async function take(page: Page, name: string, lang: string, size: keyof typeof SIZES) {
  await page.screenshot({ path: `${OUT}/${name}-${lang}-${size}.png`, fullPage: true })
}

for (const lang of ['vi', 'en'] as const) {
  test.describe(`screenshots (${lang})`, () => {
    test.use({ lang })
    const views: View[] = [...PAGES, ...MY_UNIT_VIEWS]
    for (const { name, path, ready } of views) {
      for (const size of ['desktop', 'phone'] as const) {
        test(`${name} ${size}`, async ({ page, open }) => {
          await page.setViewportSize(SIZES[size])
          await open(path)
          await ready?.(page)
          await take(page, name, lang, size)
        })
      }
    }

    for (const { name, path, ready } of EDITOR_VIEWS) {
      for (const size of ['desktop', 'phone'] as const) {
        test(`${name} ${size}`, async ({ page }) => {
          await page.setViewportSize(SIZES[size])
          await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, path)
          await waitForPanels(page)
          await ready?.(page)
          await take(page, name, lang, size)
        })
      }
    }

    // The image itself, as a report writer pastes it at A4 text width (README, "Chart images").
    test('ranking image at A4 portrait', async ({ page, open }) => {
      test.slow()
      await open(COHORT_2023)
      const frame = page.locator('figure[data-chart="ranking"]')
      await frame.locator('select[data-export-target]').selectOption('a4-portrait')
      const download = page.waitForEvent('download')
      await frame.locator('button[data-export="png"]').click()
      const file = await download
      expect(file.suggestedFilename()).toBe('ranking-long-an-2023.png')
      await file.saveAs(`${OUT}/export-ranking-a4-portrait-${lang}.png`)
    })
  })
}

// Imports a province of 600 communes, which then shows in every cohort list and in the data
// history: its own project in playwright.screenshots.config.ts runs it after every other
// screenshot, so those show the demo data alone. Serial, so the province is imported once.
test.describe('large cohort', () => {
  test.describe.configure({ mode: 'serial' })
  const province = uniqueProvince()

  test.beforeAll(({ playwright }, info) => importLargeCohortBeforeAll(playwright, info, province))

  for (const lang of ['vi', 'en'] as const) {
    test.describe(lang, () => {
      test.use({ lang })
      for (const size of ['desktop', 'phone'] as const) {
        test(`rankings ${size}`, async ({ page, open }) => {
          await page.setViewportSize(SIZES[size])
          await open(cohortPath(province, 'rankings'))
          await expect(page.getByTestId('rankings-table-status')).toContainText('600')
          await take(page, 'rankings-large-cohort', lang, size)
        })
      }
    })
  }
})
