// Reading a plain-SVG chart in a test: its bars' boxes and its axes' texts, by recharts' class
// names (client/components/charts/svg/).

/** A bar's box from its path ("M x,y h w v h h -w Z"). */
export function pathBox(path: Element) {
  const [x, y, width, height] = (path.getAttribute('d') ?? '').match(/-?[\d.]+/g)!.map(Number)
  return { x: x!, y: y!, width: width!, height: height! }
}

/** The boxes of each bar layer (a series), in order. */
export function seriesBoxes(container: Element) {
  return [...container.querySelectorAll('.recharts-bar')].map((layer) =>
    [...layer.querySelectorAll('path')].map(pathBox),
  )
}

/** The texts of an axis's marks: `xAxis` (values) or `yAxis` (categories). */
export function axisTexts(container: Element, axis: 'xAxis' | 'yAxis') {
  return [...container.querySelectorAll(`.${axis} .recharts-cartesian-axis-tick-value`)].map(
    (t) => t.textContent,
  )
}
