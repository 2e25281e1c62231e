import { describe, expect, it } from 'vitest'
import { estimateTextWidth } from '#client/lib/text-metrics.ts'
import {
  categoryAxisWidth,
  endLabelRoom,
  textMeasureWarmUps,
  valueAxisWidth,
} from './category-axis.ts'

describe('categoryAxisWidth', () => {
  it('fits the longest label, whatever its place, plus the tick', () => {
    const short = categoryAxisWidth(['1. Huyện Mộc Hóa'], 12)
    const long = categoryAxisWidth(
      ['1. Huyện Mộc Hóa', '12. Thị xã Kiến Tường và vùng lân cận'],
      12,
    )
    expect(long).toBeGreaterThan(short)
    expect(
      categoryAxisWidth(['12. Thị xã Kiến Tường và vùng lân cận', '1. Huyện Mộc Hóa'], 12),
    ).toBe(long)
    expect(categoryAxisWidth([], 12)).toBe(10)
  })

  it('grows with the type size, as exports draw larger text', () => {
    const labels = ['★ 5. Huyện Thạnh Hóa']
    const live = categoryAxisWidth(labels, 12)
    const exported = categoryAxisWidth(labels, 20)
    expect(exported).toBeGreaterThan(live * 1.5)
    // No canvas in the test DOM: Inter's widths (text-metrics.ts), with slack for the web font.
    expect(live).toBe(Math.ceil(estimateTextWidth(labels[0]!, 12) * 1.06 + 10))
  })
})

describe('valueAxisWidth', () => {
  it('fits the widest tick label, the tick, and a side title when there is one', () => {
    const plain = valueAxisWidth(['0', '25', '50', '75', '100'], 12, false)
    expect(plain).toBe(valueAxisWidth(['100'], 12, false))
    const hundred = estimateTextWidth('100', 12) * 1.06
    expect(plain).toBe(Math.ceil(hundred + 8))
    const titled = valueAxisWidth(['100'], 12, true)
    expect(titled).toBe(Math.ceil(hundred + 8 + 12 * 1.21 + 5))
    expect(valueAxisWidth(['100'], 20, true)).toBeGreaterThan(titled * 1.4)
  })
})

describe('textMeasureWarmUps', () => {
  it('measures at the screen size the charts draw, digits then Vietnamese, each step on its own', () => {
    const [context, digits, vietnamese, ...rest] = textMeasureWarmUps.map((warmUp) => warmUp())
    expect(rest).toEqual([])
    // No canvas in the test DOM: no context, and the widths are the estimate's at 12 px.
    expect(context).toBe(0)
    expect(digits).toBe(estimateTextWidth('0123456789,.%', 12))
    expect(vietnamese).toBe(estimateTextWidth('Huyện Thạnh Hóa, Phường Xã Đặc khu', 12))
    // Warmed up or not, a chart's axis is as wide as before.
    expect(valueAxisWidth(['0', '100'], 12, false)).toBe(
      Math.ceil(estimateTextWidth('100', 12) * 1.06 + 8),
    )
  })
})

describe('endLabelRoom', () => {
  it('makes room for the widest figure in bold and its gap, none where no bar has one', () => {
    const bold = (text: string) => estimateTextWidth(text, 12, true)
    expect(endLabelRoom(['7/10 — 70,0%', null, '41 (tổng 43)'], 12, { image: true, gap: 5 })).toBe(
      Math.ceil(Math.max(bold('7/10 — 70,0%'), bold('41 (tổng 43)')) + 5),
    )
    expect(endLabelRoom([null, '', undefined], 12, { image: true, gap: 5 })).toBe(0)
  })
})
