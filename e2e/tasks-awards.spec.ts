import { expect, showTable, test } from './fixtures.ts'

test('tasks: Long Xuyên did all 59 planned tasks in 2022', async ({ page, open }) => {
  await open('/tasks?parent=AN_GIANG&kind=DISTRICT&year=2022')
  const table = await showTable(page.locator('figure[data-chart="tasks"]'))
  const row = table.getByRole('row').filter({ hasText: 'Thành phố Long Xuyên' })
  const cells = await row.getByRole('cell').allTextContents()
  expect(cells[1]).toBe('59')
  expect(cells.at(-2)).toBe('100')
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
