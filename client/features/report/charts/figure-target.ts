// How tall the report draws a chart. At the export's A4 target a 15-unit ranking is about 14.5 cm
// tall with its title and source; with its caption it did not fit under the report's title and
// summary, so page 1 held a few lines and a large white space. The report caps a figure at 12 cm:
// the type keeps its size (labels 10 pt at 16 cm, ADR 020), the bars get thinner. A chart of many
// rows is never squeezed below a row pitch where its labels would touch.
import type { ExportText } from '#client/lib/export-chart.ts'
import { exportLayout } from '#client/lib/export-svg.ts'
import {
  EXPORT_TARGETS,
  cmToPx,
  typePx,
  valueAxisBand,
  type ExportTarget,
} from '#client/lib/export-targets.ts'

/** Tallest a report figure is drawn: with its caption it fits on page 1 under the summary. */
export const REPORT_FIGURE_MAX_HEIGHT_CM = 12
/** Least room for one row of bars, in tick-label heights: below it the labels touch. */
export const MIN_ROW_PITCH = 1.2

/** The A4 portrait target with its height capped for a report figure of `rows` rows. */
export function reportFigureTarget(
  text: ExportText,
  rows: number,
  base: ExportTarget = EXPORT_TARGETS['a4-portrait'],
): ExportTarget {
  const layout = exportLayout(text, base, { kind: 'rows', rows })
  const { tick } = typePx(base)
  const footer = layout.height - layout.chart.y - layout.chart.height
  const least =
    layout.chart.y +
    Math.ceil(Math.max(1, rows) * tick * MIN_ROW_PITCH) +
    valueAxisBand(tick) +
    8 +
    footer
  const capPx = Math.max(cmToPx(REPORT_FIGURE_MAX_HEIGHT_CM, base), least)
  const capCm = (capPx / base.width) * base.physicalWidthCm
  return { ...base, maxHeightCm: Math.min(base.maxHeightCm, capCm) }
}
