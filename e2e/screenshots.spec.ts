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

// A phone as a phone renders the page: a touch screen (pointer: coarse), whose controls are 44 px
// high (styles.css), not a desktop browser made narrow.
const DEVICES = {
  desktop: { viewport: { width: 1366, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
} as const
const SIZES = ['desktop', 'phone'] as const

async function take(page: Page, name: string, lang: string, size: (typeof SIZES)[number]) {
  const path = `${OUT}/${name}-${lang}-${size}.png`
  if (size === 'desktop') {
    await page.screenshot({ path, fullPage: true })
    return
  }
  // A full-page capture drops the phone's touch emulation while it draws (the controls came out
  // 28 px high, not 44): the viewport is made as tall as the page instead.
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  await page.setViewportSize({ width: DEVICES.phone.viewport.width, height })
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true)
  await page.screenshot({ path })
}

for (const lang of ['vi', 'en'] as const) {
  test.describe(`screenshots (${lang})`, () => {
    test.use({ lang })
    const views: View[] = [...PAGES, ...MY_UNIT_VIEWS]
    for (const size of SIZES) {
      test.describe(size, () => {
        test.use(DEVICES[size])
        for (const { name, path, ready } of views) {
          test(`${name} ${size}`, async ({ page, open }) => {
            await open(path)
            await ready?.(page)
            await take(page, name, lang, size)
          })
        }

        for (const { name, path, ready } of EDITOR_VIEWS) {
          test(`${name} ${size}`, async ({ page }) => {
            await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, path)
            await waitForPanels(page)
            await ready?.(page)
            await take(page, name, lang, size)
          })
        }
      })
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
      for (const size of SIZES) {
        test.describe(size, () => {
          test.use(DEVICES[size])
          test(`rankings ${size}`, async ({ page, open }) => {
            await open(cohortPath(province, 'rankings'))
            await expect(page.getByTestId('rankings-table-status')).toContainText('600')
            await take(page, 'rankings-large-cohort', lang, size)
          })
        })
      }
    })
  }
})
