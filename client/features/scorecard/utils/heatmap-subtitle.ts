// What an exported heat map says it holds. The image goes into a report without the page around
// it, so it names its units in the report's terms: the cohort's units, those found by a search,
// or which of them (a range of the order chosen) — never "the page shown", a screen's notion.

/** The i18n key of the heat map's subtitle and what it is filled with. */
export type HeatmapSubtitle =
  | { key: 'scorecard.heatmapSubtitle'; values: { count: number } }
  | { key: 'scorecard.heatmapSubtitleSearch'; values: { count: number; query: string } }
  | { key: 'scorecard.heatmapSubtitlePage'; values: { from: number; to: number; matched: number } }

/**
 * The subtitle for `shown` units from `offset` of `matched` (the units left by `query`).
 * @example heatmapSubtitle({ offset: 0, shown: 15, matched: 15, query: '' }) // 15 units
 */
export function heatmapSubtitle(page: {
  offset: number
  shown: number
  matched: number
  query: string
}): HeatmapSubtitle {
  const { offset, shown, matched } = page
  const query = page.query.trim()
  if (offset > 0 || shown < matched)
    return {
      key: 'scorecard.heatmapSubtitlePage',
      values: { from: offset + 1, to: offset + shown, matched },
    }
  if (query) return { key: 'scorecard.heatmapSubtitleSearch', values: { count: shown, query } }
  return { key: 'scorecard.heatmapSubtitle', values: { count: shown } }
}
