import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { signIn } from './fixtures/upload.ts'
import { downloadChart } from './fixtures/chart-download.ts'
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  COHORT_2023,
  expect,
  parseLocaleNumber,
  showTable,
  tableNumbers,
  test,
} from './fixtures.ts'

const PROFILE_2023 = '/units/LONG_AN.THANH_HOA?year=2023'

/**
 * The targets as a reader knows them: the image's width in px and where it is placed (A4 text
 * width under Decree 30/2020 margins; PowerPoint's 13.333 in slide); PNGs at twice the px.
 */
const TARGETS = {
  'a4-portrait': { width: 1000, physicalWidthCm: 16, slide: false },
  'a4-landscape': { width: 1500, physicalWidthCm: 24.7, slide: false },
  'slide-16-9': { width: 960, physicalWidthCm: 13.333 * 2.54, slide: true },
} as const
type TargetId = keyof typeof TARGETS
const TARGET_IDS = Object.keys(TARGETS) as TargetId[]
const DENSITY = 2

/** Size in points of `px` of an image `imageWidthPx` wide, placed `physicalWidthCm` wide. */
function ptAtWidth(px: number, imageWidthPx: number, physicalWidthCm: number) {
  return ((px * physicalWidthCm) / imageWidthPx) * (72 / 2.54)
}
/** Long An's districts 2023 were published by this decision (seeds/publications.csv). */
const DECISION_VI = 'Nguồn: Quyết định số 228/QĐ-UBND ngày 14/03/2024 của UBND tỉnh Long An'
const DECISION_EN =
  "Source: Decision No. 228/QĐ-UBND of 14 March 2024 by the People's Committee of Long An Province"

/**
 * Opens a page and waits for its panels, allowing a loaded machine a minute (each test here
 * renders and rasterises several images, so the runs overlap heavily).
 */
async function show(page: Page, path: string) {
  await page.goto(path)
  await expect(page.locator('main h1')).toBeVisible({ timeout: 60_000 })
  await expect(page.locator('.skeleton')).toHaveCount(0, { timeout: 60_000 })
}

function frameOf(page: Page, chart: string): Locator {
  return page.locator(`figure[data-chart="${chart}"]`)
}

async function chooseTarget(page: Page, chart: string, target: TargetId) {
  await frameOf(page, chart).locator('select[data-export-target]').selectOption(target)
}

const download = downloadChart

function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** What a reader relies on in an exported SVG: its size, type sizes, texts of each part. */
function readSvg(bytes: Buffer) {
  const svg = bytes.toString('utf8')
  const root = /^<svg [^>]*width="([\d.]+)" height="([\d.]+)"[^>]*data-target="([^"]+)"/.exec(svg)
  if (!root) throw new Error('not an export SVG')
  const part = (name: string) =>
    [...svg.matchAll(new RegExp(`<text[^>]*data-part="${name}"[^>]*>([^<]*)</text>`, 'g'))]
      .map((m) => m[1])
      .join(' ')
  const unescape = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
  // recharts writes each axis label as <text … font-size="…" … class="… recharts-cartesian-axis-tick-value">.
  const tickSizes = [
    ...svg.matchAll(/<text[^>]*font-size="([\d.]+)"[^>]*recharts-cartesian-axis-tick-value/g),
  ].map((m) => Number(m[1]))
  return {
    svg,
    width: Number(root[1]),
    height: Number(root[2]),
    target: root[3] as TargetId,
    title: unescape(part('title')),
    source: unescape(part('source')),
    titleSize: Number(/<text[^>]*font-size="([\d.]+)"[^>]*data-part="title"/.exec(svg)?.[1]),
    tickSizes,
  }
}

test('each target gives the ranking image its size, type in points and the publishing decision', async ({
  page,
}) => {
  await show(page, COHORT_2023)
  for (const id of TARGET_IDS) {
    const target = TARGETS[id]
    await chooseTarget(page, 'ranking', id)
    const svgFile = await download(page, 'ranking', 'svg')
    const image = readSvg(svgFile.bytes)
    expect(image.target).toBe(id)
    expect(image.width).toBe(target.width)
    // Fifteen districts: each row at least 1.8 lines of its label (a slide is 16:9 whatever).
    if (!target.slide) expect(image.height).toBeGreaterThan(15 * Math.min(...image.tickSizes) * 1.8)
    else expect(image.width / image.height).toBeCloseTo(16 / 9, 2)
    // Placed at the target's width, every axis label is ≥ 9 pt and the title ≥ 14 pt.
    expect(image.tickSizes.length).toBeGreaterThan(15)
    for (const size of image.tickSizes)
      expect(ptAtWidth(size, image.width, target.physicalWidthCm)).toBeGreaterThanOrEqual(9)
    expect(ptAtWidth(image.titleSize, image.width, target.physicalWidthCm)).toBeGreaterThanOrEqual(
      14,
    )
    expect(image.title).toBe('Chỉ số CCHC và xếp loại')
    expect(image.source).toContain(DECISION_VI)
    expect(image.source).toContain('2023')
    expect(image.svg).toContain('Tốt (≥ 80)')
    expect(image.svg).toContain('Chỉ số (%)')
    expect(image.svg).not.toContain('data-draft-mark')

    const pngFile = await download(page, 'ranking', 'png')
    expect(pngFile.name).toBe(
      id === 'a4-portrait' ? 'ranking-long-an-2023.png' : `ranking-long-an-2023-${id}.png`,
    )
    expect(pngSize(pngFile.bytes)).toEqual({
      width: image.width * DENSITY,
      height: Math.round(image.height * DENSITY),
    })
  }
  // The choice is remembered by the browser, for every chart.
  await show(page, COHORT_2023)
  await expect(frameOf(page, 'change').locator('select[data-export-target]')).toHaveValue(
    'slide-16-9',
  )
})

test('an image is as tall as its rows need: a few bars make a short image', async ({ page }) => {
  await show(page, COHORT_2023)
  await chooseTarget(page, 'ranking', 'a4-portrait')
  const fifteen = readSvg((await download(page, 'ranking', 'svg')).bytes)
  await show(page, PROFILE_2023)
  const awards = readSvg((await download(page, 'unit-awards', 'svg')).bytes)
  const rows = await (await showTable(frameOf(page, 'unit-awards'))).locator('tbody tr').count()
  expect(rows).toBeLessThan(10)
  expect(awards.height).toBeLessThan(
    fifteen.height - (15 - rows) * Math.min(...fifteen.tickSizes) * 1.6,
  )
})

test("the profile's awards images each count the year's awards once, by type and by level", async ({
  page,
}) => {
  await show(page, PROFILE_2023)
  const byType = readSvg((await download(page, 'unit-awards', 'svg')).bytes)
  expect(byType.title).toBe('Khen thưởng theo hình thức')
  // seeds/awards-long-an.csv: Thạnh Hóa's 2023 awards came from two decisions, each named with its date.
  expect(byType.source).toBe(
    'Nguồn: các quyết định khen thưởng số 1614/QĐ-UBND ngày 22/01/2024; số 596/QĐ-UBND ngày 14/02/2024 (số liệu năm 2023)',
  )
  expect(byType.svg).toContain('Cờ thi đua của UBND tỉnh')
  expect(byType.svg).not.toContain('UBND cấp huyện')
  const byLevel = readSvg((await download(page, 'unit-awards-issuer', 'svg')).bytes)
  expect(byLevel.title).toBe('Khen thưởng theo cấp khen')
  for (const text of ['UBND tỉnh', 'UBND cấp huyện', 'Từ cấp trên', 'Đơn vị tự khen']) {
    expect(byLevel.svg).toContain(text)
  }
  expect(byLevel.svg).not.toContain('Cờ thi đua của UBND tỉnh')
})

test('the history image names the years it spans and each year’s decision', async ({ page }) => {
  await show(page, PROFILE_2023)
  const image = readSvg((await download(page, 'index-history', 'svg')).bytes)
  expect(image.source).toContain('Nguồn: Quyết định của UBND tỉnh Long An')
  expect(image.source).toContain('số 200/QĐ-UBND ngày 10/03/2020 (năm 2019)')
  expect(image.source).toContain('số 228/QĐ-UBND ngày 14/03/2024 (năm 2023)')
  expect(image.source).toContain('2019–2023')
})

test.describe('in English', () => {
  test.use({ lang: 'en' })
  test('the source line names the decision in English', async ({ page }) => {
    await show(page, COHORT_2023)
    const image = readSvg((await download(page, 'ranking', 'svg')).bytes)
    expect(image.source).toContain(DECISION_EN)
    expect(image.svg).toContain('Index (%)')
  })
})

test('an unpublished year is marked as a draft across the image', async ({ page }) => {
  // An editor sees drafts; this cohort-year is used by no other test.
  const cohort = { parentCode: 'AN_GIANG.LONG_XUYEN', kind: 'COMMUNE', year: 2019 }
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, '/data')
  const call = (method: 'DELETE' | 'POST') =>
    page.evaluate(
      async ({ method, cohort }) => {
        const query = `parentCode=${encodeURIComponent(cohort.parentCode)}&kind=${cohort.kind}&year=${cohort.year}`
        const response =
          method === 'DELETE'
            ? await fetch(`/api/publications?${query}`, { method })
            : await fetch('/api/publications', {
                method,
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({
                  ...cohort,
                  decisionNo: '400/QĐ-UBND',
                  decisionDate: '2020-03-10',
                }),
              })
        return response.status
      },
      { method, cohort },
    )
  expect(await call('DELETE')).toBe(200)
  try {
    await page.goto('/overview?parent=AN_GIANG.LONG_XUYEN&kind=COMMUNE&year=2019')
    await expect(frameOf(page, 'ranking')).toBeVisible()
    const image = readSvg((await download(page, 'ranking', 'svg')).bytes)
    expect(image.svg).toMatch(
      /<g data-draft-mark="true"[^>]*><text[^>]*>DỰ THẢO — CHƯA CÔNG BỐ<\/text>/,
    )
    expect(image.source).toContain('Dự thảo — chưa công bố')
    expect(image.source).toContain('2019')
    const png = pngSize((await download(page, 'ranking', 'png')).bytes)
    expect(png.width).toBe(TARGETS['a4-portrait'].width * DENSITY)
  } finally {
    expect(await call('POST')).toBe(200)
  }
})

test('SVG export holds the same numbers as the table, two decimals as published', async ({
  page,
}) => {
  await show(page, COHORT_2023)
  const frame = frameOf(page, 'ranking')
  const { name, bytes } = await download(page, 'ranking', 'svg')
  expect(name).toBe('ranking-long-an-2023.svg')
  const svg = bytes.toString('utf8')
  expect(svg).toContain('@font-face')
  // recharts writes labels as <text>…</text> or <text><tspan>…</tspan></text>.
  const svgTexts = [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]+)</g)].map((m) =>
    (m[1] ?? '').trim(),
  )
  expect(svgTexts).toContain('80,10')
  const svgNumbers = new Set<number | null>(svgTexts.map((t) => parseLocaleNumber(t, 'vi')))
  const table = await showTable(frame)
  const indexCells = await table.locator('tbody tr td:nth-child(3)').allTextContents()
  expect(indexCells).toHaveLength(15)
  for (const cell of indexCells) expect(cell).toMatch(/^\d{1,3},\d{2}$/)
  for (const value of indexCells.map((t) => parseLocaleNumber(t, 'vi')))
    expect(svgNumbers.has(value)).toBe(true)
})

test('CSV export holds the same numbers as the table', async ({ page }) => {
  await show(page, COHORT_2023)
  const frame = frameOf(page, 'change')
  const { name, bytes } = await download(page, 'change', 'csv')
  expect(name).toBe('change-long-an-2023.csv')
  const text = bytes.toString('utf8')
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const lines = text.slice(1).trim().split('\r\n')
  // Under the rows, after an empty line, the image's source line: the change reads 2022 and 2023,
  // each published by its decision (one cell, quoted: it holds the separator).
  expect(lines.slice(-2)).toEqual([
    '',
    '"Nguồn: Quyết định của UBND tỉnh Long An: số 221/QĐ-UBND ngày 13/03/2023 (năm 2022); số 228/QĐ-UBND ngày 14/03/2024 (năm 2023) (số liệu các năm 2022–2023)"',
  ])
  const [header, ...rows] = lines.slice(0, -2)
  // As Excel under Vietnamese settings opens it: ";" between cells, the decimal comma, and each
  // rank of its cohort's size in words ("12/15" would open as a date), its rank the table's.
  expect(header).toBe('Đơn vị;Tăng/giảm (điểm);Hạng năm trước;Hạng;Thay đổi hạng')
  const csvNumbers = rows.flatMap((row) =>
    row
      .split(';')
      .slice(1)
      .map((cell) => parseLocaleNumber(cell.replace(/^(\d+) trên (\d+)$/, '$1/$2'), 'vi')),
  )
  const table = await showTable(frame)
  expect(csvNumbers).toEqual(await tableNumbers(table, 'vi'))
  expect(rows).toContain('Huyện Thạnh Hóa;5,35;12 trên 15;5 trên 15;7')
})

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('the export waits behind one button beside the tabs, and still downloads', async ({
    page,
  }) => {
    await show(page, COHORT_2023)
    const frame = frameOf(page, 'ranking')
    const png = frame.locator('button[data-export="png"]')
    await expect(png).toBeHidden()
    const menu = frame.locator('summary', { hasText: 'Tải xuống' })
    // On the tabs' line: the chart starts a line higher than with the sizes and formats shown.
    const tabs = await frame.getByRole('tablist').boundingBox()
    const button = await menu.boundingBox()
    expect(Math.abs((button?.y ?? 0) - (tabs?.y ?? 999))).toBeLessThan(4)
    await menu.click()
    await expect(frame.locator('select[data-export-target]')).toBeVisible()
    const { bytes } = await download(page, 'ranking', 'png')
    expect(pngSize(bytes).width).toBe(TARGETS['a4-portrait'].width * DENSITY)
  })
})

/**
 * Every chart a report takes (ranking, change, history, awards) at every target, in both
 * languages, kept in EXPORT_SAMPLES to be looked at as pasted into an A4 Word file (skipped otherwise).
 */
for (const lang of ['vi', 'en'] as const) {
  test.describe(`samples (${lang})`, () => {
    test.use({ lang })
    test('each report chart at each target', async ({ page }) => {
      const dir = process.env.EXPORT_SAMPLES
      test.skip(!dir, 'set EXPORT_SAMPLES to a folder to keep the images')
      test.setTimeout(600_000)
      const charts = [
        { path: COHORT_2023, chart: 'ranking' },
        { path: COHORT_2023, chart: 'change' },
        { path: PROFILE_2023, chart: 'index-history' },
        { path: PROFILE_2023, chart: 'unit-awards' },
        { path: PROFILE_2023, chart: 'unit-awards-issuer' },
        { path: '/awards?parent=AN_GIANG&kind=DISTRICT&year=2022', chart: 'awards' },
      ]
      for (const { path, chart } of charts) {
        await show(page, path)
        for (const id of TARGET_IDS) {
          await chooseTarget(page, chart, id)
          const png = await download(page, chart, 'png')
          writeFileSync(join(dir ?? '', `export-${chart}-${id}-${lang}.png`), png.bytes)
        }
      }
    })
  })
}
