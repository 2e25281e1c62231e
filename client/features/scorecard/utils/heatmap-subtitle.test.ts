import { describe, expect, it } from 'vitest'
import { heatmapSubtitle } from './heatmap-subtitle.ts'

describe('heatmapSubtitle', () => {
  it('counts the units when the heat map holds all of them', () => {
    expect(heatmapSubtitle({ offset: 0, shown: 15, matched: 15, query: '' })).toEqual({
      key: 'scorecard.heatmapSubtitle',
      values: { count: 15 },
    })
  })

  it('names the search that chose the units', () => {
    expect(heatmapSubtitle({ offset: 0, shown: 2, matched: 2, query: ' đức ' })).toEqual({
      key: 'scorecard.heatmapSubtitleSearch',
      values: { count: 2, query: 'đức' },
    })
  })

  it('gives the range of a part of the list', () => {
    expect(heatmapSubtitle({ offset: 50, shown: 50, matched: 120, query: '' })).toEqual({
      key: 'scorecard.heatmapSubtitlePage',
      values: { from: 51, to: 100, matched: 120 },
    })
    expect(heatmapSubtitle({ offset: 0, shown: 50, matched: 60, query: 'xã' }).key).toBe(
      'scorecard.heatmapSubtitlePage',
    )
  })
})
