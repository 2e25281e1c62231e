import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { openLoaded } from './fixtures/open-loaded.ts'

// Every chart image names where its figures come from (issue 16, "Official sources
// everywhere"): the awards image the award decisions that granted them, the tasks image the
// units' own reports; never the dashboard.

const AN_GIANG_2022 = 'parent=AN_GIANG&kind=DISTRICT&year=2022'

/** The source line drawn inside a chart's exported SVG (its lines joined). */
async function imageSource(page: Page, chart: string): Promise<string> {
  const waiting = page.waitForEvent('download')
  await page.locator(`figure[data-chart="${chart}"] button[data-export="svg"]`).click()
  const file = await waiting
  const svg = readFileSync((await file.path())!).toString('utf8')
  return [...svg.matchAll(/<text[^>]*data-part="source"[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1] ?? '')
    .join(' ')
    .replace(/&amp;/g, '&')
    .normalize('NFC')
}

test('the awards image names the award decisions of An Giang’s districts, 2022', async ({
  page,
}) => {
  await openLoaded(page, `/awards?${AN_GIANG_2022}`)
  const source = await imageSource(page, 'awards')
  // seeds/awards-an-giang.csv: fourteen decisions, 10/01/2023 to 20/02/2023.
  expect(source).toMatch(/^Nguồn: 14 quyết định khen thưởng ngày 10\/01\/2023–20\/02\/2023, số /)
  for (const decision of ['2771/QĐ-UBND', '1056/QĐ-UBND', '157/QĐ-UBND', '777/QĐ-UBND'])
    expect(source).toContain(decision)
  expect(source).toContain('(số liệu năm 2022)')
  expect(source).not.toContain('PAR Dashboard')
})

test('the tasks image names the units’ reports, which no decision publishes', async ({ page }) => {
  await openLoaded(page, `/tasks?${AN_GIANG_2022}`)
  expect(await imageSource(page, 'tasks')).toBe(
    'Nguồn: báo cáo kết quả thực hiện kế hoạch CCHC của các đơn vị (số liệu năm 2022)',
  )
})

test.describe('in English', () => {
  test.use({ lang: 'en' })
  test('the awards image names the award decisions', async ({ page }) => {
    await openLoaded(page, `/awards?${AN_GIANG_2022}`)
    const source = await imageSource(page, 'awards')
    expect(source).toMatch(/^Source: 14 award decisions dated 10 January 2023–20 February 2023/)
    expect(source).toContain('Nos. 2771/QĐ-UBND')
    expect(source).toContain('(data for 2022)')
  })
})
