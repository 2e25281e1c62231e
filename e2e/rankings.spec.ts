import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures.ts'

test('the rankings table sorts by change on the server and keeps the sort in the URL', async ({
  page,
  open,
}) => {
  await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
  const table = page.getByTestId('rankings-table')
  await expect(table.getByRole('row')).toHaveCount(16)
  const sorted = page.waitForRequest((r) =>
    /\/api\/rankings\?.*sort=deltaPct&dir=desc.*limit=50/.test(r.url()),
  )
  const header = table.getByRole('button', { name: /Tăng\/giảm/ })
  await header.click()
  await header.click()
  await expect(page).toHaveURL(/sort=deltaPct&dir=desc/)
  await sorted
  await expect(table.getByRole('row').nth(1)).toContainText('Huyện Thạnh Hóa')
  await expect(table.getByRole('row').nth(1)).toContainText('↑7')
  await page.reload()
  await expect(page.getByTestId('rankings-table').getByRole('row').nth(1)).toContainText(
    'Huyện Thạnh Hóa',
  )
})

test('Back returns to the order before a sort', async ({ page, open }) => {
  const plain = '/rankings?parent=LONG_AN&kind=DISTRICT&year=2024'
  await open(plain)
  const table = page.getByTestId('rankings-table')
  const header = table.getByRole('button', { name: /Tăng\/giảm/ })
  await header.click()
  await expect(page).toHaveURL(/sort=deltaPct&dir=asc/)
  await header.click()
  await expect(page).toHaveURL(/sort=deltaPct&dir=desc/)
  await expect(table.locator('thead th[aria-sort="descending"]')).toContainText('Tăng/giảm')
  // Each click was a step: Back goes through the orders, not off the app.
  await page.goBack()
  await expect(page).toHaveURL(/sort=deltaPct&dir=asc/)
  await expect(table.locator('thead th[aria-sort="ascending"]')).toContainText('Tăng/giảm')
  await page.goBack()
  await expect(page).toHaveURL(/\/rankings\?parent=LONG_AN&kind=DISTRICT&year=2024$/)
  await expect(table.locator('thead th[aria-sort="ascending"]')).toContainText('Hạng')
  await page.goForward()
  await expect(page).toHaveURL(/sort=deltaPct&dir=asc/)
})

test('a search typed is one step in the history, however many pauses it is sent at', async ({
  page,
  open,
}) => {
  await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2024&sort=name')
  const rows = page.getByTestId('rankings-table').locator('tbody tr')
  const search = page.getByRole('searchbox', { name: 'Tìm theo tên đơn vị' })
  await search.fill('tan')
  await expect(page).toHaveURL(/q=tan(&|$)/)
  await search.fill('tan a')
  await expect(page).toHaveURL(/q=tan\+a(&|$)/)
  await search.fill('tan an')
  await expect(page).toHaveURL(/q=tan\+an(&|$)/)
  await expect(rows).toHaveCount(1)
  await page.goBack()
  await expect(page).toHaveURL(/year=2024&sort=name$/)
  await expect(search).toHaveValue('')
  await expect(rows).toHaveCount(15)
})

test('a link sorted before server-side sorting opens in the same order', async ({ page, open }) => {
  await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023&sort=delta&dir=desc')
  const table = page.getByTestId('rankings-table')
  await expect(table.getByRole('row').nth(1)).toContainText('Huyện Thạnh Hóa')
  await expect(table.locator('thead th[aria-sort="descending"]')).toContainText('Tăng/giảm')
})

test('the search box finds a district without its accents, on the server', async ({
  page,
  open,
}) => {
  await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
  await expect(page.getByTestId('rankings-table-status')).toHaveText('Dòng 1–15 trên 15')
  await page.getByRole('searchbox', { name: 'Tìm theo tên đơn vị' }).fill('thanh hoa')
  await expect(page).toHaveURL(/q=thanh\+hoa/)
  const rows = page.getByTestId('rankings-table').locator('tbody tr')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('Huyện Thạnh Hóa')
  await expect(rows.first().getByRole('cell').first()).toHaveText('5/15')
  // No match: the count says so once, without a range of no rows.
  await page.getByRole('searchbox', { name: 'Tìm theo tên đơn vị' }).fill('zzz')
  await expect(page.getByTestId('rankings-table-status')).toHaveText(
    'Không đơn vị nào khớp (tổng 15)',
  )
  await page.getByRole('searchbox', { name: 'Tìm theo tên đơn vị' }).fill('')
  await expect(rows).toHaveCount(15)
  await expect(page).not.toHaveURL(/q=/)
})

test('rank movements over the years are charted with a table twin', async ({ page, open }) => {
  await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
  const frame = page.locator('figure[data-chart="rank-movements"]')
  await expect(frame.locator('svg.recharts-surface')).toBeVisible()
  await frame.getByRole('tab', { name: 'Bảng' }).click()
  const row = frame.locator('table').getByRole('row').filter({ hasText: 'Huyện Thạnh Hóa' })
  await expect(row.getByRole('cell').nth(-2)).toHaveText('12/15')
  await expect(row.getByRole('cell').last()).toHaveText('5/15')
})

test('the rank history breaks at Long An’s change of method in 2022, and says why', async ({
  page,
  open,
}) => {
  await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
  const frame = page.locator('figure[data-chart="rank-movements"]')
  await expect(frame.locator('.bump-breaks text')).toHaveText('Đổi phương pháp đánh giá')
  await expect(page.getByTestId('bump-scheme-note')).toContainText('phương pháp đánh giá thay đổi')
  // Thạnh Hóa's line in two stretches, 2019–2021 and 2022–2023: 13/15 is not joined to 12/15.
  await expect(frame.locator('.bump-line path.recharts-curve')).toHaveCount(2 * 15)
})

test('the rank history names the lines before the break in its gap, and fades them with their line', async ({
  page,
  open,
}) => {
  await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
  const frame = page.locator('figure[data-chart="rank-movements"]')
  const stretchNames = frame.locator('svg text[data-stretch-label]')
  // Each of the fifteen named at 2021, where its line stops, as at 2023.
  await expect(stretchNames).toHaveCount(15)
  await expect(frame.locator('svg text[data-line-label]')).toHaveCount(15)
  const breakX = Number(await frame.locator('.bump-breaks line').getAttribute('x1'))
  const boxes = await stretchNames.evaluateAll((texts) =>
    texts.map((t) => {
      const box = (t as SVGTextElement).getBBox()
      return { left: box.x, right: box.x + box.width, top: box.y, bottom: box.y + box.height }
    }),
  )
  const dots2021 = await frame
    .locator('.recharts-line-dot')
    .evaluateAll((dots) => dots.map((d) => Number(d.getAttribute('cx'))))
  const xs = [...new Set(dots2021)].sort((a, b) => a - b)
  const sorted = [...boxes].sort((a, b) => a.top - b.top)
  for (const [i, box] of sorted.entries()) {
    expect(box.left).toBeGreaterThan(xs[2]!)
    expect(box.right).toBeLessThan(breakX)
    // None overprints the next.
    if (i > 0) expect(box.top).toBeGreaterThanOrEqual(sorted[i - 1]!.bottom - 1)
  }
  // Picking a line out fades the others' names in the gap too.
  await frame.locator('svg text[data-line-label="LONG_AN.THANH_HOA"]').click()
  await expect(frame.locator('svg text[data-stretch-label="LONG_AN.BEN_LUC"]')).toHaveCSS(
    'opacity',
    '0.18',
  )
  await expect(frame.locator('svg text[data-stretch-label="LONG_AN.THANH_HOA"]')).toHaveCSS(
    'opacity',
    '1',
  )

  // The A4 image names them too, in its 10 pt, inside the image.
  await frame.locator('select[data-export-target]').selectOption('a4-portrait')
  const download = page.waitForEvent('download')
  await frame.locator('button[data-export="svg"]').click()
  const svg = readFileSync((await (await download).path()) ?? '', 'utf8')
  const labels = [...svg.matchAll(/<text[^>]*data-stretch-label="[^"]+"[^>]*>/g)].map((m) => m[0])
  expect(labels).toHaveLength(15)
  const width = Number(/^<svg [^>]*width="([\d.]+)"/.exec(svg)?.[1])
  for (const label of labels) {
    const size = Number(/font-size="([\d.]+)"/.exec(label)?.[1])
    // 16 cm for the image's width: at least 9 pt.
    expect(((size * 16) / width) * (72 / 2.54)).toBeGreaterThanOrEqual(9 - 1e-6)
  }
  if (process.env.EXPORT_SAMPLES) {
    const png = page.waitForEvent('download')
    await frame.locator('button[data-export="png"]').click()
    await (await png).saveAs(join(process.env.EXPORT_SAMPLES, 'rank-movements-a4-portrait.png'))
  }
})

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('the rank history leaves a gap too short for names to its legend', async ({
    page,
    open,
  }) => {
    await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
    const frame = page.locator('figure[data-chart="rank-movements"]')
    await expect(frame.locator('svg text[data-line-label]')).toHaveCount(6)
    await expect(frame.locator('.bump-breaks line')).toHaveCount(1)
    await expect(frame.locator('svg text[data-stretch-label]')).toHaveCount(0)
  })
})

test('the rank history names the lines that meet at a shared rank', async ({ page, open }) => {
  await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
  await expect(
    page.locator('figure[data-chart="rank-movements"] svg.recharts-surface'),
  ).toBeVisible()
  // Two districts 2nd and none 1st, as published for 2020 and 2021: one dot hid the other.
  await expect(page.getByTestId('bump-shared-rank')).toHaveText([
    'Năm 2020 và 2021: Huyện Bến Lức và Huyện Đức Huệ cùng hạng 2.',
  ])
  // The tie is the decision's, not the indices': the rank they give is said beside it.
  await expect(page.getByTestId('bump-published-differs')).toContainText(
    'Hạng vẽ theo quyết định công bố, khác hạng tính lại từ chỉ số: Huyện Đức Huệ năm 2020 (công bố hạng 2, tính lại hạng 1)',
  )
})

test('a unit name opens its profile', async ({ page, open }) => {
  await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
  await page.getByRole('link', { name: 'Huyện Thạnh Hóa' }).click()
  await expect(page).toHaveURL(/\/units\/LONG_AN\.THANH_HOA\?year=2023/)
  await expect(page.getByRole('heading', { name: 'Huyện Thạnh Hóa', level: 1 })).toBeVisible()
})

test('a published rank that differs from the computed one is flagged', async ({ page, open }) => {
  await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2020')
  await expect(page.getByText(/1 đơn vị có hạng hoặc xếp loại công bố khác/)).toBeVisible()
  const row = page
    .getByTestId('rankings-table')
    .getByRole('row')
    .filter({ hasText: 'Huyện Đức Huệ' })
  // The published rank is the one shown; the computed one beside it, and in the notes.
  await expect(row.getByRole('cell').first()).toContainText(/^2\/15tính toán: \d+$/)
  await expect(row).toContainText(/Hạng tính toán \d+ khác hạng công bố/)
})

test('a link to a page past the end of the table opens its last page', async ({ page, open }) => {
  await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023&page=3')
  await expect(page).not.toHaveURL(/page=/)
  await expect(page.getByTestId('rankings-table-status')).toHaveText('Dòng 1–15 trên 15')
  await expect(page.getByTestId('rankings-table').locator('tbody tr')).toHaveCount(15)
})

test('points out of a maximum every unit shares are not repeated beside the index', async ({
  page,
  open,
}) => {
  // Long An's districts are all scored out of 100: the points are the index again.
  await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
  const headers = page.getByTestId('rankings-table').locator('thead th')
  await expect(headers.first()).toContainText('Hạng')
  await expect(headers.filter({ hasText: 'Chỉ số' })).toHaveCount(1)
  await expect(headers.filter({ hasText: /^Điểm/ })).toHaveCount(0)
  // Its departments are scored out of 100, 96.5 and 71.5: each row says its own maximum.
  await open('/rankings?parent=LONG_AN&kind=DEPARTMENT&year=2023')
  await expect(headers.filter({ hasText: 'Điểm / Điểm tối đa' })).toHaveCount(1)
  await expect(page.getByTestId('rankings-table').locator('tbody')).toContainText('/ 71,5')
})

test('a cohort’s first ranked year says once why its change columns are dashes', async ({
  page,
  open,
}) => {
  await open('/rankings?parent=TAY_NINH&kind=COMMUNE&cohort=Ph%C6%B0%E1%BB%9Dng&year=2025')
  await expect(page.getByTestId('rankings-no-previous-year')).toHaveText(
    'Năm 2025 là năm đầu nhóm được xếp hạng: không có năm trước để so sánh (–).',
  )
  // A year with a year before it has nothing to explain.
  await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
  await expect(page.getByTestId('rankings-table')).toBeVisible()
  await expect(page.getByTestId('rankings-no-previous-year')).toHaveCount(0)
})

test('the search reads a level as officials abbreviate it', async ({ page, open }) => {
  await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
  const search = page.getByRole('searchbox', { name: 'Tìm theo tên đơn vị' })
  const rows = page.getByTestId('rankings-table').locator('tbody tr')
  await search.fill('tp tan an')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('Thành phố Tân An')
  await search.fill('TX. Kiến Tường')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('Thị xã Kiến Tường')
})

test('a published table without ranks is said to leave the ranks to the index', async ({
  page,
  open,
}) => {
  // Tây Ninh's departments, 2023: Quyết định 2729/QĐ-UBND prints no rank column.
  await open(
    `/rankings?parent=TAY_NINH&kind=DEPARTMENT&cohort=${encodeURIComponent('Sở, ban, ngành')}&year=2023`,
  )
  await expect(page.getByTestId('rankings-ranks-worked-out')).toHaveText(
    'Bảng kết quả được công bố không ghi thứ hạng: hạng ở đây được tính theo chỉ số (chỉ số bằng nhau thì đồng hạng).',
  )
  // Long An's decisions gave every rank: nothing to say.
  await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
  await expect(page.getByTestId('rankings-table')).toBeVisible()
  await expect(page.getByTestId('rankings-ranks-worked-out')).toHaveCount(0)
})
