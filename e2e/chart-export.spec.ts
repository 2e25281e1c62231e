import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { COHORT_2023, expect, parseLocaleNumber, showTable, tableNumbers, test } from './fixtures.ts'

async function download(page: Page, chart: string, kind: 'png' | 'svg' | 'csv') {
  const frame = page.locator(`figure[data-chart="${chart}"]`)
  const waiting = page.waitForEvent('download')
  await frame.locator(`button[data-export="${kind}"]`).click()
  const file = await waiting
  const path = await file.path()
  return { name: file.suggestedFilename(), bytes: readFileSync(path) }
}

test('PNG export downloads a valid PNG at least 1600 px wide', async ({ page, open }) => {
  await open(COHORT_2023)
  const { name, bytes } = await download(page, 'ranking', 'png')
  expect(name).toBe('ranking-long-an-2023.png')
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR')
  const width = bytes.readUInt32BE(16)
  const height = bytes.readUInt32BE(20)
  expect(width).toBeGreaterThanOrEqual(1600)
  expect(height).toBeGreaterThan(800)
})

test('SVG export holds title, legend, source and the same numbers as the table', async ({ page, open }) => {
  await open(COHORT_2023)
  const frame = page.locator('figure[data-chart="ranking"]')
  const { name, bytes } = await download(page, 'ranking', 'svg')
  expect(name).toBe('ranking-long-an-2023.svg')
  const svg = bytes.toString('utf8')
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
  for (const text of ['Chỉ số CCHC và xếp loại', 'Tỉnh Long An (cấp huyện), 2023', 'Tốt (≥ 80)', 'Nguồn: PAR Dashboard']) {
    expect(svg).toContain(text)
  }
  expect(svg).toContain('@font-face')
  // recharts writes labels as <text>…</text> or <text><tspan>…</tspan></text>.
  const svgTexts = [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]+)</g)].map((m) => m[1] ?? '')
  const svgNumbers = new Set<number | null>(svgTexts.map((t) => parseLocaleNumber(t.trim(), 'vi')))
  const table = await showTable(frame)
  const indexCells = await table.locator('tbody tr td:nth-child(3)').allTextContents()
  const indices = indexCells.map((t) => parseLocaleNumber(t, 'vi'))
  expect(indices).toHaveLength(15)
  for (const value of indices) expect(svgNumbers.has(value)).toBe(true)
})

test('CSV export holds the same numbers as the table', async ({ page, open }) => {
  await open(COHORT_2023)
  const frame = page.locator('figure[data-chart="change"]')
  const { name, bytes } = await download(page, 'change', 'csv')
  expect(name).toBe('change-long-an-2023.csv')
  const text = bytes.toString('utf8')
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const [header, ...rows] = text.slice(1).trim().split('\r\n')
  expect(header).toBe('Đơn vị,Tăng/giảm (điểm),Hạng năm trước,Hạng,Thay đổi hạng')
  const csvNumbers = rows.flatMap((row) => row.split(',').slice(1).map(Number))
  const table = await showTable(frame)
  expect(csvNumbers).toEqual(await tableNumbers(table, 'vi'))
  expect(rows).toContain('Huyện Thạnh Hóa,5.35,12,5,7')
})
