// The scorecard as an image: units down, fields across, each cell filled with its band's colour
// and the share written in it (the colour is never the only carrier: greyscale keeps the order,
// the number says the rest). Drawn at the page's natural size, or at an export's size.
import type { ChartSize } from '#client/lib/export-chart.ts'
import { GRID, INK, MUTED } from '#client/lib/palette.ts'
import type { GradeStyle } from '#client/lib/grade-styles.ts'
import { cellColours } from '../utils/cell-style.ts'
import { changeArrow } from '../utils/scorecard-rows.ts'

export type HeatmapRow = {
  key: string
  label: string
  /** A reference row (the cohort's best, median) is drawn in italics, without bands. */
  reference: boolean
  focused: boolean
  cells: { share: string | null; band: string | null; delta: number | null }[]
}

type Props = {
  rows: readonly HeatmapRow[]
  fields: readonly string[]
  styles: readonly GradeStyle[]
  size?: ChartSize
  /** What the image shows, for screen readers (its numbers are in the frame's table view). */
  label: string
}

const ROW_HEIGHT = 26
const HEAD_HEIGHT = 44
const NAME_WIDTH = 190
const CELL_WIDTH = 92

/** How many characters of a name fit a width at a type size (a mean glyph is about 0.55 em). */
const fitText = (text: string, width: number, font: number) => {
  const max = Math.max(4, Math.floor(width / (font * 0.55)))
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

export function ScorecardHeatmap({ rows, fields, styles, size, label }: Props) {
  const naturalWidth = NAME_WIDTH + fields.length * CELL_WIDTH
  const width = size?.width ?? naturalWidth
  const font = size?.label ?? 12
  const headHeight = size ? Math.max(HEAD_HEIGHT, font * 3.4) : HEAD_HEIGHT
  const rowHeight = size
    ? Math.max(font * 1.7, (size.height - headHeight) / Math.max(rows.length, 1))
    : ROW_HEIGHT
  const height = size?.height ?? headHeight + rows.length * rowHeight
  const nameWidth = Math.min(width * 0.3, (NAME_WIDTH * width) / naturalWidth + 40)
  const cellWidth = (width - nameWidth) / Math.max(fields.length, 1)
  return (
    <svg
      // The export renderer (client/lib/export-svg.ts) takes the chart's root by recharts' class.
      className="recharts-surface"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      fontFamily="inherit"
      fontSize={font}
      data-testid="scorecard-heatmap"
    >
      {fields.map((field, i) => {
        const words = field.split(' ')
        const half = Math.ceil(words.length / 2)
        const lines = words.length > 1 ? [words.slice(0, half), words.slice(half)] : [words]
        return (
          <text
            key={field}
            x={nameWidth + (i + 0.5) * cellWidth}
            y={headHeight - 8 - (lines.length - 1) * font * 1.1}
            textAnchor="middle"
            fill={INK}
            fontWeight={600}
          >
            {lines.map((line, j) => (
              <tspan key={j} x={nameWidth + (i + 0.5) * cellWidth} dy={j === 0 ? 0 : font * 1.1}>
                {fitText(line.join(' '), cellWidth - 4, font)}
              </tspan>
            ))}
          </text>
        )
      })}
      {rows.map((row, r) => {
        const y = headHeight + r * rowHeight
        return (
          <g key={row.key}>
            {row.focused && (
              <rect
                x={0}
                y={y}
                width={width}
                height={rowHeight}
                fill="none"
                stroke={INK}
                strokeWidth={2}
              />
            )}
            <text
              x={4}
              y={y + rowHeight / 2}
              dominantBaseline="central"
              fill={row.reference ? MUTED : INK}
              fontStyle={row.reference ? 'italic' : undefined}
              fontWeight={row.focused ? 700 : undefined}
            >
              {`${row.focused ? '▶ ' : ''}${fitText(row.label, nameWidth - 8, font)}`}
            </text>
            {row.cells.map((cell, c) => {
              const colours = row.reference
                ? { background: '#FFFFFF', color: INK }
                : cellColours(styles, cell.band)
              const arrow = changeArrow(cell.delta)
              return (
                <g key={c}>
                  <rect
                    x={nameWidth + c * cellWidth + 1}
                    y={y + 1}
                    width={cellWidth - 2}
                    height={rowHeight - 2}
                    fill={cell.share === null ? '#FFFFFF' : colours.background}
                    stroke={GRID}
                  />
                  <text
                    x={nameWidth + (c + 0.5) * cellWidth}
                    y={y + rowHeight / 2}
                    dominantBaseline="central"
                    textAnchor="middle"
                    fill={cell.share === null ? MUTED : colours.color}
                    fontStyle={row.reference ? 'italic' : undefined}
                  >
                    {`${cell.share ?? '–'}${arrow ? ` ${arrow}` : ''}`}
                  </text>
                </g>
              )
            })}
          </g>
        )
      })}
    </svg>
  )
}
