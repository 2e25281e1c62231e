import { expect, showTable, test } from './fixtures.ts'

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
  expect(cells[header.indexOf('Giấy khen')]).toBe('18')
  await expect(page.getByRole('table', { name: 'Theo hình thức khen thưởng' })).toBeVisible()
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
    .filter({ hasText: 'Đơn vị khen thưởng' })
    .filter({ hasText: /^Đơn vị khen thưởngGiấy khen/ })
  await expect(given.getByRole('cell')).toHaveText([
    'Đơn vị khen thưởng',
    'Giấy khen',
    '72',
    '101',
    '0',
    '173',
  ])
  const received = breakdown.getByRole('row').filter({ hasText: 'Đơn vị được khen' })
  await expect(received).toHaveCount(2)
  await expect(
    page.getByText('Đơn vị tự khen thưởng: 569; được cấp trên khen thưởng: 3.'),
  ).toBeVisible()
  // A city's Giấy khen to 10 collectives and 8 individuals reads back as exactly that.
  const row = page
    .getByTestId('awards-table')
    .getByRole('row')
    .filter({ hasText: 'Thành phố Long Xuyên' })
  await expect(row).toContainText('Giấy khen — 10 tập thể, 8 cá nhân')
  const header = await page.getByTestId('awards-table').getByRole('columnheader').allTextContents()
  const cells = await row.getByRole('cell').allTextContents()
  expect(cells[header.findIndex((h) => h.startsWith('Đã khen thưởng'))]).toBe('42')
  expect(cells[header.findIndex((h) => h.startsWith('Được khen thưởng'))]).toBe('0')
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
