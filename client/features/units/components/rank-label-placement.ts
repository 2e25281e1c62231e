// Where the rank labels ("12/15") of the profile's rank panel sit. A label always set above its
// point would have the dashed line run through it wherever the line climbs to the next year. It
// goes above or below its point, on the side its line does not run to (below a low point, above
// a high one); where that side is taken, to the other side, or beside the point, whichever is
// first clear of the line, the dots, the breaks and the labels placed before it, within the
// panel. The rank has a panel of its own under the index's bars (ADR 057): no bar, and no bar's
// label, is in its way.
import { LABEL_LINE_EMS, type Box } from '#client/components/charts/svg/value-labels.ts'

export type Point = { x: number; y: number }
export type Segment = readonly [Point, Point]

/** A label to place: its point, its neighbours along the rank line, its text's width. */
export type RankLabelRequest = { at: Point; neighbours: readonly Point[]; width: number }

/** A placed label: its text's centre (drawn anchored in the middle), baseline and box. */
export type PlacedRankLabel = { x: number; baseline: number; box: Box }

/** What a label keeps clear of: boxes (the dots) and lines (the rank line, the breaks). */
export type Obstacles = {
  boxes: readonly Box[]
  segments: readonly Segment[]
}

/** A figure's height above its baseline, in ems: Inter's cap height and a little air. */
const CAP_EMS = 0.75

/**
 * The box of a line of figures `width` wide whose text starts at `left`, on `baseline`: the cap
 * height above it and, below it, the rest of a label's line (value-labels.ts), where a comma's
 * tail and a slash reach.
 */
export function textBox(left: number, baseline: number, width: number, fontSize: number): Box {
  return { x: left, y: baseline - CAP_EMS * fontSize, width, height: LABEL_LINE_EMS * fontSize }
}

/** The height a label's line takes, in px: what the panel leaves for a label past its end points. */
export function labelLineHeight(fontSize: number): number {
  return LABEL_LINE_EMS * fontSize
}

type Side = 'above' | 'below'
/** Where the label sits across its point: centred on it, or ending or starting at it. */
type Shift = 'centre' | 'left' | 'right'
/** A place to try: the side and the shift. */
type Place = [Side, Shift]

/**
 * Where each label goes, in the order given (labels placed earlier are obstacles to later ones).
 * `clearance` is the gap from a point's centre to its label's box (past its dot); `pad` the least
 * room around a label; `bounds` the area labels keep within.
 */
export function placeRankLabels(
  labels: readonly RankLabelRequest[],
  options: {
    fontSize: number
    clearance: number
    pad: number
    obstacles: Obstacles
    bounds: Box
  },
): PlacedRankLabel[] {
  const { fontSize, clearance, pad, obstacles, bounds } = options
  const placed: PlacedRankLabel[] = []
  for (const label of labels) {
    const candidates = candidateOrder(label).map(([side, shift]) =>
      candidate(label, side, shift, fontSize, clearance),
    )
    const taken = [...obstacles.boxes, ...placed.map((p) => p.box)]
    const costs = candidates.map((option) => {
      const room = inflate(option.box, pad)
      const covered =
        outside(option.box, bounds) +
        taken.reduce((sum, box) => sum + overlapArea(room, box), 0) +
        // A line through a label is as bad as a box over the label's height along it.
        obstacles.segments.reduce((sum, s) => sum + clippedLength(s, room) * room.height, 0)
      return { option, covered }
    })
    // The first place clear of everything, else the least covered.
    const best =
      costs.find((c) => c.covered === 0) ?? costs.reduce((a, b) => (b.covered < a.covered ? b : a))
    placed.push(best.option)
  }
  return placed
}

/**
 * The places to try, best first: centred on the side the line does not run to (below a point
 * whose neighbours are all above it, above otherwise), centred on the other side, then beside the
 * point on either side, away from the neighbour on that side first.
 */
function candidateOrder({ at, neighbours }: RankLabelRequest): Place[] {
  const above = neighbours.filter((n) => n.y < at.y)
  const below = neighbours.filter((n) => n.y > at.y)
  const first: Side = above.length > 0 && below.length === 0 ? 'below' : 'above'
  const second: Side = first === 'above' ? 'below' : 'above'
  const beside = (side: Side): Place[] => {
    const towards = side === 'above' ? above : below
    // A neighbour to the right on this side: the line leaves up (or down) to the right.
    const awayLeft = towards.some((n) => n.x > at.x)
    return awayLeft
      ? [
          [side, 'left'],
          [side, 'right'],
        ]
      : [
          [side, 'right'],
          [side, 'left'],
        ]
  }
  return [[first, 'centre'], [second, 'centre'], ...beside(first), ...beside(second)]
}

function candidate(
  { at, width }: RankLabelRequest,
  side: Side,
  shift: Shift,
  fontSize: number,
  clearance: number,
): PlacedRankLabel {
  const x = shift === 'centre' ? at.x : shift === 'left' ? at.x - width / 2 : at.x + width / 2
  const height = LABEL_LINE_EMS * fontSize
  const top = side === 'above' ? at.y - clearance - height : at.y + clearance
  const baseline = top + CAP_EMS * fontSize
  return { x, baseline, box: textBox(x - width / 2, baseline, width, fontSize) }
}

function inflate(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by }
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

/** The area of `box` outside `bounds` (none, exactly, for a box inside them). */
function outside(box: Box, bounds: Box): number {
  const inside =
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height
  return inside ? 0 : box.width * box.height - overlapArea(box, bounds)
}

/** The length of `segment` inside `box` (Liang–Barsky clipping). */
function clippedLength([from, to]: Segment, box: Box): number {
  const dx = to.x - from.x
  const dy = to.y - from.y
  let t0 = 0
  let t1 = 1
  const edges: [number, number][] = [
    [-dx, from.x - box.x],
    [dx, box.x + box.width - from.x],
    [-dy, from.y - box.y],
    [dy, box.y + box.height - from.y],
  ]
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return 0
      continue
    }
    const r = q / p
    if (p < 0) t0 = Math.max(t0, r)
    else t1 = Math.min(t1, r)
    if (t0 > t1) return 0
  }
  return (t1 - t0) * Math.hypot(dx, dy)
}
