// The heat map on a phone. Beside a name column the fields scrolled out of the screen sideways,
// and their units' names with them (an SVG has no sticky column): 1½ of 8 fields showed. Here
// each unit's name runs across the top of its own strip of cells, the strips fill the width, and
// the fields' headings stand upright over their narrow columns; the whole image scales to the
// screen. Exports keep the wide layout (scorecard-heatmap.tsx).
import { INK, MUTED } from '#client/lib/palette.ts'
import { estimateTextWidth, wrapText } from '#client/lib/text-metrics.ts'
import type { GradeStyle } from '#client/lib/grade-styles.ts'
import { cellText, fitText, HeatmapCell, nameText, type HeatmapRow } from './scorecard-heatmap.tsx'

/** The drawing's width in its own units; the SVG scales to the screen's (320–430 px). */
export const STACKED_WIDTH = 360
const FONT = 11
const CELL_FONT = 10
const NAME_LINE = 16
const STRIP = 24
const ROW_GAP = 4
/** A heading's lines, in ems, and the longest a heading may run up its column. */
const HEADING_LINE = 1.1
const HEADING_MAX = 104

export type StackedLayout = {
  height: number
  cellWidth: number
  /** The cells' type: a size under the names', smaller still where a figure would not fit. */
  cellFont: number
  headHeight: number
  rowHeight: number
  /** Each field's heading in lines, read upwards along its column. */
  headings: string[][]
}

/** Where everything goes: a row is its name's line and its strip; the headings above them all. */
export function stackedLayout(
  rows: readonly Pick<HeatmapRow, 'cells'>[],
  fields: readonly string[],
): StackedLayout {
  const cellWidth = STACKED_WIDTH / Math.max(fields.length, 1)
  const widest = Math.max(
    1,
    ...rows.flatMap((r) => r.cells.map((c) => estimateTextWidth(cellText(c), CELL_FONT))),
  )
  const cellFont = Math.min(CELL_FONT, Math.floor((CELL_FONT * (cellWidth - 4) * 10) / widest) / 10)
  // Upright, a heading's lines stack across its column: as many as its width holds.
  const most = Math.max(1, Math.floor((cellWidth - 4) / (FONT * HEADING_LINE)))
  const headings = fields.map((field) => {
    const lines = wrapText(field, FONT, HEADING_MAX, { bold: true, balance: true })
    return lines.length <= most
      ? lines
      : [
          ...lines.slice(0, most - 1),
          fitText(lines.slice(most - 1).join(' '), HEADING_MAX, FONT, true),
        ]
  })
  const longest = Math.max(0, ...headings.flat().map((line) => estimateTextWidth(line, FONT, true)))
  const headHeight = Math.ceil(longest) + 8
  const rowHeight = NAME_LINE + STRIP + ROW_GAP
  return {
    height: headHeight + rows.length * rowHeight,
    cellWidth,
    cellFont,
    headHeight,
    rowHeight,
    headings,
  }
}

type Props = {
  rows: readonly HeatmapRow[]
  fields: readonly string[]
  styles: readonly GradeStyle[]
  label: string
}

export function ScorecardHeatmapStacked({ rows, fields, styles, label }: Props) {
  const { height, cellWidth, cellFont, headHeight, rowHeight, headings } = stackedLayout(
    rows,
    fields,
  )
  return (
    <svg
      className="recharts-surface scorecard-heatmap-stacked"
      width="100%"
      viewBox={`0 0 ${STACKED_WIDTH} ${height}`}
      role="img"
      aria-label={label}
      fontFamily="inherit"
      fontSize={FONT}
      data-testid="scorecard-heatmap"
      data-layout="stacked"
    >
      {fields.map((field, i) => {
        const lines = headings[i] ?? [field]
        // Read upwards from just above the first row, the lines centred across the column.
        const x = (i + 0.5) * cellWidth - ((lines.length - 1) * FONT * HEADING_LINE) / 2
        const y = headHeight - 6
        return (
          <text
            key={field}
            transform={`translate(${x} ${y}) rotate(-90)`}
            fill={INK}
            fontWeight={600}
            dominantBaseline="central"
            data-heading={field}
          >
            {lines.map((line, j) => (
              <tspan key={j} x={0} dy={j === 0 ? 0 : FONT * HEADING_LINE}>
                {line}
              </tspan>
            ))}
          </text>
        )
      })}
      {rows.map((row, r) => {
        const y = headHeight + r * rowHeight
        const strip = y + NAME_LINE
        return (
          <g key={row.key} data-row={row.key}>
            <text
              x={1}
              y={y + NAME_LINE / 2 + 1}
              dominantBaseline="central"
              fill={row.reference ? MUTED : INK}
              fontStyle={row.reference ? 'italic' : undefined}
              fontWeight={row.focused ? 700 : 600}
              data-row-name
            >
              {fitText(nameText(row), STACKED_WIDTH - 2, FONT, true)}
            </text>
            {row.focused && (
              <rect
                x={0.5}
                y={strip + 0.5}
                width={STACKED_WIDTH - 1}
                height={STRIP - 1}
                fill="none"
                stroke={INK}
                strokeWidth={2}
              />
            )}
            {row.cells.map((cell, c) => (
              <HeatmapCell
                key={c}
                cell={cell}
                reference={row.reference}
                styles={styles}
                x={c * cellWidth}
                y={strip}
                width={cellWidth}
                height={STRIP}
                fontSize={cellFont}
              />
            ))}
          </g>
        )
      })}
    </svg>
  )
}
