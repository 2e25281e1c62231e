// Labels at the ends of lines (a bump chart's names at its last year) want to sit level with their
// points, but points a rank apart are closer than a line of type: the names would overprint. Here
// they are spread down the axis, each as close to its point as a line apart allows, as direct
// labels are in good line charts (a leader line then joins a moved name to its point).

/**
 * Where a span `size` long starts when centred on `centre` and kept within `start`…`end`; where it
 * cannot fit, at `start` (the top of an axis, the left of a chart: the end it is read from).
 */
export function centredWithin(centre: number, size: number, start: number, end: number): number {
  return Math.max(start, Math.min(centre - size / 2, end - size))
}

/**
 * The centres of labels wanted at `targets` (px down the chart), at least `gap` apart and within
 * `top`…`bottom`: labels that already clear each other stay where they are; labels that crowd
 * are set a gap apart, as a block centred on their points (clamped at either end). The order
 * down the chart is kept. Returned in the order of `targets`.
 */
export function spreadLabels(
  targets: readonly number[],
  gap: number,
  top: number,
  bottom: number,
): number[] {
  type Block = { members: { target: number; index: number }[]; start: number }
  const place = (members: Block['members']): Block => {
    const mean = members.reduce((sum, m) => sum + m.target, 0) / members.length
    const span = (members.length - 1) * gap
    // Centred on its points, then kept inside the bounds (the top wins where it cannot fit).
    return { members, start: centredWithin(mean, span, top, bottom) }
  }
  const order = targets
    .map((target, index) => ({ target, index }))
    .sort((a, b) => a.target - b.target || a.index - b.index)
  const blocks: Block[] = []
  for (const member of order) {
    let block = place([member])
    // A block that reaches into the one above it joins it, and the two are placed as one.
    for (let above = blocks.at(-1); above; above = blocks.at(-1)) {
      if (above.start + above.members.length * gap <= block.start + 1e-9) break
      blocks.pop()
      block = place([...above.members, ...block.members])
    }
    blocks.push(block)
  }
  const result: number[] = Array.from({ length: targets.length })
  for (const block of blocks)
    block.members.forEach((m, k) => {
      result[m.index] = block.start + k * gap
    })
  return result
}
