// The A4 report (issue 16 point 2): one click downloads the PDF or the Word file, and both say
// what the person who signs relies on — title, the unit or cohort with its diacritics, the
// summary, the publishing decision, the field table, the charts — on A4 pages.
import { readFile } from 'node:fs/promises'
import JSZip from 'jszip'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

async function download(page: Page, format: 'PDF' | 'Word (.docx)') {
  await page.getByTestId('report-menu').locator('summary').click()
  const waiting = page.waitForEvent('download', { timeout: 60_000 })
  await page.getByTestId('report-menu').getByRole('button', { name: format }).click()
  const file = await waiting
  // Kept beside the test's results, for rendering the pages to images and looking at them.
  await file.saveAs(test.info().outputPath(file.suggestedFilename()))
  return {
    name: file.suggestedFilename(),
    bytes: new Uint8Array(await readFile((await file.path())!)),
  }
}

async function pdfPages(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes, isEvalSupported: false }).promise
  const pages: { text: string; width: number; height: number }[] = []
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n)
    const content = await page.getTextContent()
    pages.push({
      text: content.items
        .map((i) => ('str' in i ? i.str : ''))
        .join(' ')
        .replace(/\s+/g, ' ')
        .normalize('NFC'),
      width: page.view[2] ?? 0,
      height: page.view[3] ?? 0,
    })
  }
  return pages
}

test.describe.configure({ timeout: 120_000 })

test('a unit-year downloads as a PDF on A4 with the title, summary, decision and field table', async ({
  page,
  open,
}) => {
  await open('/units/LONG_AN.THANH_HOA?year=2023')
  const summary = (await page.getByTestId('summary-text').textContent())!.trim()
  const { name, bytes } = await download(page, 'PDF')
  expect(name).toBe('bao-cao-cchc-long-an-thanh-hoa-2023.pdf')
  const pages = await pdfPages(bytes)
  expect(pages.length).toBeGreaterThanOrEqual(1)
  for (const p of pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842])
  const text = pages.map((p) => p.text).join(' ')
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
  expect(text).toContain('UBND HUYỆN THẠNH HÓA')
  expect(text).toContain('Kết quả Chỉ số cải cách hành chính năm 2023')
  expect(text).toContain('của huyện Thạnh Hóa')
  expect(text).toContain(summary)
  expect(text).toContain('Nguồn: Quyết định số 228/QĐ-UBND ngày 14/03/2024 của UBND tỉnh Long An')
  expect(text).toContain('Bảng 1. Điểm theo lĩnh vực')
  expect(text).toContain('Cải cách thủ tục hành chính')
  expect(text).toContain('Hình 1.')
  // Indices and points to two decimals; the scheme's maximum as the scheme writes it.
  expect(summary).toContain('đạt 80,10/100 điểm, tăng 5,35 điểm')
  expect(text).toContain('Tổng cộng 80,10 100 80,10')
  expect(text).not.toContain('100,00')
  // Page 1 is filled: under the title and summary it holds the ranking chart and its caption
  // (a chart too tall for the room left used to push them to page 2, leaving page 1 blank).
  expect(pages[0]?.text).toContain(summary)
  expect(pages[0]?.text).toContain('Hình 1. Chỉ số CCHC năm 2023')
  expect(pages[0]?.text).toContain('theo thứ hạng')
  // ... and page 2 the change chart with the field table after it.
  expect(pages[1]?.text).toContain('Hình 2.')
  expect(pages[1]?.text).toContain('Bảng 1. Điểm theo lĩnh vực')
  expect(pages.length).toBeLessThanOrEqual(3)
})

test('a cohort-year downloads as Word with real tables, the charts and the decision', async ({
  page,
  open,
}) => {
  await open('/overview?parent=LONG_AN&kind=DISTRICT&year=2023')
  const { name, bytes } = await download(page, 'Word (.docx)')
  expect(name).toMatch(/^bao-cao-cchc-long-an-district-2023\.docx$/)
  const zip = await JSZip.loadAsync(bytes)
  const xml = (await zip.file('word/document.xml')!.async('string')).normalize('NFC')
  expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
  expect(xml).toContain('Times New Roman')
  expect(xml).toContain('Kết quả Chỉ số cải cách hành chính năm 2023')
  expect(xml).toContain('của các huyện, thị xã, thành phố thuộc tỉnh Long An')
  expect(xml).toContain('Nguồn: Quyết định số 228/QĐ-UBND ngày 14/03/2024 của UBND tỉnh Long An')
  expect(xml).toContain('Huyện Thạnh Hóa')
  expect(xml.match(/<w:tbl>/g)!.length).toBeGreaterThanOrEqual(3)
  expect(xml).toContain('Cải cách thủ tục hành chính')
  expect(
    Object.keys(zip.files).filter((p) => p.startsWith('word/media/') && p.endsWith('.png')),
  ).toHaveLength(2)
  // Each chart is placed 16 cm wide and about 12 cm tall (EMU: 360,000 a centimetre; a little
  // more where a two-line title keeps the rows their least pitch), so a figure with its caption
  // fits under the summary on page 1.
  const extents = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"/g)].map((m) => ({
    widthCm: Number(m[1]) / 360_000,
    heightCm: Number(m[2]) / 360_000,
  }))
  expect(extents).toHaveLength(2)
  for (const extent of extents) {
    expect(extent.widthCm).toBeCloseTo(16, 1)
    expect(extent.heightCm).toBeLessThanOrEqual(13)
  }
})

test.describe('in English', () => {
  test.use({ lang: 'en' })

  test('a cohort-year PDF is written in English and keeps the units’ Vietnamese names', async ({
    page,
    open,
  }) => {
    await open('/overview?parent=LONG_AN&kind=DISTRICT&year=2023')
    const { bytes } = await download(page, 'PDF')
    const pages = await pdfPages(bytes)
    for (const p of pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842])
    const text = pages.map((p) => p.text).join(' ')
    expect(text).toContain('SOCIALIST REPUBLIC OF VIET NAM')
    expect(text).toContain('PAR Index results 2023')
    expect(text).toContain('Source: Decision No. 228/QĐ-UBND of 14 March 2024')
    // Names as published, with their diacritics, in every unit row of the ranking table.
    expect(text).toContain('Huyện Thạnh Hóa')
    expect(text).toContain('Thị xã Kiến Tường')
    expect(text).toContain('Figure 1.')
    expect(pages[0]?.text).toContain('Figure 1. PAR Index 2023 of districts of Long An province')
    expect(text).not.toContain('Nguồn:')
  })
})
