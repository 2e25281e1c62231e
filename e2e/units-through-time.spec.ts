import { expect, showTable, test } from './fixtures.ts'

// Units through time (ADR 014) on the demo's 2025 map (seeds/README.md): Long An merged into Tây
// Ninh on 1 July 2025, wards and communes ranked in blocks, a national table loaded in part.

test('a merged province’s profile shows the merger in its history and breaks its rank line there', async ({
  page,
  open,
}) => {
  await open('/units/TAY_NINH?year=2025')
  await expect(page.getByRole('heading', { name: 'Tỉnh Tây Ninh', level: 1 })).toBeVisible()

  const history = page.getByTestId('unit-timeline')
  await expect(history.getByRole('heading', { name: 'Quá trình thay đổi' })).toBeVisible()
  const merger = history.getByRole('listitem').filter({ hasText: 'Sáp nhập' })
  await expect(merger).toContainText('01/07/2025 · Sáp nhập')
  await expect(merger).toContainText('Tỉnh Long An → Tỉnh Tây Ninh')
  // The other unit links to its own profile.
  await expect(merger.getByRole('link', { name: 'Tỉnh Long An' })).toHaveAttribute(
    'href',
    '/units/LONG_AN',
  )

  // The break: a labelled vertical line, and the rank line in two pieces either side of it.
  const chart = page.locator('figure[data-chart="index-history"]')
  await expect(chart.locator('.recharts-reference-line-line')).toHaveCount(1)
  await expect(
    chart.locator('text.recharts-label', { hasText: 'Sáp nhập 01/07/2025' }),
  ).toHaveCount(1)
  // Two rank lines, 2023–2024 and 2025: nothing joins 30/63 to 15/34.
  await expect(chart.locator('path.recharts-line-curve')).toHaveCount(2)
  await expect(chart.locator('.recharts-line-dot')).toHaveCount(3)
  await expect(page.getByText('Đường thứ hạng được ngắt tại vạch dọc')).toBeVisible()
  // Ranks among 63 and among 34 are drawn at their place in each cohort, and the axis says so.
  const rankAxis = chart.locator('.yAxis').nth(1)
  await expect(rankAxis.locator('.recharts-cartesian-axis-tick-value')).toHaveText([
    'Đầu bảng',
    'Giữa',
    'Cuối bảng',
  ])
  await expect(rankAxis.locator('text.recharts-label')).toHaveText('Vị trí trong nhóm')
  await expect(page.getByTestId('profile-standing-note')).toContainText(
    'Nhóm xếp hạng khác cỡ qua các năm (63 và 34 đơn vị)',
  )

  // The table twin withholds the change and gives the predecessor as such.
  const table = await showTable(chart)
  const row = table.getByRole('row').filter({ hasText: '2025' })
  await expect(row.getByRole('cell').nth(2)).toHaveText('15/34')
  await expect(row).toContainText('không so sánh được (đơn vị được sắp xếp lại)')
  await expect(row).toContainText('Đơn vị tiền thân năm 2024: Tỉnh Long An 90,48% (hạng 11/63)')
})

test('a new commune’s history lists the communes merged into it, with links', async ({
  page,
  open,
}) => {
  await open('/units/27865')
  await expect(page.getByRole('heading', { name: 'Xã Thạnh Hóa', level: 1 })).toBeVisible()
  const history = page.getByTestId('unit-timeline')
  await expect(history).toContainText('Từ 01/07/2025')
  await expect(history).toContainText('Xã thuộc Tỉnh Tây Ninh')
  const merger = history.getByRole('listitem').filter({ hasText: 'Sáp nhập' })
  // Three communes into one, on one line.
  await expect(merger).toHaveCount(1)
  for (const name of ['Xã Thạnh An', 'Thị trấn Thạnh Hóa', 'Xã Thủy Tây'])
    await expect(merger.getByRole('link', { name })).toBeVisible()
  await merger.getByRole('link', { name: 'Xã Thủy Tây' }).click()
  await expect(page.getByRole('heading', { name: 'Xã Thủy Tây', level: 1 })).toBeVisible()
  await expect(
    page.getByTestId('unit-timeline').getByRole('link', { name: 'Xã Thạnh Hóa' }),
  ).toBeVisible()
})

test('a withheld change is said with its reason, in the table and under the change chart', async ({
  page,
  open,
}) => {
  await open('/rankings?parent=VN&kind=PROVINCE&year=2025')
  const table = page.getByTestId('rankings-table')
  // Merged: both the index change and the rank move withheld; the predecessor given as such.
  const tayNinh = table.getByRole('row').filter({ hasText: 'Tỉnh Tây Ninh' })
  await expect(tayNinh).toContainText('không so sánh được (đơn vị được sắp xếp lại)')
  await expect(tayNinh).toContainText('Đơn vị tiền thân năm 2024: Tỉnh Long An 90,48% (hạng 11/63)')
  // 63 provinces ranked in 2024, 34 in 2025: the index still compares, the rank move does not.
  const haNoi = table.getByRole('row').filter({ hasText: 'Thành phố Hà Nội' })
  await expect(haNoi).toContainText('+1,54')
  await expect(haNoi).toContainText('không so sánh được (số đơn vị xếp hạng thay đổi)')
  await expect(haNoi).toContainText('3/63')

  await open('/overview?parent=VN&kind=PROVINCE&year=2025')
  const notes = page.getByTestId('change-notes')
  await expect(notes).toContainText('Không so sánh được với năm trước — đơn vị được sắp xếp lại: ')
  await expect(notes).toContainText('Tỉnh Tây Ninh')
  await expect(notes).toContainText(
    'Thay đổi hạng không so sánh được (số đơn vị xếp hạng thay đổi): Thành phố Hà Nội',
  )
  // Hà Nội's bar carries its index change but no rank move.
  const change = page.locator('figure[data-chart="change"]')
  await expect(
    change.locator('svg.recharts-surface text').filter({ hasText: /^\+1,54$/ }),
  ).toHaveCount(1)
})

test('the cohort picker switches between the blocks of one province', async ({ page, open }) => {
  await open('/overview')
  const picker = page.getByRole('combobox', { name: 'Nhóm đơn vị' })
  await expect(picker.locator('option:checked')).toHaveText('Tỉnh Tây Ninh — Cấp xã — Phường')
  // Today's cohorts and the old map's are offered apart.
  await expect(
    picker.locator('optgroup[label="Hiện nay (từ 1/7/2025)"] option', {
      hasText: 'Tỉnh Tây Ninh — Cấp xã — Xã',
    }),
  ).toHaveCount(1)
  await expect(
    picker.locator('optgroup[label="Trước 1/7/2025"] option', {
      hasText: 'Tỉnh Long An — Cấp huyện',
    }),
  ).toHaveCount(1)

  await picker.selectOption({ label: 'Tỉnh Tây Ninh — Cấp xã — Xã' })
  await expect(page).toHaveURL(/parent=TAY_NINH&kind=COMMUNE&cohort=X%C3%A3/)
  await expect(page.getByTestId('kpi-tiles')).toContainText(
    'Đã nhập 18 trên 82 đơn vị được xếp hạng',
  )
  const ranking = await showTable(page.locator('figure[data-chart="ranking"]'))
  await expect(ranking.getByRole('row').filter({ hasText: 'Xã Thạnh Hóa' })).toBeVisible()
  await expect(ranking.getByRole('row').filter({ hasText: 'Phường Khánh Hậu' })).toHaveCount(0)

  // The block travels with the cohort to the other pages.
  await page.getByRole('link', { name: 'Xếp hạng', exact: true }).click()
  await expect(page).toHaveURL(/\/rankings\?parent=TAY_NINH&kind=COMMUNE&cohort=X%C3%A3/)
  await expect(
    page.getByTestId('rankings-table').getByRole('row').filter({ hasText: 'Xã Thạnh Hóa' }),
  ).toBeVisible()

  await page
    .getByRole('combobox', { name: 'Nhóm đơn vị' })
    .selectOption({ label: 'Tỉnh Tây Ninh — Cấp xã — Phường' })
  await expect(page).toHaveURL(/cohort=Ph%C6%B0%E1%BB%9Dng/)
  await expect(page.getByTestId('rankings-table').getByRole('row')).toHaveCount(15)

  // A link naming the level only (no block: the default cohort, which Tây Ninh's communes lack)
  // says so and offers the blocks.
  await page.goto('/overview?parent=TAY_NINH&kind=COMMUNE')
  await expect(page.getByText('Các đơn vị này được xếp hạng theo khối:')).toBeVisible()
  await page.getByRole('link', { name: 'Xã', exact: true }).click()
  await expect(page.getByTestId('kpi-tiles')).toContainText(
    'Đã nhập 18 trên 82 đơn vị được xếp hạng',
  )
})

test('a published rank over a partial cohort reads x/34, with the loaded count said', async ({
  page,
  open,
}) => {
  await open('/rankings?parent=VN&kind=PROVINCE&year=2025')
  await expect(page.getByTestId('partial-cohort-note')).toContainText(
    'Đã nhập 6 trên 34 đơn vị được xếp hạng',
  )
  const table = page.getByTestId('rankings-table')
  await expect(table.getByRole('row')).toHaveCount(7)
  const tayNinh = table.getByRole('row').filter({ hasText: 'Tỉnh Tây Ninh' })
  // The published rank of the whole cohort, and the place among the loaded ones beside it.
  await expect(tayNinh.getByRole('cell').first()).toHaveText('15/34(5/6 đã nhập)')
  // Index-only results: no points to show.
  await expect(tayNinh.getByRole('cell').nth(3)).toHaveText('–')
  const haNoi = table.getByRole('row').filter({ hasText: 'Thành phố Hà Nội' })
  await expect(haNoi.getByRole('cell').first()).toHaveText('1/34')
  // A row of dashes says why: Quảng Ninh has no 2024 result loaded.
  const quangNinh = table.getByRole('row').filter({ hasText: 'Tỉnh Quảng Ninh' })
  await expect(quangNinh).toContainText('Không có kết quả năm 2024 trong dữ liệu')
  // The rank history draws 2023–2024 (among 63) and 2025 (among 34) by place in each cohort.
  await expect(page.getByTestId('bump-standing-note')).toContainText('(63 và 34)')

  // The overview's chart says the same, in its subtitle (which exports carry too).
  await open('/overview?parent=VN&kind=PROVINCE&year=2025')
  await expect(page.locator('figure[data-chart="ranking"] .chart-subtitle')).toContainText(
    /đã nhập 6 trên 34 đơn vị được xếp hạng/i,
  )
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('the partial national table keeps every change in view, its withheld ones wrapped', async ({
    page,
    open,
  }) => {
    await open('/rankings?parent=VN&kind=PROVINCE&year=2025')
    const table = page.getByTestId('rankings-table')
    const region = table.locator('xpath=..')
    await expect(table.getByRole('row')).toHaveCount(7)
    const size = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
    expect(size.scroll).toBeLessThanOrEqual(size.client)
    // Tây Ninh's change is withheld: its words are on the screen, not past its edge.
    const tayNinh = table.getByRole('row').filter({ hasText: 'Tỉnh Tây Ninh' })
    const note = tayNinh.locator('.not-comparable').first()
    await expect(note).toBeVisible()
    const box = await note.boundingBox()
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390)
  })
})

test.describe('in English', () => {
  test.use({ lang: 'en' })
  test('the reasons, the predecessors and the partial cohort are in English', async ({
    page,
    open,
  }) => {
    await open('/rankings?parent=VN&kind=PROVINCE&year=2025')
    await expect(page.getByTestId('partial-cohort-note')).toContainText(
      '6 of the 34 units ranked are loaded',
    )
    const tayNinh = page
      .getByTestId('rankings-table')
      .getByRole('row')
      .filter({ hasText: 'Tỉnh Tây Ninh' })
    await expect(tayNinh).toContainText('not comparable (the unit was reorganised)')
    await expect(tayNinh).toContainText('Predecessor in 2024: Tỉnh Long An 90.48% (rank 11/63)')
    await open('/units/TAY_NINH?year=2025')
    await expect(
      page.getByTestId('unit-timeline').getByRole('heading', { name: 'History of the unit' }),
    ).toBeVisible()
    await expect(
      page.locator('figure[data-chart="index-history"] text.recharts-label', {
        hasText: 'Merger 1 July 2025',
      }),
    ).toHaveCount(1)
  })
})

test('a department merged in from another province is named with its province, in the ranking and the history', async ({
  page,
  open,
}) => {
  await open(
    `/rankings?parent=TAY_NINH&kind=DEPARTMENT&cohort=${encodeURIComponent('Sở, ban, ngành')}&year=2025`,
  )
  const row = page.getByTestId('rankings-table').getByRole('row').filter({ hasText: 'Sở Nội vụ' })
  // Long An's Sở Nội vụ, 7th of Long An's 10 departments: not Tây Ninh's own "(cũ)".
  await expect(row).toContainText(
    'Đơn vị tiền thân năm 2024: Sở Nội vụ (Tỉnh Long An) 76,21% (hạng 7/10)',
  )
  await open('/units/TAY_NINH.SO_NOI_VU')
  await expect(page.getByTestId('profile-change')).toHaveText(
    'So với 2024: không so sánh được (đơn vị được sắp xếp lại)',
  )
  const merger = page
    .getByTestId('unit-timeline')
    .getByRole('listitem')
    .filter({ hasText: 'Tỉnh Long An' })
  await expect(merger).toContainText('Sở Nội vụ (Tỉnh Long An) → Sở Nội vụ')
})

test('a ward merged into a ward of its name in another province is told apart by its parent, not by codes', async ({
  page,
  open,
}) => {
  // Phường Khánh Hậu of Tân An became Tây Ninh's Phường Khánh Hậu (27715) on 1 July 2025: the
  // three units it took in were Thành phố Tân An's, said once for the three.
  await open('/units/27715')
  const merger = page
    .getByTestId('unit-timeline')
    .getByRole('listitem')
    .filter({ hasText: 'Sáp nhập' })
  await expect(merger).toContainText(
    'Phường Khánh Hậu, Xã Lợi Bình Nhơn, Phường Tân Khánh (thuộc Thành phố Tân An) → Phường Khánh Hậu',
  )
  await expect(merger).not.toContainText('LONG_AN')
  await expect(merger).not.toContainText('(cũ)')
  await merger.getByRole('link', { name: 'Phường Khánh Hậu' }).click()
  const back = page
    .getByTestId('unit-timeline')
    .getByRole('listitem')
    .filter({ hasText: 'Sáp nhập' })
  await expect(back).toContainText('Phường Khánh Hậu → Phường Khánh Hậu (Tỉnh Tây Ninh)')
})

test('a link to a level its province has no results for names the province', async ({
  page,
  open,
}) => {
  await open('/rankings?parent=TAY_NINH&kind=DISTRICT&year=2023')
  await expect(page.getByRole('status')).toContainText(
    'Không có dữ liệu cho nhóm Tỉnh Tây Ninh (cấp huyện).',
  )
  await expect(page.getByLabel('Nhóm đơn vị')).toHaveValue(/TAY_NINH/)
  await expect(page.getByLabel('Nhóm đơn vị').locator('option:checked')).toHaveText(
    'Tỉnh Tây Ninh (cấp huyện)',
  )
})

test('a new ward block leads back to the 2024 cohort its wards came from, and that one on to it', async ({
  page,
  open,
}) => {
  await open(
    `/rankings?parent=AN_GIANG&kind=COMMUNE&cohort=${encodeURIComponent('Phường')}&year=2025`,
  )
  const before = page.getByTestId('cohort-links-before')
  await expect(page.getByTestId('cohort-links')).toContainText(
    'Năm 2024, các đơn vị này hoặc các đơn vị hợp thành chúng được xếp hạng trong nhóm khác:',
  )
  await expect(before.getByRole('listitem')).toHaveText([
    'Thành phố Long Xuyên (cấp xã), năm 2024 — 3 đơn vị của nhóm này',
  ])
  await before.getByRole('link', { name: 'Thành phố Long Xuyên (cấp xã), năm 2024' }).click()
  await expect(page).toHaveURL(/\/rankings\?parent=AN_GIANG.LONG_XUYEN&kind=COMMUNE&year=2024/)
  // The city's ranks as it published them, of its 13.
  const table = page.getByTestId('rankings-table')
  await expect(table.getByRole('row').filter({ hasText: 'Phường Mỹ Long' })).toContainText('1/13')
  // Its last year leads on to the blocks its communes went into.
  const after = page.getByTestId('cohort-links-after')
  await expect(after.getByRole('listitem')).toHaveText([
    'Tỉnh An Giang (cấp xã — Phường), năm 2025 — 12 đơn vị của nhóm này',
    'Tỉnh An Giang (cấp xã — Xã, đặc khu), năm 2025 — 1 đơn vị của nhóm này',
  ])
  await expect(page.getByTestId('cohort-links-before')).toHaveCount(0)
  // A year inside one map has none.
  await page.getByRole('combobox', { name: /^Năm/ }).selectOption('2022')
  await expect(page).toHaveURL(/year=2022/)
  await expect(table.getByRole('row').filter({ hasText: 'Phường Mỹ Long' })).toBeVisible()
  await expect(page.getByTestId('cohort-links')).toHaveCount(0)
})

test('the overview of a merged province’s departments names, in English, where the merged ones were ranked', async ({
  page,
  open,
}) => {
  await open(
    `/overview?parent=TAY_NINH&kind=DEPARTMENT&cohort=${encodeURIComponent('Sở, ban, ngành')}&year=2025`,
  )
  await page.getByRole('button', { name: 'English' }).click()
  const links = page.getByTestId('cohort-links')
  await expect(links).toContainText(
    'In 2024, these units or the units they were formed from were ranked in another cohort:',
  )
  const item = page.getByTestId('cohort-links-before').getByRole('listitem')
  await expect(item).toHaveCount(1)
  // Eight of Tây Ninh's fifteen took in one or more of Long An's (on 1 March or 1 July 2025).
  await expect(item).toHaveText('Tỉnh Long An (departments), 2024 — 8 units of this cohort')
  await item.getByRole('link').click()
  await expect(page).toHaveURL(/\/overview\?parent=LONG_AN&kind=DEPARTMENT&year=2024/)
})

test('a ward compared with a ward it was formed from says why each lacks the other’s year', async ({
  page,
  open,
}) => {
  await open('/compare?units=30307,AN_GIANG.LONG_XUYEN.MY_LONG&year=2025')
  const missing = page.getByTestId('compare-missing').getByRole('listitem')
  await expect(missing).toHaveText([
    'Phường Mỹ Long không có kết quả năm 2025: đơn vị hoạt động đến ngày 30/06/2025, rồi được sắp xếp vào Phường Long Xuyên; kết quả gần nhất là năm 2024, trong nhóm của năm đó.',
  ])
  // Units are added from the compared wards' own cohort of the year, not the landing one (Tây
  // Ninh's wards): the first unit's, or the next one's where the first has no result that year.
  const from = page.getByLabel('Từ nhóm')
  await expect(from).toHaveValue(/^AN_GIANG\u001fCOMMUNE\u001fPhường$/)
  await page.getByLabel('Năm so sánh').selectOption('2024')
  await expect(missing).toHaveText([
    'Phường Long Xuyên không có kết quả năm 2024: đơn vị được thành lập ngày 01/07/2025, từ Phường Mỹ Long và các đơn vị khác được sắp xếp vào.',
  ])
  await expect(from).toHaveValue(/^AN_GIANG\.LONG_XUYEN\u001fCOMMUNE\u001f/)
  await expect(page.getByText('Nhóm này không có kết quả năm 2024', { exact: false })).toHaveCount(
    0,
  )
  await page.getByRole('button', { name: 'English' }).click()
  await expect(missing).toHaveText([
    'Phường Long Xuyên has no result for 2024: it was formed on 1 July 2025, from Phường Mỹ Long and the other units that went into it.',
  ])
})

test('a new ward’s profile names the wards it was formed from at the top, and each leads back to it', async ({
  page,
  open,
}) => {
  await open('/units/30307')
  await expect(page.getByTestId('profile-formed')).toHaveText(
    'Thành lập ngày 01/07/2025, từ 6 đơn vị được sắp xếp lại: Phường Mỹ Bình, Phường Mỹ Hòa, Phường Mỹ Long, Phường Mỹ Phước, Phường Mỹ Quý, Phường Mỹ Xuyên (gồm Phường Đông Xuyên, nhập vào ngày 01/01/2025)',
  )
  await expect(page.getByTestId('profile-ended')).toHaveCount(0)
  await page.getByTestId('profile-formed').getByRole('link', { name: 'Phường Mỹ Long' }).click()
  await expect(page.getByRole('heading', { name: 'Phường Mỹ Long', level: 1 })).toBeVisible()
  // Its own years as they were published, of its city's 13; where it went, one click away.
  await expect(page.getByText('Hạng: 1/13')).toBeVisible()
  const ended = page.getByTestId('profile-ended')
  await expect(ended).toHaveText(
    'Hoạt động đến ngày 30/06/2025, rồi được sắp xếp vào Phường Long Xuyên',
  )
  await ended.getByRole('link', { name: 'Phường Long Xuyên' }).click()
  await expect(page.getByRole('heading', { name: 'Phường Long Xuyên', level: 1 })).toBeVisible()
  // A district ends without a successor of its level; a province that took another in was not formed.
  await open('/units/LONG_AN.THANH_HOA')
  await expect(page.getByTestId('profile-ended')).toHaveText('Hoạt động đến ngày 30/06/2025')
  await open('/units/TAY_NINH')
  await expect(page.getByRole('heading', { name: 'Tỉnh Tây Ninh', level: 1 })).toBeVisible()
  await expect(page.getByTestId('profile-formed')).toHaveCount(0)
  await expect(page.getByTestId('profile-ended')).toHaveCount(0)
})

test('a new ward’s header, history and index notes name the same predecessors, the earlier step as such', async ({
  page,
  open,
}) => {
  // Phường Long Xuyên took in six wards on 1 July 2025; one of them, Mỹ Xuyên, had taken in
  // Đông Xuyên on 1 January: not a seventh ward of 1 July, and not left out either.
  await open('/units/30307?year=2025')
  const step = 'Phường Mỹ Xuyên (gồm Phường Đông Xuyên, nhập vào ngày 01/01/2025)'
  await expect(page.getByTestId('profile-formed')).toContainText(`Phường Mỹ Quý, ${step}`)
  const merger = page
    .getByTestId('unit-timeline')
    .getByRole('listitem')
    .filter({ hasText: '01/07/2025 · Sáp nhập' })
  await expect(merger).toContainText(`Phường Mỹ Quý, ${step}`)
  await expect(merger.getByRole('link', { name: 'Phường Đông Xuyên' })).toHaveAttribute(
    'href',
    '/units/AN_GIANG.LONG_XUYEN.DONG_XUYEN',
  )
  const notes = page.getByTestId('profile-change-notes')
  await expect(notes).toContainText(
    'Phường Mỹ Xuyên 78,23% (hạng 5/13), gồm Phường Đông Xuyên 77,08% (hạng 6/13) nhập vào ngày 01/01/2025',
  )
  await expect(notes).not.toContainText('; Phường Đông Xuyên')
  // The cohort's ranking names them alike.
  await open('/rankings?parent=AN_GIANG&kind=COMMUNE&cohort=Phường&year=2025&q=long xuyen')
  await expect(page.getByRole('main')).toContainText(
    'Phường Mỹ Xuyên 78,23% (hạng 5/13), gồm Phường Đông Xuyên 77,08% (hạng 6/13) nhập vào ngày 01/01/2025',
  )
})
