import type { Page } from '@playwright/test'
import { downloadChart } from './fixtures/chart-download.ts'
import { codeOf, cohortPath, importLargeCohortBeforeAll, nameOf } from './fixtures/large-cohort.ts'
import { openLoaded } from './fixtures/open-loaded.ts'
import { uniqueProvince } from './fixtures/upload.ts'
import { COHORT_2023, expect, showTable, test } from './fixtures.ts'

// What a report writer reads in an image or a file used without the page around it, and in the
// names of the files they collect for one report: the scheme's maxima as the scheme writes them,
// the heat map's units named as a report would, why a year's change is left empty, a
// comparison's files named by its units, whose mark the highlighted unit carries, each line of
// the rank history named once, a fall's minus sign.

/** An exported SVG's file name, its subtitle (lines joined) and the chart's value labels. */
async function svgTexts(page: Page, chart: string) {
  const file = await downloadChart(page, chart, 'svg')
  const svg = file.bytes.toString('utf8')
  const texts = (pattern: RegExp) => [...svg.matchAll(pattern)].map((m) => m[1] ?? '')
  return {
    name: file.name,
    subtitle: texts(/<text[^>]*data-part="subtitle"[^>]*>([^<]*)<\/text>/g).join(' '),
    // Each at a bar's end: <text class="… recharts-label"><tspan …>23,64</tspan></text>.
    labels: texts(/<text[^>]*recharts-label"[^>]*><tspan[^>]*>([^<]*)<\/tspan>/g),
    legend: texts(/<text[^>]*data-part="legend"[^>]*>([^<]*)<\/text>/g),
    // The rank history's names at its lines' ends (and at a break's gap): code → name.
    lineNames: [
      ...svg.matchAll(/<text[^>]*data-(?:line|stretch)-label="([^"]+)"[^>]*>([^<]*)<\/text>/g),
    ].map((m) => ({ code: m[1] ?? '', name: (m[2] ?? '').replace(/^[▶★] /, '') })),
  }
}

test('the profile’s fields image writes each maximum as the scheme does, points to two decimals', async ({
  page,
}) => {
  await openLoaded(page, '/units/LONG_AN.THANH_HOA?year=2023')
  const { labels } = await svgTexts(page, 'fields')
  // Thủ tục hành chính: 10,08 of 12; Tổ chức bộ máy 5,78 of 7; Chính quyền số 10,61 of 14
  // (seeds/schemes.csv).
  expect(labels).toEqual(expect.arrayContaining(['10,08', '5,78', '10,61', '12', '7', '14']))
  for (const forced of ['12,00', '7,00', '14,00']) expect(labels).not.toContain(forced)
})

test('the heat map’s image says which units it holds, not “the page shown”', async ({ page }) => {
  await openLoaded(page, '/scorecard?parent=LONG_AN&kind=DISTRICT&year=2023')
  const { subtitle } = await svgTexts(page, 'scorecard')
  expect(subtitle).toBe('Tỉnh Long An (cấp huyện), năm 2023 — 15 đơn vị, % điểm tối đa')
})

test('the profile’s history file says why a year’s change is left empty', async ({ page }) => {
  await openLoaded(page, '/units/LONG_AN.THANH_HOA?year=2023')
  const file = await downloadChart(page, 'index-history', 'csv')
  const lines = file.bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
  expect(lines[0]).toBe('Năm;Chỉ số (%);Hạng;Tăng/giảm (điểm);Thay đổi hạng;Ghi chú')
  // 2022 was scored under a new method (seeds/schemes.csv): no change is claimed on 2021.
  const cells = lines.find((l) => l.startsWith('2022;'))?.split(';') ?? []
  expect(cells.slice(0, 5)).toEqual(['2022', '74,75', '12 trên 15', '', ''])
  expect(cells[5]).toMatch(/^Năm 2022: không so sánh được với năm 2021 \(.+\)\.$/)
  // A comparable year has no note.
  expect(lines.find((l) => l.startsWith('2023;'))).toBe('2023;80,1;5 trên 15;5,35;7;')
})

test('the profile’s tasks image says in words what the figure at a bar’s end counts', async ({
  page,
}) => {
  await openLoaded(page, '/units/LONG_AN.THANH_HOA?year=2023')
  // Thể chế, the first field: 7 of its 10 tasks due done (seeds/tasks-long-an.csv).
  const { legend, labels } = await svgTexts(page, 'unit-tasks')
  expect(labels).toContain('7/10 — 70,0%')
  // A key longer than the image's width is wrapped onto lines of the legend.
  expect(legend.join(' ')).toContain(
    '7/10 — 70,0%: hoàn thành 7 trên 10 nhiệm vụ phải thực hiện (kế hoạch trừ số điều chỉnh/hủy)',
  )
  // The page says it in the note under the chart, not in its legend.
  const frame = page.locator('figure[data-chart="unit-tasks"]')
  await expect(frame.locator('.legend')).not.toContainText('7/10')
})

test('a comparison’s files are named by the units compared', async ({ page }) => {
  await openLoaded(page, '/compare?units=LONG_AN.THANH_HOA,LONG_AN.BEN_LUC,LONG_AN.DUC_HOA')
  const units = 'long-an-thanh-hoa-ben-luc-duc-hoa'
  expect((await downloadChart(page, 'compare-fields', 'png')).name).toBe(
    `compare-fields-${units}-2024.png`,
  )
  expect((await downloadChart(page, 'compare-years', 'csv')).name).toBe(
    `compare-years-${units}-2019-2024.csv`,
  )
})

test('a fall is written with a minus sign on the page and in the image, with “-” in the file', async ({
  page,
}) => {
  await openLoaded(page, COHORT_2023)
  // Cần Giuộc fell 6.08 points and 4 places in 2023 (seeds/assessments-long-an.csv).
  const svg = (await downloadChart(page, 'change', 'svg')).bytes.toString('utf8')
  expect(svg).toContain('>\u22126,08  ↓4<')
  // The change axis's marks below zero too.
  expect(svg).toMatch(/>\u22124</)
  expect(svg).not.toMatch(/>-\d/)
  const csv = (await downloadChart(page, 'change', 'csv')).bytes.toString('utf8')
  // A spreadsheet under Vietnamese settings reads "-6,08" as a number, "−6,08" as text.
  expect(csv).toContain('\r\nHuyện Cần Giuộc;-6,08;')
  expect(csv).not.toContain('\u2212')
  const table = await showTable(page.locator('figure[data-chart="change"]'))
  await expect(table.getByRole('row', { name: /Huyện Cần Giuộc/ })).toContainText('\u22126,08')
})

const FOCUS_2023 = `${COHORT_2023}&focus=LONG_AN.THANH_HOA`
const FOCUS_KEY = '▶ Đơn vị được làm nổi bật: Huyện Thạnh Hóa'

test('with my unit chosen, each image that marks it says which unit the mark is', async ({
  page,
}) => {
  await openLoaded(page, FOCUS_2023)
  for (const chart of ['ranking', 'change'])
    expect((await svgTexts(page, chart)).legend, chart).toContain(FOCUS_KEY)
  await openLoaded(
    page,
    '/scorecard?parent=LONG_AN&kind=DISTRICT&year=2023&focus=LONG_AN.THANH_HOA',
  )
  expect((await svgTexts(page, 'scorecard')).legend).toContain(FOCUS_KEY)
  // Without a unit chosen, no key to a mark the image does not draw.
  await openLoaded(page, COHORT_2023)
  expect((await svgTexts(page, 'ranking')).legend.join()).not.toContain('▶')
})

test('the rank history’s image names each line once: at its end, not again in a legend', async ({
  page,
}) => {
  await openLoaded(page, FOCUS_2023.replace('/overview', '/rankings'))
  for (const target of ['a4-portrait', 'slide-16-9'] as const) {
    await page
      .locator('figure[data-chart="rank-movements"] select[data-export-target]')
      .selectOption(target)
    const { legend, lineNames } = await svgTexts(page, 'rank-movements')
    // Long An's 15 districts, each named at its line's end in 2023; my unit's mark keyed.
    expect(new Set(lineNames.map((l) => l.code)).size, target).toBe(15)
    expect(legend, target).toEqual([FOCUS_KEY])
  }
})

test.describe('a cohort of 600 communes', () => {
  const province = uniqueProvince()
  test.beforeAll(({ playwright }, info) => importLargeCohortBeforeAll(playwright, info, province))
  test.beforeEach(() => test.slow())

  test('the rank history’s image keys every line its ends leave unnamed, and only those', async ({
    page,
  }) => {
    // The ends of the order on a logarithmic axis: only my unit is named at its line's end.
    await openLoaded(page, cohortPath(province, 'rankings', `&focus=${codeOf(province, 300)}`))
    const { legend, lineNames } = await svgTexts(page, 'rank-movements')
    expect(lineNames.map((l) => l.name)).toEqual([nameOf(300)])
    const drawn = await page
      .locator('figure[data-chart="rank-movements"] path.recharts-line-curve')
      .count()
    const keyed = legend.filter((label) => !label.startsWith('▶ Đơn vị'))
    expect(keyed).toHaveLength(drawn - 1)
    expect(keyed).not.toContain(nameOf(300))
    expect(keyed).not.toContain(`▶ ${nameOf(300)}`)
    expect(legend).toContain(`▶ Đơn vị được làm nổi bật: ${nameOf(300)}`)
  })

  test('an image with units starred by a search says what the star means', async ({ page }) => {
    await openLoaded(page, cohortPath(province, 'overview'))
    const ranking = page.locator('figure[data-chart="ranking"]')
    await ranking.getByLabel('Tìm và đánh dấu đơn vị').fill('thanh phu dong')
    await expect(ranking.getByText(/Đánh dấu: Xã Thạnh Phú Đông/)).toBeVisible()
    const { subtitle } = await svgTexts(page, 'ranking')
    expect(subtitle).toMatch(/— Đang hiển thị 21 trên 600 đơn vị; ★: tìm theo “thanh phu dong”$/)
    // The star it keys, before the unit found.
    const svg = (await downloadChart(page, 'ranking', 'svg')).bytes.toString('utf8')
    expect(svg).toMatch(/>★ \d+\. Xã Thạnh Phú Đông</)
  })
})

test.describe('in English', () => {
  test.use({ lang: 'en' })
  test('the fields image writes maxima without forced zeros', async ({ page }) => {
    await openLoaded(page, '/units/LONG_AN.THANH_HOA?year=2023')
    const { labels } = await svgTexts(page, 'fields')
    expect(labels).toEqual(expect.arrayContaining(['10.08', '12', '14']))
    expect(labels).not.toContain('12.00')
  })

  test('the key to my unit’s mark is in English', async ({ page }) => {
    await openLoaded(page, FOCUS_2023)
    expect((await svgTexts(page, 'ranking')).legend).toContain(
      '▶ Highlighted unit: Huyện Thạnh Hóa',
    )
  })
})

test('a comparison of a ward with the ward it went into marks the change, on screen and in the image', async ({
  page,
}) => {
  await openLoaded(
    page,
    '/compare?units=AN_GIANG.LONG_XUYEN.MY_LONG,AN_GIANG.LONG_XUYEN.DONG_XUYEN,30307&year=2025',
  )
  const chart = page.locator('figure[data-chart="compare-years"]')
  // A dashed line at the change of the map, named, and the legend says which went into which.
  await expect(
    chart.locator('text.recharts-label', { hasText: 'Sắp xếp lại 01/07/2025' }),
  ).toHaveCount(1)
  await expect(chart).toContainText('Phường Mỹ Long → Phường Long Xuyên (sắp xếp lại 01/07/2025)')
  // Đông Xuyên went into Mỹ Xuyên on 1 January, and with it into Long Xuyên: said as such.
  await expect(chart).toContainText(
    'Phường Đông Xuyên → Phường Mỹ Xuyên (01/01/2025) → Phường Long Xuyên (sắp xếp lại 01/07/2025)',
  )
  await expect(page.getByTestId('compare-breaks').getByRole('listitem')).toHaveText([
    'Phường Mỹ Long được sắp xếp vào Phường Long Xuyên ngày 01/07/2025 (vạch dọc).',
    'Phường Đông Xuyên được sắp xếp vào Phường Mỹ Xuyên ngày 01/01/2025, rồi cùng đơn vị này vào Phường Long Xuyên ngày 01/07/2025 (vạch dọc).',
    'Các đường là các đơn vị khác nhau: chỉ số trước và sau vạch dọc không so sánh như của một đơn vị.',
  ])
  // Why Đông Xuyên has no 2025 result says the same step.
  await expect(page.getByTestId('compare-missing').getByRole('listitem').nth(1)).toHaveText(
    'Phường Đông Xuyên không có kết quả năm 2025: đơn vị hoạt động đến ngày 31/12/2024, rồi được sắp xếp vào Phường Mỹ Xuyên, đơn vị sau đó được sắp xếp vào Phường Long Xuyên; kết quả gần nhất là năm 2024, trong nhóm của năm đó.',
  )
  // The image says it without the page: the legend's words, each kept whole over its lines.
  const file = await downloadChart(page, 'compare-years', 'svg')
  const svg = file.bytes.toString('utf8')
  const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ')
  expect(words).toContain('Phường Mỹ Long → Phường Long Xuyên (sắp xếp lại 01/07/2025)')
  expect(words).toContain('Phường Mỹ Xuyên (01/01/2025) → Phường Long Xuyên')
  expect(words).toContain('01/07/2025)')

  await page.getByRole('button', { name: 'English' }).click()
  await expect(chart).toContainText('Phường Mỹ Long → Phường Long Xuyên (reorganised 1 July 2025)')
  await expect(page.getByTestId('compare-breaks').getByRole('listitem').first()).toHaveText(
    'Phường Mỹ Long went into Phường Long Xuyên on 1 July 2025 (the dashed line).',
  )
})
