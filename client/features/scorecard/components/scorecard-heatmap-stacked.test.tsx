import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { estimateTextWidth } from '#client/lib/text-metrics.ts'
import {
  ScorecardHeatmapStacked,
  STACKED_WIDTH,
  stackedLayout,
} from './scorecard-heatmap-stacked.tsx'
import type { HeatmapRow } from './scorecard-heatmap.tsx'

const FIELDS = [
  'Chỉ đạo, điều hành',
  'Thể chế',
  'Thủ tục hành chính',
  'Tổ chức bộ máy',
  'Chế độ công vụ',
  'Tài chính công',
  'Chính quyền số',
  'Tác động',
]
const rows: HeatmapRow[] = ['Cao nhất nhóm', 'Huyện Bến Lức', 'Thành phố Tân An'].map(
  (label, i) => ({
    key: String(i),
    label,
    reference: i === 0,
    focused: label === 'Thành phố Tân An',
    cells: FIELDS.map(() => ({ share: '100,00', band: null, delta: -1 })),
  }),
)

describe('the heat map on a phone', () => {
  it('keeps every field in view: eight columns in the drawing’s width, each cell’s figure inside', () => {
    const { cellWidth, cellFont } = stackedLayout(rows, FIELDS)
    expect(cellWidth * FIELDS.length).toBe(STACKED_WIDTH)
    // "100,00 ▼", the widest a cell writes, at the cells' type.
    expect(estimateTextWidth('100,00 ▼', cellFont)).toBeLessThanOrEqual(cellWidth - 4)
    expect(cellFont).toBeGreaterThanOrEqual(9)
    // Figures of two digits keep the cells' full size.
    const usual = rows.map((r) => ({ cells: r.cells.map((c) => ({ ...c, share: '89,80' })) }))
    expect(stackedLayout(usual, FIELDS).cellFont).toBe(10)
  })

  it('stands each heading upright over its column, none longer than the band above the rows', () => {
    const { headings, headHeight } = stackedLayout(rows, FIELDS)
    expect(headings.map((h) => h.join(' '))).toEqual(FIELDS)
    for (const line of headings.flat())
      expect(estimateTextWidth(line, 11, true)).toBeLessThanOrEqual(headHeight - 8)
  })

  it('writes each unit’s name over its own strip of cells, scaled to the screen', () => {
    const { container } = render(
      <ScorecardHeatmapStacked rows={rows} fields={FIELDS} styles={[]} label="Bản đồ nhiệt" />,
    )
    const svg = container.querySelector('svg')
    expect(svg?.getAttribute('width')).toBe('100%')
    expect(svg?.getAttribute('viewBox')).toMatch(new RegExp(`^0 0 ${STACKED_WIDTH} `))
    for (const row of rows) {
      const group = container.querySelector(`[data-row="${row.key}"]`)
      const name = group?.querySelector('[data-row-name]')
      expect(name?.textContent).toBe(row.focused ? `▶ ${row.label}` : row.label)
      const nameY = Number(name?.getAttribute('y'))
      const cells = [...(group?.querySelectorAll('rect:not([fill="none"])') ?? [])]
      expect(cells).toHaveLength(FIELDS.length)
      for (const cell of cells) expect(Number(cell.getAttribute('y'))).toBeGreaterThan(nameY)
    }
    expect(container.querySelectorAll('[data-heading]')).toHaveLength(FIELDS.length)
  })
})
