// Value labels at the ends of horizontal bars. A label sits beside its bar, centred on it. Where
// bars are thinner than a line of the label's type (a slide's fixed height shared among three
// bars a row), labels stacked beside them would overprint each other and the bars next to them:
// the chart first narrows the gap between its groups, then sets its labels a little smaller
// (never below the target's least type), and only where that is not enough does a label move
// right, past every bar and every earlier label its line would cover (fitLabelledGroup).

export type Box = { x: number; y: number; width: number; height: number }

/** A label to place: its bar, and its text's width at the label's type size. */
export type ValueLabel = { bar: Box; width: number }

/** Where a label's text starts (x, drawn left-aligned) and its line's centre (y). */
export type PlacedLabel = { x: number; y: number; width: number }

/** The height a label takes, in ems: its figures (cap height, a comma's tail) and a little air. */
export const LABEL_LINE_EMS = 0.9
/** Room between two labels on a line, in ems. */
const LABEL_GAP_EMS = 0.5

/** The least gap above and below a group of bars, as a share of its band: groups stay apart. */
const LEAST_GROUP_GAP = 0.05
/**
 * The least share of their type value labels are set at to fit thin bars: 9 pt of print's 10,
 * 12.6 of a slide's 14 (export-targets.ts), never below the type rules.
 */
export const LEAST_LABEL_SHARE = 0.9

/** Bars are drawn a whole number of pixels thick: room for the rounding, per bar. */
const ROUNDING = 0.5

/**
 * How a group of `bars` labelled bars shares its band: the gap above and below the group (a share
 * of the band, as recharts' barCategoryGap) and the labels' type size. In order of preference:
 * - `preferredGap` and the chart's type, when each bar is a label's line thick;
 * - a narrower gap (down to LEAST_GROUP_GAP), so that each bar is;
 * - smaller type (down to LEAST_LABEL_SHARE of it), so that each bar is;
 * - else the least type, and groups set a label's line apart: the labels of a group are moved
 *   aside from each other (placeValueLabels), never into the next group's.
 */
export function fitLabelledGroup(
  bandSize: number,
  bars: number,
  fontSize: number,
  barGap: number,
  preferredGap: number,
  leastFontSize = fontSize * LEAST_LABEL_SHARE,
): { gap: number; fontSize: number } {
  const gaps = (bars - 1) * barGap
  const stackedGap = (font: number) =>
    (bandSize - bars * (font * LABEL_LINE_EMS + ROUNDING) - gaps) / (2 * bandSize)
  const share = stackedGap(fontSize)
  if (share >= LEAST_GROUP_GAP) return { gap: Math.min(preferredGap, share), fontSize }
  const least = Math.min(fontSize, leastFontSize)
  const fitting = ((bandSize * (1 - 2 * LEAST_GROUP_GAP) - gaps) / bars - ROUNDING) / LABEL_LINE_EMS
  if (fitting >= least) return { gap: LEAST_GROUP_GAP, fontSize: Math.min(fontSize, fitting) }
  // The next group's first label a line below this group's last: the band less the run from a
  // group's first bar's centre to its last's (each bar rounded up by half a pixel at most).
  const line = least * LABEL_LINE_EMS
  const apart =
    bars > 1
      ? (bandSize -
          gaps -
          (bars * (bandSize - line - (bars - 1) * (ROUNDING + barGap))) / (bars - 1)) /
        2
      : 0
  // Bars a pixel thick at the least.
  const most = Math.max(0, (bandSize - gaps - bars) / (2 * bandSize))
  return {
    gap: Math.min(most, Math.max(LEAST_GROUP_GAP, apart / bandSize)),
    fontSize: least,
  }
}

const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 && b0 < a1

/**
 * Places `labels` beside their bars, `offset` px from each bar's end, moving a label right where
 * its line would cover another bar of `bars` (every bar drawn) or a label placed before it (top
 * to bottom). Labels with room beside their bars stay there. Returned in the order given.
 */
export function placeValueLabels(
  labels: readonly ValueLabel[],
  bars: readonly Box[],
  fontSize: number,
  offset = 5,
): PlacedLabel[] {
  const line = fontSize * LABEL_LINE_EMS
  const gap = fontSize * LABEL_GAP_EMS
  const order = labels
    .map((label, i) => ({ label, i, y: label.bar.y + label.bar.height / 2 }))
    .sort((a, b) => a.y - b.y || a.i - b.i)
  const placed: PlacedLabel[] = []
  const result: PlacedLabel[] = Array.from({ length: labels.length })
  for (const { label, i, y } of order) {
    const top = y - line / 2
    const bottom = y + line / 2
    let x = label.bar.x + label.bar.width + offset
    for (const bar of bars)
      if (overlaps(top, bottom, bar.y, bar.y + bar.height))
        x = Math.max(x, bar.x + bar.width + offset)
    for (const other of placed)
      if (overlaps(top, bottom, other.y - line / 2, other.y + line / 2))
        x = Math.max(x, other.x + other.width + gap)
    const at = { x, y, width: label.width }
    placed.push(at)
    result[i] = at
  }
  return result
}

/** How far the rightmost label runs past `right` (0 when all end before it). */
export function labelOverflow(placed: readonly PlacedLabel[], right: number): number {
  return Math.max(0, ...placed.map((p) => p.x + p.width - right))
}
