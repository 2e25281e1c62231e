import { chartTextWidth } from './category-axis.ts'

/** The room a year's points keep from the plot's edges where no labels are written on them. */
export const POINT_EDGE_PADDING = 16
/** Between a label's end and the value axis's line. */
const LABEL_GAP = 4

/**
 * The room before the first year and after the last for the values written over their points
 * ("89,62"): each is centred on its point, so half the widest one sticks out towards the edge. At
 * the fixed 16 px the first year's labels ran over the value axis's line on a phone. `margin` is
 * the room the chart already keeps past each end (its right margin: the left one is the axis).
 */
export function pointLabelPadding(
  first: readonly string[],
  last: readonly string[],
  fontSize: number,
  { image, margin }: { image: boolean; margin: { left: number; right: number } },
): { left: number; right: number } {
  const half = (labels: readonly string[]) =>
    Math.max(0, ...labels.map((label) => chartTextWidth(label, fontSize, { image }) / 2))
  const room = (labels: readonly string[], kept: number) =>
    Math.max(POINT_EDGE_PADDING, Math.ceil(half(labels) + LABEL_GAP - kept))
  return { left: room(first, margin.left), right: room(last, margin.right) }
}
