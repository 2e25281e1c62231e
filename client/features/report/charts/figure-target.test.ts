import { describe, expect, it } from 'vitest'
import type { ExportText } from '#client/lib/export-chart.ts'
import { exportLayout } from '#client/lib/export-svg.ts'
import { EXPORT_TARGETS, typePx, valueAxisBand } from '#client/lib/export-targets.ts'
import { MIN_ROW_PITCH, REPORT_FIGURE_MAX_HEIGHT_CM, reportFigureTarget } from './figure-target.ts'

const portrait = EXPORT_TARGETS['a4-portrait']
const text: ExportText = {
  title: 'Chỉ số CCHC năm 2023 (%)',
  subtitle: 'Tỉnh Long An (huyện, thị xã, thành phố), 2023',
  source:
    'Nguồn: Quyết định số 228/QĐ-UBND ngày 14/03/2024 của UBND tỉnh Long An (số liệu năm 2023)',
  legend: [
    { label: 'Tốt (≥ 80)', color: '#4c2f8f' },
    { label: 'Khá (≥ 70)', color: '#4c2f8f', pattern: 'hatch' },
  ],
}
/** Room the chart's rows get: its box less the value axis under it. */
const rowsArea = (chartHeight: number) => chartHeight - valueAxisBand(typePx(portrait).tick) - 8
/** An image's height where it is placed, in cm. */
const heightCm = (px: number) => (px / portrait.width) * portrait.physicalWidthCm

describe('reportFigureTarget', () => {
  it('draws a 15-unit ranking at most 12 cm tall, where the export alone takes more', () => {
    const alone = exportLayout(text, portrait, { kind: 'rows', rows: 15 })
    expect(heightCm(alone.height)).toBeGreaterThan(REPORT_FIGURE_MAX_HEIGHT_CM)
    const target = reportFigureTarget(text, 15)
    const layout = exportLayout(text, target, { kind: 'rows', rows: 15 })
    expect(heightCm(layout.height)).toBeLessThanOrEqual(REPORT_FIGURE_MAX_HEIGHT_CM + 0.01)
    // Same width and type as the A4 export: labels stay 10 pt at 16 cm.
    expect(target.width).toBe(portrait.width)
    expect(typePx(target)).toEqual(typePx(portrait))
    // Each row still has room for its label.
    expect(rowsArea(layout.chart.height) / 15).toBeGreaterThanOrEqual(
      typePx(portrait).tick * MIN_ROW_PITCH,
    )
  })

  it('leaves a small chart as the export draws it', () => {
    const target = reportFigureTarget(text, 3)
    expect(exportLayout(text, target, { kind: 'rows', rows: 3 }).height).toBe(
      exportLayout(text, portrait, { kind: 'rows', rows: 3 }).height,
    )
  })

  it('gives thirty rows the least pitch their labels need, taller than 12 cm', () => {
    const target = reportFigureTarget(text, 30)
    const layout = exportLayout(text, target, { kind: 'rows', rows: 30 })
    const tick = typePx(portrait).tick
    expect(heightCm(layout.height)).toBeGreaterThan(REPORT_FIGURE_MAX_HEIGHT_CM)
    expect(rowsArea(layout.chart.height)).toBeGreaterThanOrEqual(30 * tick * MIN_ROW_PITCH)
  })

  it('never draws taller than the A4 export itself (forty rows: the text block)', () => {
    expect(reportFigureTarget(text, 40).maxHeightCm).toBe(portrait.maxHeightCm)
  })
})
