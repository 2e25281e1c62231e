// The boxes of the profile's first chart (ADR 057): the index's bars in a panel on top, the rank in
// a shorter panel under it, the years along the foot of both. Each panel has its own axis on the
// left and its title over it; a break's label is written beside the index's title, or on a line
// above it where the two would meet. The rank once shared the index's plot on a second axis, and
// its line read against the index's marks ("13/15" at the height of 25 %, inside bars of 71–80 %).
import { AXIS_HEIGHT } from '#client/components/charts/svg/axis-parts.tsx'

/** The room around the chart; a panel's title starts at its left edge. */
export const MARGIN = { top: 4, right: 8, bottom: 4, left: 4 }
/** The index panel's share of the height the two plots get; the rank panel has the rest. */
const INDEX_SHARE = 0.52
/** A panel's title row, in ems of the axes' type: the title, and room for the top mark's label. */
const TITLE_ROW_EMS = 2
/** Between the index's foot and the rank's title, in ems of the axes' type. */
const PANEL_GAP_EMS = 0.6
/** A break label's row of its own, in ems of the labels' type. */
const BREAK_ROW_EMS = 1.7
/**
 * The rank's points span at least room for three marks' labels (axis-parts.tsx spaces them by a
 * line of 1.2 ems and 5 px): 1st, one between and the last, on a slide's short plot too.
 */
const RANK_MARK_SLOTS = 3
export const MARK_LINE_EMS = 1.2
const MARK_GAP = 5

/** Where both plots start (their axes, as wide as the wider's marks) and end. */
export function plotSides(width: number, axisWidth: number): { left: number; right: number } {
  const left = MARGIN.left + axisWidth
  return { left, right: Math.max(left, width - MARGIN.right) }
}

export type PanelBox = {
  /** The plot's top and foot. */
  top: number
  bottom: number
  /** The baseline of the panel's title, over its axis. */
  titleBaseline: number
}

export type IndexYearsLayout = {
  /** The baseline of the breaks' labels. */
  breakBaseline: number
  index: PanelBox
  /** The rank panel, and the span its points run over: the ends leave a label's room inside. */
  rank: PanelBox & { first: number; last: number }
  /** Where the years' axis runs, under the rank panel. */
  years: number
}

export type IndexYearsLayoutInput = {
  height: number
  /** Whether a break's label needs a line of its own, above the index's title. */
  breakRow: boolean
  font: { tick: number; label: number }
  /** From a rank point's centre to the far edge of a label above or below it. */
  labelRoom: number
}

/** The two panels, top to bottom, within `height`. */
export function indexYearsLayout({
  height,
  breakRow,
  font,
  labelRoom,
}: IndexYearsLayoutInput): IndexYearsLayout {
  const titleRow = TITLE_ROW_EMS * font.tick
  const indexTop = MARGIN.top + (breakRow ? BREAK_ROW_EMS * font.label : 0) + titleRow
  const years = Math.max(indexTop, height - MARGIN.bottom - AXIS_HEIGHT)
  const gap = titleRow + PANEL_GAP_EMS * font.tick
  const plots = Math.max(0, years - indexTop - gap)
  const rankLeast = 2 * labelRoom + RANK_MARK_SLOTS * (MARK_LINE_EMS * font.tick + MARK_GAP)
  const rankHeight = Math.min(plots / 2, Math.max(plots * (1 - INDEX_SHARE), rankLeast))
  const indexBottom = indexTop + Math.round(plots - rankHeight)
  const rankTop = indexBottom + gap
  const first = Math.min(rankTop + labelRoom, (rankTop + years) / 2)
  // The title's baseline a line above its plot: the top mark's label, centred on the plot's top
  // edge, reaches half a line up.
  const titleBaseline = (top: number) => top - font.tick
  return {
    breakBaseline: breakRow ? MARGIN.top + 1.1 * font.label : titleBaseline(indexTop),
    index: { top: indexTop, bottom: indexBottom, titleBaseline: titleBaseline(indexTop) },
    rank: {
      top: rankTop,
      bottom: years,
      titleBaseline: titleBaseline(rankTop),
      first,
      last: Math.max(first, years - labelRoom),
    },
    years,
  }
}
