import { describe, expect, it } from 'vitest'
import { estimateTextWidth } from '#client/lib/text-metrics.ts'
import { POINT_EDGE_PADDING, pointLabelPadding } from './point-label-room.ts'

const none = { left: 0, right: 0 }

describe('pointLabelPadding', () => {
  it('keeps the widest first-year label clear of the value axis, a gap between', () => {
    // No canvas in the test DOM: the screen's width is the estimate's, with its slack.
    const half = (estimateTextWidth('89,62', 12) * 1.06) / 2
    const { left } = pointLabelPadding(['89,62', '87,15'], [], 12, { image: false, margin: none })
    expect(left).toBe(Math.ceil(half + 4))
    expect(left).toBeGreaterThan(POINT_EDGE_PADDING)
  })

  it('counts a margin the chart already keeps past the last year', () => {
    const labels = ['79,21']
    const bare = pointLabelPadding([], labels, 20, { image: true, margin: none })
    const kept = pointLabelPadding([], labels, 20, { image: true, margin: { left: 0, right: 10 } })
    expect(bare.right - kept.right).toBe(10)
    expect(
      pointLabelPadding([], labels, 12, { image: false, margin: { left: 0, right: 24 } }),
    ).toEqual({ left: POINT_EDGE_PADDING, right: POINT_EDGE_PADDING })
  })

  it('is the usual room where there are no labels, or short ones', () => {
    expect(pointLabelPadding([], [], 12, { image: false, margin: none })).toEqual({
      left: POINT_EDGE_PADDING,
      right: POINT_EDGE_PADDING,
    })
    expect(pointLabelPadding(['1'], ['2'], 12, { image: false, margin: none }).left).toBe(
      POINT_EDGE_PADDING,
    )
  })

  it('grows with an exported image’s larger type', () => {
    const live = pointLabelPadding(['100,00'], [], 12, { image: false, margin: none })
    const image = pointLabelPadding(['100,00'], [], 20, { image: true, margin: none })
    expect(image.left).toBeGreaterThan(live.left)
  })
})
