import { describe, expect, it } from 'vitest'
import { barSlots } from './bar-frame.tsx'
import {
  fitLabelledGroup,
  LABEL_LINE_EMS,
  labelOverflow,
  placeValueLabels,
  type Box,
} from './value-labels.ts'

const bar = (y: number, end: number, height = 10): Box => ({ x: 100, y, width: end - 100, height })

describe('placeValueLabels', () => {
  it('leaves a label beside its bar where the bars are a line of type apart', () => {
    const bars = [bar(0, 300, 20), bar(22, 400, 20)]
    const placed = placeValueLabels(
      bars.map((b) => ({ bar: b, width: 40 })),
      bars,
      16,
    )
    expect(placed.map((p) => p.x)).toEqual([305, 405])
    expect(placed.map((p) => p.y)).toEqual([10, 32])
  })

  it('moves labels of bars thinner than their type clear of each other and of the bars', () => {
    // Three bars a row, 10 px thick a pixel apart, labels 13 px: a slide's field chart.
    const bars = [bar(0, 200), bar(11, 230), bar(22, 260), bar(40, 500), bar(51, 240), bar(62, 250)]
    const labels = bars.map((b) => ({ bar: b, width: 36 }))
    const font = 13
    const placed = placeValueLabels(labels, bars, font)
    const line = font * LABEL_LINE_EMS
    const boxes = placed.map((p) => ({
      x0: p.x,
      x1: p.x + p.width,
      y0: p.y - line / 2,
      y1: p.y + line / 2,
    }))
    boxes.forEach((a, i) => {
      boxes.slice(i + 1).forEach((b) => {
        const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0
        expect(apart, `labels ${i} and ${boxes.indexOf(b)}`).toBe(true)
      })
      for (const other of bars) {
        const covers =
          a.x0 < other.x + other.width && other.y < a.y1 && a.y0 < other.y + other.height
        expect(covers, `label ${i} over a bar`).toBe(false)
      }
    })
    // A label still reads as its bar's: on its line, right of its end.
    placed.forEach((p, i) => {
      const b = bars[i]!
      expect(p.y).toBe(b.y + b.height / 2)
      expect(p.x).toBeGreaterThanOrEqual(b.x + b.width + 5)
    })
  })

  it('says how far the labels run past the plot', () => {
    expect(labelOverflow([{ x: 900, y: 0, width: 50 }], 940)).toBe(10)
    expect(labelOverflow([{ x: 800, y: 0, width: 50 }], 940)).toBe(0)
  })
})

describe('fitLabelledGroup', () => {
  /** Centre-to-centre distances of consecutive bars, within a group and on to the next group. */
  function pitches(band: number, bars: number, fit: { gap: number }) {
    const slots = barSlots(band, fit.gap, bars, 1)
    const centres = slots.map((s) => s.offset + s.size / 2)
    const within = centres.slice(1).map((c, i) => c - (centres[i] ?? 0))
    const across = band + (centres[0] ?? 0) - (centres.at(-1) ?? 0)
    return { within: Math.min(...within), across }
  }

  it("keeps recharts' gap and the chart's type where the bars are a line thick", () => {
    expect(fitLabelledGroup(58, 3, 11, 1, 0.16)).toEqual({ gap: 0.16, fontSize: 11 })
  })

  it('narrows the gap between groups before anything else', () => {
    // Eight fields of three bars on a slide: 44 px a field, 13 px labels.
    const fit = fitLabelledGroup(44, 3, 13, 1, 0.16)
    expect(fit.fontSize).toBe(13)
    expect(fit.gap).toBeLessThan(0.16)
    expect(fit.gap).toBeGreaterThanOrEqual(0.05)
    const { within, across } = pitches(44, 3, fit)
    expect(within).toBeGreaterThanOrEqual(13 * LABEL_LINE_EMS)
    expect(across).toBeGreaterThanOrEqual(13 * LABEL_LINE_EMS)
  })

  it('then sets the labels smaller, never below nine tenths of their type', () => {
    const fit = fitLabelledGroup(37, 3, 13, 1, 0.16)
    expect(fit.fontSize).toBeLessThan(13)
    expect(fit.fontSize).toBeGreaterThanOrEqual(13 * 0.9)
    expect(pitches(37, 3, fit).within).toBeGreaterThanOrEqual(fit.fontSize * LABEL_LINE_EMS)
  })

  it('else keeps the groups a line apart, for the labels to move aside within their group', () => {
    for (const band of [20, 26, 30]) {
      const fit = fitLabelledGroup(band, 3, 13, 1, 0.16)
      expect(fit.fontSize).toBeCloseTo(13 * 0.9, 9)
      expect(pitches(band, 3, fit).across).toBeGreaterThanOrEqual(fit.fontSize * LABEL_LINE_EMS)
    }
  })
})
