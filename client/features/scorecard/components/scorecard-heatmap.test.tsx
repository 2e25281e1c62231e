import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { exportLayout } from '#client/lib/export-svg.ts'
import { EXPORT_TARGETS, ptAtTarget } from '#client/lib/export-targets.ts'
import { estimateTextWidth } from '#client/lib/text-metrics.ts'
import { heatmapLayout, ScorecardHeatmap, type HeatmapRow } from './scorecard-heatmap.tsx'

/** Long An's districts 2023 as the page draws them: the cohort's best and median, fifteen units. */
const NAMES = [
  'Cao nhất nhóm',
  'Trung vị nhóm',
  'Huyện Bến Lức',
  'Huyện Châu Thành',
  'Thị xã Kiến Tường',
  'Huyện Đức Hòa',
  'Huyện Thạnh Hóa',
  'Huyện Đức Huệ',
  'Huyện Cần Giuộc',
  'Huyện Cần Đước',
  'Huyện Tân Thạnh',
  'Huyện Thủ Thừa',
  'Huyện Vĩnh Hưng',
  'Huyện Tân Trụ',
  'Huyện Mộc Hóa',
  'Thành phố Tân An',
  'Huyện Tân Hưng',
]
const FIELDS = {
  vi: [
    'Chỉ đạo, điều hành',
    'Thể chế',
    'Thủ tục hành chính',
    'Tổ chức bộ máy',
    'Chế độ công vụ',
    'Tài chính công',
    'Chính quyền số',
    'Tác động',
  ],
  en: [
    'Leadership',
    'Institutions',
    'Procedures',
    'Organisation',
    'Civil service',
    'Public finance',
    'Digital government',
    'Impact',
  ],
}
const rows: HeatmapRow[] = NAMES.map((label, i) => ({
  key: String(i),
  label,
  reference: i < 2,
  focused: label === 'Huyện Thạnh Hóa',
  cells: FIELDS.vi.map(() => ({ share: '89,80', band: null, delta: 1 })),
}))

/** The chart's box in each target's image, as the export lays it out around the heat map. */
function exportSize(targetId: keyof typeof EXPORT_TARGETS) {
  const target = EXPORT_TARGETS[targetId]
  const layout = exportLayout(
    {
      title: 'Bản đồ nhiệt theo lĩnh vực',
      subtitle: 'Tỉnh Long An (cấp huyện), năm 2023 — 15 đơn vị, % điểm tối đa',
      source:
        'Nguồn: Quyết định số 228/QĐ-UBND ngày 14/03/2024 của UBND tỉnh Long An (số liệu năm 2023)',
      legend: ['Tốt (≥ 80)', 'Khá (≥ 70)', 'Trung bình (≥ 60)', 'Kém'].map((label) => ({
        label,
        color: '#000000',
      })),
    },
    target,
    { kind: 'rows', rows: rows.length },
  )
  return {
    target,
    size: {
      width: layout.chart.width,
      height: layout.chart.height,
      tick: layout.type.tick,
      label: layout.type.label,
    },
  }
}

const TARGET_IDS = Object.keys(EXPORT_TARGETS) as (keyof typeof EXPORT_TARGETS)[]

describe('heatmapLayout', () => {
  it.each(TARGET_IDS)('fits every row inside the image at %s', (id) => {
    const { size, target } = exportSize(id)
    const layout = heatmapLayout(rows, FIELDS.vi, size)
    expect(layout.headHeight + rows.length * layout.rowHeight).toBeLessThanOrEqual(size.height)
    // Each row is a line of its type and some room.
    expect(layout.rowHeight).toBeGreaterThanOrEqual(layout.font * 1.35)
    // Fifteen units and two reference rows need no smaller type than the print rule (9 pt).
    expect(ptAtTarget(layout.font, target)).toBeGreaterThanOrEqual(9)
  })

  it.each(TARGET_IDS.flatMap((id) => (['vi', 'en'] as const).map((lang) => [id, lang] as const)))(
    'wraps every heading within its column at %s (%s), none cut short',
    (id, lang) => {
      const { size } = exportSize(id)
      const fields = FIELDS[lang]
      const layout = heatmapLayout(rows, fields, size)
      fields.forEach((field, i) => {
        const lines = layout.headings[i] ?? []
        // Within its column, with a gap to the next column's heading.
        for (const line of lines)
          expect(estimateTextWidth(line, layout.font, true), line).toBeLessThanOrEqual(
            layout.cellWidth - layout.font * 0.15,
          )
        // Every word is there: joined again (a hyphenated word without its hyphen), the name.
        expect(lines.join(' ').replace(/- /g, '')).toBe(field)
      })
    },
  )

  it('keeps the page’s fixed grid on screen', () => {
    const layout = heatmapLayout(rows, FIELDS.vi)
    expect(layout).toMatchObject({ font: 12, rowHeight: 26, nameWidth: 190, cellWidth: 92 })
    expect(layout.height).toBe(layout.headHeight + rows.length * 26)
  })

  it('makes the type smaller rather than lose rows when the rows cannot fit at the target’s', () => {
    const many = Array.from({ length: 52 }, (_, i) => ({ label: `Xã ${i + 1}`, focused: false }))
    const size = { width: 900, height: 500, tick: 14, label: 14 }
    const layout = heatmapLayout(many, FIELDS.vi, size)
    expect(layout.font).toBeLessThan(14)
    expect(layout.headHeight + many.length * layout.rowHeight).toBeLessThanOrEqual(size.height)
    expect(layout.rowHeight).toBeGreaterThanOrEqual(layout.font * 1.35 - 0.01)
  })

  it('sets every cell’s figures inside its column, ten fields and long names included', () => {
    const cells = Array.from({ length: 10 }, () => ({ share: '100,00', band: 'GOOD', delta: 5 }))
    const long = Array.from({ length: 15 }, (_, i) => ({
      label: `Sở Lao động - Thương binh và Xã hội ${i + 1}`,
      focused: false,
      cells,
    }))
    const ten = Array.from({ length: 10 }, (_, i) => `Lĩnh vực ${i + 1}`)
    const { size } = exportSize('a4-portrait')
    const layout = heatmapLayout(long, ten, size)
    expect(estimateTextWidth('100,00 ▲', layout.font)).toBeLessThan(layout.cellWidth)
  })
})

describe('ScorecardHeatmap', () => {
  it.each(TARGET_IDS)('draws all seventeen rows within its height at %s', (id) => {
    const { size } = exportSize(id)
    const { container } = render(
      <ScorecardHeatmap rows={rows} fields={FIELDS.en} styles={[]} size={size} label="Heat map" />,
    )
    const svg = container.querySelector('svg')!
    const height = Number(svg.getAttribute('height'))
    expect(height).toBe(size.height)
    const names = [...svg.querySelectorAll('text[data-row-name]')].map((t) => t.textContent)
    expect(names).toEqual(NAMES.map((n) => (n === 'Huyện Thạnh Hóa' ? `▶ ${n}` : n)))
    for (const rect of svg.querySelectorAll('rect'))
      expect(
        Number(rect.getAttribute('y')) + Number(rect.getAttribute('height')),
      ).toBeLessThanOrEqual(height)
    // No heading is cut short.
    const headings = [...svg.querySelectorAll('text[data-heading]')]
    expect(headings).toHaveLength(8)
    for (const heading of headings) expect(heading.textContent).not.toContain('…')
  })
})
