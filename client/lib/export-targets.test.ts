import { describe, expect, it } from 'vitest'
import {
  EXPORT_TARGET_IDS,
  EXPORT_TARGETS,
  isExportTargetId,
  printDpi,
  ptAtTarget,
  ptAtWidth,
  pxPerPt,
  typePx,
  wantedChartHeight,
} from './export-targets.ts'

const portrait = EXPORT_TARGETS['a4-portrait']
const landscape = EXPORT_TARGETS['a4-landscape']
const slide = EXPORT_TARGETS['slide-16-9']

describe('points at the width an image is pasted at', () => {
  it('reproduces the old fixed canvas: 1600 px wide at 16 cm put 20 px labels near 5.5 pt, a 40 px title near 11 pt', () => {
    expect(ptAtWidth(20, 1600, 16)).toBeCloseTo(5.67, 2)
    expect(ptAtWidth(40, 1600, 16)).toBeCloseTo(11.34, 2)
  })

  it('converts px to pt and back: at 1000 px for 16 cm a point is 2.205 px', () => {
    expect(pxPerPt(portrait)).toBeCloseTo((1000 * 2.54) / (72 * 16), 6)
    expect(ptAtTarget(pxPerPt(portrait) * 9, portrait)).toBeCloseTo(9, 6)
    expect(ptAtWidth(22.05, 1000, 16)).toBeCloseTo(ptAtTarget(22.05, portrait), 6)
  })

  it('a slide is 960 pt wide, so one px is one pt', () => {
    expect(pxPerPt(slide)).toBeCloseTo(1, 3)
  })

  it.each(EXPORT_TARGET_IDS)(
    '%s: labels ≥ 9 pt and the title ≥ 14 pt where the image is placed',
    (id) => {
      const target = EXPORT_TARGETS[id]
      const px = typePx(target)
      for (const size of [px.tick, px.label, px.legend, px.source])
        expect(ptAtTarget(size, target)).toBeGreaterThanOrEqual(9)
      expect(ptAtTarget(px.title, target)).toBeGreaterThanOrEqual(14)
    },
  )

  it('at A4 text width a 9 pt label is ≥ 19.8 px of a 1000 px image', () => {
    expect(typePx(portrait).tick).toBeGreaterThanOrEqual(19.8)
    expect(typePx(portrait).title).toBeGreaterThanOrEqual(30.8)
  })
})

describe('resolution', () => {
  it('prints at ≥ 300 dpi on A4, portrait and landscape', () => {
    expect(printDpi(portrait)).toBeGreaterThanOrEqual(300)
    expect(printDpi(landscape)).toBeGreaterThanOrEqual(300)
  })

  it('fills a 1920 × 1080 slide', () => {
    expect(slide.width * slide.density).toBe(1920)
    expect(
      Math.round((slide.fixedHeightCm! / slide.physicalWidthCm) * slide.width * slide.density),
    ).toBe(1080)
  })
})

describe('wantedChartHeight', () => {
  it('grows with rows and with bars per row; a plot keeps its aspect', () => {
    const three = wantedChartHeight({ kind: 'rows', rows: 3 }, portrait, 950)
    const fifteen = wantedChartHeight({ kind: 'rows', rows: 15 }, portrait, 950)
    const grouped = wantedChartHeight({ kind: 'rows', rows: 3, barsPerRow: 3 }, portrait, 950)
    expect(fifteen).toBeGreaterThan(three * 3)
    expect(grouped).toBeGreaterThan(three)
    expect(wantedChartHeight({ kind: 'plot' }, portrait, 1000)).toBe(500)
  })
})

describe('isExportTargetId', () => {
  it('accepts the three targets only', () => {
    expect(EXPORT_TARGET_IDS.every(isExportTargetId)).toBe(true)
    expect(isExportTargetId('a3')).toBe(false)
    expect(isExportTargetId(null)).toBe(false)
  })
})
