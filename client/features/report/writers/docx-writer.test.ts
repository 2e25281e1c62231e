// @vitest-environment node
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { buildCohortReport } from '../model/cohort-report.ts'
import { buildUnitReport } from '../model/unit-report.ts'
import {
  DRAFT_2023,
  LONG_AN_2023,
  PUBLISHED_2023,
  THANH_HOA,
  THANH_HOA_2023,
  THANH_HOA_SUMMARY,
} from '../testing/report-fixtures.ts'
import { testPng } from '../testing/test-png.ts'
import { writeReportDocx } from './docx-writer.ts'
import type { ReportImages } from './pdf-writer.ts'

const images: ReportImages = {
  ranking: { png: testPng(2000, 1250), width: 2000, height: 1250 },
  change: { png: testPng(2000, 1000), width: 2000, height: 1000 },
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

async function unzip(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes)
  const read = async (path: string) => (await zip.file(path)?.async('string')) ?? ''
  const media = Object.keys(zip.files).filter((path) => path.startsWith('word/media/'))
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((p) => /^word\/header\d+\.xml$/.test(p))
      .map(read),
  )
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    media,
    headers,
    zip,
  }
}

/** The text of each w:tbl of the document, its cells' runs joined with spaces. */
function tableTexts(xml: string) {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(' '),
  )
}

describe('DOCX writer', () => {
  it('writes one A4 section with the decree margins in Times New Roman 13–14 pt', async () => {
    const { document, styles } = await unzip(await writeReportDocx(unitModel(), images))
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/)
    expect(styles).toContain('w:ascii="Times New Roman"')
    const sizes = new Set(
      [...document.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]) / 2),
    )
    expect([...sizes].filter((s) => s > 1).every((s) => s >= 13 && s <= 14)).toBe(true)
  })

  it('says what the signer relies on, in NFC Vietnamese', async () => {
    const { document } = await unzip(await writeReportDocx(unitModel(), images))
    expect(document.normalize('NFC')).toBe(document)
    for (const text of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'UBND HUYỆN THẠNH HÓA',
      'Kết quả Chỉ số cải cách hành chính năm 2023',
      'của huyện Thạnh Hóa',
      THANH_HOA_SUMMARY,
      'Nguồn: Quyết định số 228/QĐ-UBND ngày 14/03/2024 của UBND tỉnh Long An (số liệu năm 2023)',
    ]) {
      expect(document).toContain(text)
    }
  })

  it('writes the field, task and award tables as editable Word tables with repeated header rows', async () => {
    const { document } = await unzip(await writeReportDocx(unitModel(), images))
    const tables = tableTexts(document)
    // The header (two columns, no borders), then fields, tasks and awards.
    expect(tables).toHaveLength(4)
    expect(tables[1]).toContain('Cải cách thủ tục hành chính 11,25 13 86,54 11,00')
    expect(tables[1]).toContain('Tổng cộng 80,10 100 80,10')
    expect(tables[3]).toContain('Giấy khen 16')
    expect(document.match(/<w:tblHeader\/>/g)?.length).toBe(3)
    // The field table's last row keeps with its total: its cells' paragraphs keep with the next.
    const fieldTable = document.split('<w:tbl>')[2] ?? ''
    const rows = fieldTable.split('<w:tr>').slice(1)
    expect(rows.at(-2)).toContain('<w:keepNext/>')
    expect(rows.at(-3)).not.toContain('<w:keepNext/>')
  })

  it('embeds both charts as PNG images 16 cm wide', async () => {
    const { document, media, zip } = await unzip(await writeReportDocx(unitModel(), images))
    expect(media).toHaveLength(2)
    const first = await zip.file(media[0]!)!.async('uint8array')
    expect([...first.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG')
    // 16 cm in EMU (360,000 a cm), as docx rounds it through 96 dpi pixels.
    const widths = [...document.matchAll(/<wp:extent cx="(\d+)"/g)].map(
      (m) => Number(m[1]) / 360_000,
    )
    expect(widths).toHaveLength(2)
    for (const cm of widths) expect(cm).toBeCloseTo(16, 1)
    // A line spacing without its rule is read by LibreOffice as a fixed height that crops the
    // drawing to one text line: every spacing that sets a line says which rule it follows.
    const { styles } = await unzip(await writeReportDocx(unitModel(), images))
    for (const xml of [document, styles]) {
      const spacings = [...xml.matchAll(/<w:spacing [^>]*w:line="\d+"[^>]*\/>/g)].map((m) => m[0])
      expect(spacings.length).toBeGreaterThan(0)
      for (const spacing of spacings) expect(spacing).toMatch(/w:lineRule="(auto|exact)"/)
    }
    const drawingParagraphs = document.match(/<w:p>(?:(?!<\/w:p>).)*<w:drawing>/g) ?? []
    expect(drawingParagraphs).toHaveLength(2)
    for (const p of drawingParagraphs) expect(p).toContain('w:lineRule="auto"')
  })

  it('marks a draft in the header of every page and numbers pages after the first', async () => {
    const { headers, document } = await unzip(
      await writeReportDocx(unitModel({ publication: DRAFT_2023 }), images),
    )
    expect(document).toContain('<w:titlePg/>')
    expect(headers).toHaveLength(2)
    for (const header of headers) expect(header).toContain('Dự thảo — chưa công bố')
    expect(headers.filter((h) => h.includes('PAGE'))).toHaveLength(1)
  })

  it('writes the cohort report in English with every unit in the ranking table', async () => {
    const model = buildCohortReport({
      lang: 'en',
      withHeader: false,
      issuedYear: 2026,
      ranking: LONG_AN_2023,
      tasks: null,
      awards: null,
      fields: [],
      publication: PUBLISHED_2023,
    })
    const { document } = await unzip(await writeReportDocx(model, images))
    expect(document).not.toContain('SOCIALIST REPUBLIC')
    const [ranking] = tableTexts(document)
    expect(ranking).toContain('5 Huyện Thạnh Hóa 80.10 80.10 Good +5.35 ↑7')
    expect(ranking).toContain('15 Huyện Tân Hưng 65.25 65.25 Average – –')
  })
})
