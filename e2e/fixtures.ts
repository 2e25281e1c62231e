import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Locator, type Page } from '@playwright/test'
import { parseLocaleNumber } from './fixtures/locale-number.ts'

export const COHORT_2023 = '/overview?parent=LONG_AN&kind=DISTRICT&year=2023'

// Kept beside the fixtures that sign in with it, which cannot import this file back.
export { ADMIN_EMAIL, ADMIN_PASSWORD } from './fixtures/admin-account.ts'

/** Every page of the app with a URL that shows the demo data. */
export const PAGES = [
  { name: 'overview', path: '/overview?parent=LONG_AN&kind=DISTRICT&year=2023' },
  { name: 'rankings', path: '/rankings?parent=LONG_AN&kind=DISTRICT&year=2023' },
  { name: 'scorecard', path: '/scorecard?parent=LONG_AN&kind=DISTRICT&year=2023' },
  { name: 'unit-profile', path: '/units/LONG_AN.THANH_HOA?year=2023' },
  { name: 'compare', path: '/compare?units=LONG_AN.THANH_HOA,LONG_AN.BEN_LUC,LONG_AN.DUC_HOA' },
  // Units of two levels under two schemes: compared as shares of each maximum, with the warning.
  { name: 'compare-shares', path: '/compare?units=LONG_AN.THANH_HOA,LONG_AN.SO_TU_PHAP&year=2023' },
  { name: 'tasks', path: '/tasks?parent=AN_GIANG&kind=DISTRICT&year=2022' },
  { name: 'awards', path: '/awards?parent=AN_GIANG&kind=DISTRICT&year=2022' },
  // The 2025 map (ADR 014): the landing cohort, a partial national cohort, a merged unit.
  { name: 'overview-present', path: '/overview' },
  { name: 'rankings-partial-cohort', path: '/rankings?parent=VN&kind=PROVINCE&year=2025' },
  { name: 'profile-timeline', path: '/units/TAY_NINH?year=2025' },
] as const

type Fixtures = {
  /** UI language set before the first page load (localStorage, as the switch persists it). */
  lang: 'vi' | 'en'
  /** Opens a path and waits until every panel has loaded (no skeleton left) and every chart is drawn. */
  open: (path: string) => Promise<void>
  /** Runs axe and returns the serious and critical violations. */
  seriousViolations: () => Promise<
    { id: string; impact: string | null | undefined; nodes: number }[]
  >
}

export const test = base.extend<Fixtures>({
  lang: ['vi', { option: true }],
  page: async ({ page, lang }, use) => {
    await page.addInitScript((l) => {
      if (!sessionStorage.getItem('par.e2e.init')) {
        localStorage.setItem('par.lang', l)
        sessionStorage.setItem('par.e2e.init', '1')
      }
    }, lang)
    await use(page)
  },
  open: async ({ page }, use) => {
    await use(async (path) => {
      await page.goto(path)
      await waitForPanels(page)
    })
  },
  seriousViolations: async ({ page }, use) => {
    await use(async () => {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }))
    })
  },
})

export async function waitForPanels(page: Page) {
  await expect(page.locator('main h1')).toBeVisible()
  await expect(page.locator('.skeleton')).toHaveCount(0)
  // A chart draws in the frame after its panel, once within a quarter of a screen of the view
  // (draw-after-paint.tsx): its box holds the place. Each is scrolled to until none is left.
  const placeholders = page.locator('.chart-placeholder')
  await expect(async () => {
    const left = await placeholders.evaluateAll((boxes) =>
      boxes.map((box) => {
        const chart = box.closest('figure')?.getAttribute('data-chart') ?? '?'
        return `${chart} at ${Math.round(box.getBoundingClientRect().top + window.scrollY)} px`
      }),
    )
    if (left.length > 0) await placeholders.first().scrollIntoViewIfNeeded({ timeout: 2000 })
    expect(left, 'charts not drawn yet').toEqual([])
  }).toPass({ intervals: [100, 250, 500] })
  // A chart on the page is drawn at its box's width (measured, then drawn as a transition): none
  // is left drawn at an earlier width, a narrow drawing centred in a wide box.
  const surfaces = page.locator('.recharts-wrapper > svg.recharts-surface')
  await expect(async () => {
    const stale = await surfaces.evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const box = svg.parentElement?.clientWidth ?? 0
        const drawn = Number(svg.getAttribute('width'))
        const chart = svg.closest('figure')?.getAttribute('data-chart') ?? '?'
        return box > 0 && Math.abs(drawn - box) > 1 ? [`${chart}: ${drawn} px in ${box}`] : []
      }),
    )
    expect(stale, 'charts drawn at a stale width').toEqual([])
  }).toPass({ intervals: [100, 250, 500] })
  await page.evaluate(() => window.scrollTo(0, 0))
}

/** Switches a chart frame to its table view and returns the table. */
export async function showTable(frame: Locator): Promise<Locator> {
  await frame.getByRole('tab', { name: /^(Bảng|Table)$/ }).click()
  const table = frame.locator('table')
  await expect(table).toBeVisible()
  return table
}

/** The numbers a table shows, as JS numbers (locale decimal comma or point both read). */
export async function tableNumbers(table: Locator, lang: 'vi' | 'en'): Promise<number[]> {
  const cells = await table.locator('tbody td.num').allTextContents()
  return cells.map((text) => parseLocaleNumber(text, lang)).filter((n): n is number => n !== null)
}

export { expect, parseLocaleNumber }
