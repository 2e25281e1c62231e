import type { Locator, Page } from '@playwright/test'
import { expect, parseLocaleNumber, showTable, test } from './fixtures.ts'
import { downloadChart } from './fixtures/chart-download.ts'
import {
  axisNumbers,
  EXPORT_TARGETS,
  expectRoundSteps,
  exportedSvg,
} from './fixtures/axis-marks.ts'

test('tasks: Long Xuyên did all 59 planned tasks in 2022', async ({ page, open }) => {
  await open('/tasks?parent=AN_GIANG&kind=DISTRICT&year=2022')
  const table = await showTable(page.locator('figure[data-chart="tasks"]'))
  const row = table.getByRole('row').filter({ hasText: 'Thành phố Long Xuyên' })
  const cells = await row.getByRole('cell').allTextContents()
  expect(cells[1]).toBe('59')
  expect(cells.at(-2)).toBe('100,0')
})

test('awards: Long Xuyên gave Giấy khen to 18 recipients in 2022', async ({ page, open }) => {
  await open('/awards?parent=AN_GIANG&kind=DISTRICT&year=2022')
  const frame = page.locator('figure[data-chart="awards"]')
  const table = await showTable(frame)
  const header = await table.getByRole('columnheader').allTextContents()
  const row = table.getByRole('row').filter({ hasText: 'Thành phố Long Xuyên' })
  const cells = await row.getByRole('cell').allTextContents()
  expect(cells[header.indexOf('Đơn vị tự khen: Giấy khen')]).toBe('18')
  await expect(page.getByRole('table', { name: 'Theo hình thức khen thưởng' })).toBeVisible()
})

test('the awards chart draws what units received from above apart from what they gave', async ({
  page,
  open,
}) => {
  await open('/awards?parent=AN_GIANG&kind=DISTRICT&year=2022')
  const frame = page.locator('figure[data-chart="awards"]')
  // seeds/awards-an-giang.csv: the province's flag and Bằng khen to Thoại Sơn, its Bằng khen to
  // Châu Đốc; every other award of the cohort a district's own.
  const received = frame.locator('svg g[data-direction="RECEIVED"]')
  const given = frame.locator('svg g[data-direction="GIVEN"]')
  await expect(received.locator('.facet-heading')).toHaveText('Từ cấp trên')
  await expect(given.locator('.facet-heading')).toHaveText('Đơn vị tự khen')
  await expect(received.locator('.recharts-bar path')).toHaveCount(3)
  await expect(received.locator('.recharts-label-list text')).toHaveText(['1', '2'])
  const table = await showTable(frame)
  const header = await table.getByRole('columnheader').allTextContents()
  const row = table.getByRole('row').filter({ hasText: 'Huyện Thoại Sơn' })
  const cells = await row.getByRole('cell').allTextContents()
  const at = (name: string) => parseLocaleNumber(cells[header.indexOf(name)] ?? '', 'vi') ?? NaN
  expect(at('Từ cấp trên')).toBe(2)
  expect(at('Từ cấp trên') + at('Đơn vị tự khen')).toBe(at('Tổng'))
  expect(at('Từ cấp trên: Cờ thi đua của UBND tỉnh')).toBe(1)
  expect(at('Từ cấp trên: Bằng khen của Chủ tịch UBND tỉnh')).toBe(1)
})

test('each part of the awards chart marks its scale in even round steps, on the page and in every export', async ({
  page,
  open,
}) => {
  await open('/awards?parent=LONG_AN&kind=DISTRICT&year=2024')
  const parts = (chart: Locator) =>
    ['RECEIVED', 'GIVEN'].map((d) => chart.locator(`g[data-direction="${d}"] .xAxis`))
  for (const axis of parts(page.locator('figure[data-chart="awards"]')))
    expectRoundSteps(await axisNumbers(axis))
  // A4 portrait's narrower part from above read 0, 5, 10, 20: 15 left out, its neighbours kept.
  for (const target of EXPORT_TARGETS) {
    const image = await exportedSvg(page, 'awards', target)
    for (const axis of parts(image)) {
      const marks = await axisNumbers(axis)
      expectRoundSteps(marks)
      expect(marks.length).toBeGreaterThanOrEqual(3)
    }
    await image.page().close()
  }
})

// Headlines that add up on their face (issue 17, point 6): done of the tasks due with the
// cancelled ones named; award totals that name every recipient type.
const TASKS_HEADLINE = '557/806 nhiệm vụ hoàn thành (trừ 14 điều chỉnh/hủy) — 69,1%'
const AWARDS_HEADLINE = '3.508 khen thưởng: 58 tập thể, 420 cá nhân, 3.030 hộ gia đình'
const LONG_XUYEN_COMMUNES = 'parent=AN_GIANG.LONG_XUYEN&kind=COMMUNE&year=2022'

for (const viewport of [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`headlines at ${viewport.width} px`, () => {
    test.use({ viewport })

    test('the tasks headline divides done by the tasks due', async ({ page, open }) => {
      await open('/overview?parent=LONG_AN&kind=DISTRICT&year=2023')
      await expect(
        page.locator('.glance').filter({ hasText: 'Nhiệm vụ CCHC' }).locator('.big'),
      ).toHaveText(TASKS_HEADLINE)
      await open('/tasks?parent=LONG_AN&kind=DISTRICT&year=2023')
      await expect(page.getByTestId('tasks-headline')).toHaveText(TASKS_HEADLINE)
    })

    test('the awards headline names every recipient type', async ({ page, open }) => {
      await open(`/overview?${LONG_XUYEN_COMMUNES}`)
      await expect(
        page.locator('.glance').filter({ hasText: 'Khen thưởng' }).locator('.big'),
      ).toHaveText(AWARDS_HEADLINE)
      await open(`/awards?${LONG_XUYEN_COMMUNES}`)
      await expect(page.getByTestId('awards-headline')).toHaveText(AWARDS_HEADLINE)
    })
  })
}

test('awards by award and recipient type, given apart from received', async ({ page, open }) => {
  await open('/awards?parent=AN_GIANG&kind=DISTRICT&year=2022')
  const breakdown = page.getByRole('table', { name: 'Theo hình thức và đối tượng khen thưởng' })
  const given = breakdown
    .getByRole('row')
    .filter({ hasText: 'Đơn vị tự khen' })
    .filter({ hasText: /^Đơn vị tự khenGiấy khen/ })
  await expect(given.getByRole('cell')).toHaveText([
    'Đơn vị tự khen',
    'Giấy khen',
    '72',
    '101',
    '173',
  ])
  // No district of the cohort has a household award: no column of zeros for them.
  await expect(breakdown.getByRole('columnheader', { name: 'Hộ gia đình' })).toHaveCount(0)
  const received = breakdown.getByRole('row').filter({ hasText: 'Từ cấp trên' })
  await expect(received).toHaveCount(2)
  await expect(page.getByText('Từ cấp trên: 3; đơn vị tự khen: 569.')).toBeVisible()
  // A city's Giấy khen to 10 collectives and 8 individuals reads back as exactly that.
  const row = page
    .getByTestId('awards-table')
    .getByRole('row')
    .filter({ hasText: 'Thành phố Long Xuyên' })
  await expect(row).toContainText('Giấy khen — 10 tập thể, 8 cá nhân')
  const header = await page.getByTestId('awards-table').getByRole('columnheader').allTextContents()
  const cells = await row.getByRole('cell').allTextContents()
  expect(cells[header.findIndex((h) => h.startsWith('Đơn vị tự khen'))]).toBe('42')
  expect(cells[header.findIndex((h) => h.startsWith('Từ cấp trên'))]).toBe('0')
})

// A laptop's width in Vietnamese, the longer language: every column of the tasks and awards lists
// in view, the rates the tasks list is sorted by beside the plan rather than scrolled off its end.
test.describe('the lists fit a laptop', () => {
  test.use({ viewport: { width: 1366, height: 900 } })

  for (const [path, testId] of [
    ['/tasks?parent=AN_GIANG&kind=DISTRICT&year=2022', 'tasks-table'],
    ['/awards?parent=AN_GIANG&kind=DISTRICT&year=2022', 'awards-table'],
  ] as const) {
    test(`${testId}: no column scrolled out of view`, async ({ page, open }) => {
      await open(path)
      const table = page.getByTestId(testId)
      await expect(table.getByRole('row').nth(1)).toBeVisible()
      const overflow = await table.evaluate((el) => {
        const frame = el.parentElement as HTMLElement
        return frame.scrollWidth - frame.clientWidth
      })
      expect(overflow).toBeLessThanOrEqual(0)
    })
  }

  test('the tasks list gives its rates beside the plan', async ({ page, open }) => {
    await open('/tasks?parent=AN_GIANG&kind=DISTRICT&year=2022')
    const header = await page.getByTestId('tasks-table').getByRole('columnheader').allTextContents()
    expect(header.slice(0, 4).map((h) => h.replace(/[↕▲▼]/g, '').trim())).toEqual([
      'Đơn vị',
      'Kế hoạch',
      'Hoàn thành (% số phải thực hiện)',
      'Đúng hạn (% số phải thực hiện)',
    ])
    // The denominator the rates are shares of, defined under the list.
    await expect(page.getByTestId('tasks-due-note')).toContainText(
      'Số phải thực hiện = kế hoạch trừ số nhiệm vụ điều chỉnh/hủy',
    )
  })
})

// The tasks chart ranks by completion, so each bar is the unit's tasks due as 100 %, split by
// status: every bar as long as the next, its done part (on time + late) as long as the rate it
// ends with; the adjusted or cancelled tasks outside it. Measured on the page and in the image.
type BarShape = { total: number; done: number; label: number | null }

function barShapes(svg: Element): BarShape[] {
  const bars = new Map<number, { y: number; total: number; done: number }>()
  svg.querySelectorAll('g.recharts-bar').forEach((group, series) => {
    group.querySelectorAll<SVGGraphicsElement>('path.recharts-rectangle').forEach((path) => {
      const box = path.getBBox()
      const key = Math.round(box.y)
      const bar = bars.get(key) ?? { y: box.y, total: 0, done: 0 }
      bar.total += box.width
      if (series < 2) bar.done += box.width
      bars.set(key, bar)
    })
  })
  const labels = [...svg.querySelectorAll('.recharts-label-list text')].map((t) => t.textContent)
  return [...bars.values()]
    .sort((a, b) => a.y - b.y)
    .map((bar, i) => {
      const text = (labels[i] ?? '').replace('%', '').replace(',', '.')
      return { total: bar.total, done: bar.done, label: text ? Number(text) : null }
    })
}

function expectShares(shapes: BarShape[]) {
  expect(shapes.length).toBeGreaterThan(5)
  const full = shapes[0]?.total ?? 0
  for (const { total, done, label } of shapes) {
    expect(total).toBeCloseTo(full, 0)
    expect((done / total) * 100).toBeCloseTo(label ?? Number.NaN, 0)
  }
}

const TASKS_AN_GIANG = '/tasks?parent=AN_GIANG&kind=DISTRICT&year=2022'

async function tasksDownload(page: Page, kind: 'png' | 'svg' | 'csv') {
  return (await downloadChart(page, 'tasks', kind)).bytes
}

test('the tasks chart draws each unit’s tasks due as 100 %, its image and file alike', async ({
  page,
  open,
}) => {
  await open(TASKS_AN_GIANG)
  const frame = page.locator('figure[data-chart="tasks"]')
  const live = frame.locator('.chart-body svg').first()
  expectShares(await live.evaluate(barShapes))
  // The axis is the share, the legend only what a bar holds; the page says where cancelled went.
  await expect(live).toContainText('% số phải thực hiện (trừ điều chỉnh/hủy)')
  await expect(frame.locator('.legend')).not.toContainText('Điều chỉnh / hủy')
  await expect(page.getByTestId('tasks-share-note')).toContainText(
    'Nhiệm vụ điều chỉnh/hủy (4 trong cả nhóm) không nằm trong thanh',
  )

  const csv = (await tasksDownload(page, 'csv'))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
  // The rows, an empty line, then the source line the image carries.
  expect(csv.at(-2)).toBe('')
  expect(csv.at(-1)).toBe(
    'Nguồn: báo cáo kết quả thực hiện kế hoạch CCHC của các đơn vị (số liệu năm 2022)',
  )
  const header = (csv[0] ?? '').split(';')
  const rows = csv.slice(1, -2).map((line) => line.split(';'))
  const column = (name: string) => header.indexOf(name)
  const shareColumns = header.filter((h) => h.endsWith('(% số phải thực hiện)'))
  // The rates and the five shares the bars draw, with the counts they come from.
  expect(shareColumns).toHaveLength(7)
  expect(header).toContain('Phải thực hiện')
  expect(header).toContain('Điều chỉnh / hủy')
  const num = (cell: string | undefined) => parseLocaleNumber(cell ?? '', 'vi') ?? Number.NaN
  for (const row of rows) {
    const shares = shareColumns.slice(2).map((h) => num(row[column(h)]))
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 1)
    const done =
      num(row[column('Hoàn thành đúng hạn (% số phải thực hiện)')]) +
      num(row[column('Hoàn thành trễ hạn (% số phải thực hiện)')])
    expect(done).toBeCloseTo(num(row[column('Hoàn thành (% số phải thực hiện)')]), 1)
    const due = num(row[column('Kế hoạch')]) - num(row[column('Điều chỉnh / hủy')])
    expect(num(row[column('Phải thực hiện')])).toBe(due)
  }

  // The image is the same drawing at a paper size.
  const png = await tasksDownload(page, 'png')
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
  const svg = (await tasksDownload(page, 'svg')).toString('utf8')
  const image = await page.context().newPage()
  await image.setContent(svg)
  expectShares(await image.locator('svg').first().evaluate(barShapes))
  await expect(image.locator('svg').first()).toContainText('% số phải thực hiện')
  await image.close()
})

test('the overview’s tasks bar is the tasks due, done as long as its headline’s rate', async ({
  page,
  open,
}) => {
  await open('/overview?parent=LONG_AN&kind=DISTRICT&year=2023')
  const glance = page.locator('.glance').filter({ hasText: 'Nhiệm vụ CCHC' })
  const shares = await glance
    .getByTestId('tasks-glance-bar')
    .locator('rect[data-share]')
    .evaluateAll((rects) =>
      rects.map((r) => ({
        status: r.getAttribute('data-status'),
        share: Number(r.getAttribute('data-share')),
      })),
    )
  expect(shares.reduce((a, s) => a + s.share, 0)).toBeCloseTo(100, 6)
  expect(shares.map((s) => s.status)).not.toContain('CANCELLED')
  const done = shares
    .filter((s) => s.status === 'DONE_ON_TIME' || s.status === 'DONE_LATE')
    .reduce((a, s) => a + s.share, 0)
  // The headline: 557/806 — 69,1 %.
  expect(done).toBeCloseTo((557 / 806) * 100, 6)
  await expect(glance.getByTestId('tasks-glance-cancelled')).toHaveText(
    'Điều chỉnh / hủy: 14 (không tính vào thanh)',
  )
})

const AWARDS_AN_GIANG = '/awards?parent=AN_GIANG&kind=DISTRICT&year=2022'
const headersOf = async (table: Locator) =>
  (await table.locator('thead th:visible').allTextContents()).map((h) =>
    h.replace(/[↕▲▼]/g, '').trim(),
  )

test.describe('the awards list on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('shows the unit and its recipients by type, the rest on request, no empty column', async ({
    page,
    open,
  }) => {
    await open(AWARDS_AN_GIANG)
    const table = page.getByTestId('awards-table')
    await table.scrollIntoViewIfNeeded()
    expect(await headersOf(table)).toEqual(['Đơn vị', 'Tổng', 'Tập thể', 'Cá nhân'])
    const region = table.locator('xpath=..')
    const fit = await region.evaluate((el) => el.scrollWidth - el.clientWidth)
    expect(fit).toBeLessThanOrEqual(0)
    const block = page.locator('.table-block').filter({ has: table })
    await block.getByRole('button', { name: 'Thêm cột' }).click()
    expect(await headersOf(table)).toEqual([
      'Đơn vị',
      'Tổng',
      'Tập thể',
      'Cá nhân',
      'Từ cấp trên',
      'Đơn vị tự khen',
      'Chi tiết',
    ])
    await expect(table.locator('th.col-sticky')).toHaveCSS('position', 'sticky')
  })

  test('puts “More columns” with its own table, under that table’s caption', async ({
    page,
    open,
  }) => {
    await open(AWARDS_AN_GIANG)
    const above = page.getByRole('table', { name: 'Theo cấp khen' })
    const table = page.getByRole('table', { name: 'Theo hình thức và đối tượng khen thưởng' })
    const block = page.locator('.table-block').filter({ has: table })
    const toggle = block.getByRole('button', { name: 'Thêm cột' })
    const title = block.locator('.table-title')
    await table.scrollIntoViewIfNeeded()
    await expect(title).toHaveText('Theo hình thức và đối tượng khen thưởng')
    const boxOf = async (l: Locator) => {
      const box = await l.boundingBox()
      if (!box) throw new Error('not laid out')
      return box
    }
    const a = await boxOf(above)
    const t = await boxOf(title)
    const b = await boxOf(toggle)
    const head = await boxOf(table.locator('thead'))
    // The table above ends, then this table's caption with its toggle beside it, then its header.
    expect(t.y).toBeGreaterThanOrEqual(a.y + a.height)
    expect(b.x).toBeGreaterThan(t.x + t.width - 1)
    expect(b.y).toBeLessThan(t.y + t.height)
    expect(b.y + b.height).toBeLessThanOrEqual(head.y)
    await expect(
      page.locator('.table-block').filter({ has: above }).getByRole('button'),
    ).toHaveCount(0)
  })
})

for (const viewport of [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`the awards list has a household column only where a unit has one, at ${viewport.width} px`, async ({
    page,
    open,
  }) => {
    await page.setViewportSize(viewport)
    const household = (p: Page) =>
      p.getByTestId('awards-table').locator('thead th').filter({ hasText: 'Hộ gia đình' })
    await open(AWARDS_AN_GIANG)
    await expect(page.getByTestId('awards-table')).toBeVisible()
    await expect(household(page)).toHaveCount(0)
    // Long Xuyên's wards and communes gave 3,030 households "Gia đình văn hóa".
    await open(`/awards?${LONG_XUYEN_COMMUNES}`)
    await expect(page.getByTestId('awards-table')).toBeVisible()
    await expect(household(page)).toHaveCount(1)
  })
}
