// @vitest-environment node
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildCohortReport } from '../model/cohort-report.ts'
import { buildUnitReport } from '../model/unit-report.ts'
import { tinosFromDisk } from '../testing/report-fonts.ts'
import {
  DRAFT_2023,
  LONG_AN_2023,
  PUBLISHED_2023,
  THANH_HOA,
  THANH_HOA_2023,
  THANH_HOA_SUMMARY,
} from '../testing/report-fixtures.ts'
import { testPng } from '../testing/test-png.ts'
import { dpiAt } from './page-layout.ts'
import {
  fitColumns,
  unbreakablePieces,
  wrapText,
  writeReportPdf,
  type ReportImages,
} from './pdf-writer.ts'

const images: ReportImages = {
  ranking: { png: testPng(2000, 1250), width: 2000, height: 1250 },
  change: { png: testPng(2000, 1000), width: 2000, height: 1000 },
}

/** Every page's text as pdf.js reads it back, items joined with spaces (words are drawn one by one). */
async function readBack(bytes: Uint8Array) {
  const pdf = await getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise
  const pages: { text: string; margin: string; width: number; height: number; images: number }[] =
    []
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n)
    const content = await page.getTextContent()
    const ops = await page.getOperatorList()
    const [, , width, height] = page.view
    const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs')
    pages.push({
      text: content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
      // What is drawn in the top margin (20 mm = 56.7 pt): the page number.
      margin: content.items
        .map((item) => ('str' in item && item.transform[5] > (height ?? 0) - 56.7 ? item.str : ''))
        .join('')
        .trim(),
      width: width ?? 0,
      height: height ?? 0,
      images: ops.fnArray.filter((op) => op === OPS.paintImageXObject).length,
    })
  }
  return { pages, title: ((await pdf.getMetadata()).info as { Title?: string }).Title }
}

const unitModel = (over: Partial<Parameters<typeof buildUnitReport>[0]> = {}) =>
  buildUnitReport({
    lang: 'vi',
    withHeader: true,
    issuedYear: 2026,
    unit: THANH_HOA,
    result: THANH_HOA_2023,
    ranking: LONG_AN_2023,
    summary: THANH_HOA_SUMMARY,
    publication: PUBLISHED_2023,
    ...over,
  })

describe('PDF writer', () => {
  // Written once: embedding fonts and images takes seconds on a loaded machine.
  let unit: Awaited<ReturnType<typeof readBack>>
  beforeAll(async () => {
    unit = await readBack(await writeReportPdf(unitModel(), tinosFromDisk(), images))
  }, 60_000)

  it('writes A4 pages whose text reads back with its Vietnamese diacritics intact', () => {
    const { pages, title } = unit
    expect(pages.length).toBeGreaterThanOrEqual(2)
    for (const page of pages) {
      expect(page.width).toBeCloseTo(595.28, 1)
      expect(page.height).toBeCloseTo(841.89, 1)
    }
    const text = pages
      .map((p) => p.text)
      .join(' ')
      .normalize('NFC')
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'UBND HUYỆN THẠNH HÓA',
      'BÁO CÁO',
      'Kết quả Chỉ số cải cách hành chính năm 2023',
      THANH_HOA_SUMMARY,
      'Cải cách thủ tục hành chính 11,25 13 86,54 11,00',
      'Nguồn: Quyết định số 228/QĐ-UBND ngày 14/03/2024 của UBND tỉnh Long An (số liệu năm 2023)',
    ]) {
      expect(text).toContain(expected)
    }
    expect(title).toBe('BÁO CÁO Kết quả Chỉ số cải cách hành chính năm 2023 của huyện Thạnh Hóa')
  })

  it('embeds both charts, at 300 dpi or more at their printed width', () => {
    const { pages } = unit
    expect(pages.reduce((n, p) => n + p.images, 0)).toBe(2)
    expect(dpiAt(images.ranking!)).toBeGreaterThanOrEqual(300)
  })

  it('numbers pages from the second at the top, and marks a draft on every page', async () => {
    const { pages } = await readBack(
      await writeReportPdf(unitModel({ publication: DRAFT_2023 }), tinosFromDisk(), images),
    )
    for (const page of pages) expect(page.text).toContain('Dự thảo — chưa công bố')
    expect(pages.map((p) => p.margin)).toEqual(pages.map((_, i) => (i === 0 ? '' : String(i + 1))))
  })

  it('leaves the header out when the motto block is not asked for', async () => {
    const { pages } = await readBack(
      await writeReportPdf(unitModel({ withHeader: false }), tinosFromDisk(), images),
    )
    expect(pages[0]?.text).not.toContain('CỘNG HÒA')
    expect(pages[0]?.text).toMatch(/^BÁO CÁO/)
  })

  it('writes the cohort report in English with its ranking table', async () => {
    const model = buildCohortReport({
      lang: 'en',
      withHeader: true,
      issuedYear: 2026,
      ranking: LONG_AN_2023,
      tasks: null,
      awards: null,
      fields: [],
      publication: PUBLISHED_2023,
    })
    const { pages } = await readBack(await writeReportPdf(model, tinosFromDisk(), images))
    const text = pages.map((p) => p.text).join(' ')
    expect(text).toContain('SOCIALIST REPUBLIC OF VIET NAM')
    expect(text).toContain('5 Huyện Thạnh Hóa 80.10 80.10 Good +5.35 ↑7')
    expect(text).toContain('Source: Decision No. 228/QĐ-UBND of 14 March 2024')
  })

  it('breaks a narrow column’s words where they may break, never inside a word', async () => {
    const model = buildCohortReport({
      lang: 'vi',
      withHeader: false,
      issuedYear: 2026,
      ranking: LONG_AN_2023,
      tasks: null,
      awards: null,
      fields: [{ code: 'LEADERSHIP', maxPoints: 9, average: 8.1, best: 9 }],
      publication: PUBLISHED_2023,
    })
    const { pages } = await readBack(await writeReportPdf(model, tinosFromDisk(), images))
    const text = pages.map((p) => p.text).join(' ')
    // The change column's header, "Tăng/giảm (điểm)": cut after its slash, not inside "giảm".
    expect(text).toContain('Tăng/')
    expect(text).not.toMatch(/giả m|Tă ng/)
  })

  it('never leaves a heading or a total row alone at the foot of a page', async () => {
    // Sections of different lengths, so that headings and totals fall at every height of a page.
    const base = unitModel({ withHeader: false })
    const blocks = Array.from({ length: 24 }, (_, n) => [
      { type: 'heading' as const, text: `Mục ${n + 1}` },
      ...Array.from({ length: 1 + (n % 4) }, () => ({
        type: 'paragraph' as const,
        text: 'Nội dung của mục, một dòng chữ để lấp chỗ trên trang báo cáo.',
      })),
      { type: 'heading' as const, text: `Tiểu mục ${n + 1}` },
      {
        type: 'table' as const,
        table: {
          caption: `Bảng ${n + 1}`,
          columns: [
            { header: 'Đơn vị', align: 'left' as const, width: 70 },
            { header: 'Điểm', align: 'right' as const, width: 30 },
          ],
          rows: Array.from({ length: 1 + (n % 3) }, (_, r) => [`Đơn vị ${n + 1}.${r + 1}`, '9,00']),
          footer: [`Tổng cộng ${n + 1}`, '27,00'],
        },
      },
    ])
    const model = { ...base, blocks: blocks.flat() }
    const { pages } = await readBack(await writeReportPdf(model, tinosFromDisk(), images))
    const pageOf = (text: string) =>
      pages.findIndex((p) => new RegExp(`${text}(?!\\d)`).test(p.text))
    for (let n = 1; n <= 24; n += 1) {
      expect(pageOf(`Tiểu mục ${n}`), `heading ${n}`).toBe(pageOf(`Bảng ${n}`))
      expect(pageOf(`Mục ${n}`), `section ${n}`).toBeLessThanOrEqual(pageOf(`Bảng ${n}`))
      const last = `Đơn vị ${n}\\.${((n - 1) % 3) + 1}`
      expect(pageOf(`Tổng cộng ${n}`), `total ${n}`).toBe(pageOf(last))
    }
    expect(pages.length).toBeGreaterThan(2)
  })

  it('refuses a model whose figure has no image, naming the figure', async () => {
    await expect(writeReportPdf(unitModel(), tinosFromDisk(), {})).rejects.toThrow(
      /Hình 1\. Chỉ số CCHC năm 2023/,
    )
  })
})

describe('PDF table layout', () => {
  // Every character half the type size wide: enough to lay lines out.
  const font = { widthOfTextAtSize: (text: string, size: number) => (text.length * size) / 2 }
  const wrap = (text: string, width: number) =>
    wrapText(text, font as unknown as Parameters<typeof wrapText>[1], 10, width)

  it('keeps the room a form leaves to fill in by hand', () => {
    expect(wrap('Long An, ngày      tháng      năm 2026', 1000)).toEqual([
      'Long An, ngày      tháng      năm 2026',
    ])
    expect(wrap('Tăng/giảm (điểm)', 30)).toEqual(['Tăng/', 'giảm', '(điểm)'])
    // Where the line breaks, no space trails into the line's alignment.
    expect(wrap('Số:   /BC-UBND', 30)).toEqual(['Số:', '/BC-', 'UBND'])
  })

  it('cuts words only after a slash or a dash', () => {
    expect(unbreakablePieces('Tăng/giảm (điểm)')).toEqual(['Tăng/', 'giảm', '(điểm)'])
    expect(unbreakablePieces('LĐ-TB&XH 2019–2024')).toEqual(['LĐ-', 'TB&XH', '2019–', '2024'])
  })

  it('widens a column to its widest piece from the others’ spare room', () => {
    const widths = fitColumns([10, 50, 40], [20, 10, 10])
    expect(widths[0]).toBe(20)
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100)
    expect(widths[1]! / widths[2]!).toBeGreaterThan(1)
    // Nothing to give: the shares stay as they are.
    expect(fitColumns([50, 50], [60, 60])).toEqual([50, 50])
  })
})
