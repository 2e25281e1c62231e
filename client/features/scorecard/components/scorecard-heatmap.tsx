// The scorecard as an image: units down, fields across, each cell filled with its band's colour
// and the share written in it (the colour is never the only carrier: greyscale keeps the order,
// the number says the rest). Drawn at the page's natural size, or at an export's size.
import type { ChartSize } from '#client/lib/export-chart.ts'
import { GRID, INK, MUTED } from '#client/lib/palette.ts'
import { estimateTextWidth, wrapText } from '#client/lib/text-metrics.ts'
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
/** A heading's lines, in ems of its type. */
const HEADING_LINE = 1.15
/**
 * The least height of an exported row, in ems of its type: below it the type gets smaller, so
 * every row fits the height the export gives (a slide cannot grow, a page stops at its text block).
 */
const MIN_ROW_EMS = 1.35
/** Room between a name and the first column. */
const CELL_PAD = 8
/** Room between two columns' headings, in ems: they stay apart even where each fills its column. */
const HEADING_GAP_EMS = 0.15

/** The heat map's boxes and type: the page's fixed grid, or an export's size shared out. */
export type HeatmapLayout = {
  width: number
  height: number
  font: number
  nameWidth: number
  cellWidth: number
  headHeight: number
  rowHeight: number
  /** Each field's heading in lines within its column, none cut short. */
  headings: string[][]
}

export const nameText = (row: Pick<HeatmapRow, 'label' | 'focused'>) =>
  `${row.focused ? '▶ ' : ''}${row.label}`

/** A cell's text: the share and, where the change compares, its arrow. */
export const cellText = (cell: HeatmapRow['cells'][number]) => {
  const arrow = changeArrow(cell.delta)
  return `${cell.share ?? '–'}${arrow ? ` ${arrow}` : ''}`
}

/** A name that still runs past its column (the column stops at 30 % of the width): cut, with "…". */
export const fitText = (text: string, width: number, font: number, bold: boolean) => {
  if (estimateTextWidth(text, font, bold) <= width) return text
  let cut = text.length - 1
  while (cut > 1 && estimateTextWidth(`${text.slice(0, cut)}…`, font, bold) > width) cut -= 1
  return `${text.slice(0, cut)}…`
}

/** The headings' lines and the band they take above the rows, at type size `font`. */
function headingsAt(fields: readonly string[], font: number, cellWidth: number, least: number) {
  const headings = fields.map((field) =>
    wrapText(field, font, cellWidth - font * HEADING_GAP_EMS, {
      bold: true,
      balance: true,
    }),
  )
  const lines = Math.max(1, ...headings.map((h) => h.length))
  return { headings, headHeight: Math.max(least, Math.ceil((lines * HEADING_LINE + 0.6) * font)) }
}

/**
 * Where everything goes. On the page: fixed rows and columns. In an export: the name column as
 * wide as the longest name, the fields sharing the rest, each heading wrapped onto as many lines
 * as it needs, and the rows sharing the height left under them, every row inside the image.
 */
export function heatmapLayout(
  rows: readonly (Pick<HeatmapRow, 'label' | 'focused'> & Partial<Pick<HeatmapRow, 'cells'>>)[],
  fields: readonly string[],
  size?: ChartSize,
): HeatmapLayout {
  const count = Math.max(rows.length, 1)
  const columns = Math.max(fields.length, 1)
  if (!size) {
    const font = 12
    const head = headingsAt(fields, font, CELL_WIDTH, HEAD_HEIGHT)
    return {
      width: NAME_WIDTH + fields.length * CELL_WIDTH,
      height: head.headHeight + rows.length * ROW_HEIGHT,
      font,
      nameWidth: NAME_WIDTH,
      cellWidth: CELL_WIDTH,
      rowHeight: ROW_HEIGHT,
      ...head,
    }
  }
  const { width, height } = size
  const at = (font: number) => {
    const widest = Math.max(0, ...rows.map((r) => estimateTextWidth(nameText(r), font, r.focused)))
    const nameWidth = Math.min(width * 0.3, widest + CELL_PAD * 1.5)
    const cellWidth = (width - nameWidth) / columns
    const head = headingsAt(fields, font, cellWidth, 0)
    return { nameWidth, cellWidth, ...head, rowHeight: (height - head.headHeight) / count }
  }
  // The widest cell ("100,00 ▲"), which must sit inside its column with a little room.
  const cells = rows.flatMap((r) => (r.cells ?? []).map(cellText))
  const cellRoom = (font: number) =>
    Math.max(0, ...cells.map((t) => estimateTextWidth(t, font))) + font * 0.5
  let font = size.label ?? 12
  let fitted = at(font)
  // Smaller type where the rows, or the cells' figures, would not fit at the target's: each try
  // frees the room it lacks.
  for (let i = 0; i < 6; i += 1) {
    const byRows = fitted.rowHeight / MIN_ROW_EMS
    const byCells = (font * fitted.cellWidth) / cellRoom(font)
    const next = Math.floor(Math.min(font, byRows, byCells) * 10) / 10
    if (next >= font) break
    font = Math.max(1, next)
    fitted = at(font)
  }
  return { width, height, font, ...fitted }
}

/**
 * One cell: its band's colour (white in a reference row, or where the unit has no share) with its
 * share and arrow written in the colour that reads on it. Shared by the wide and stacked layouts.
 */
export function HeatmapCell({
  cell,
  reference,
  styles,
  x,
  y,
  width,
  height,
  fontSize,
}: {
  cell: HeatmapRow['cells'][number]
  reference: boolean
  styles: readonly GradeStyle[]
  x: number
  y: number
  width: number
  height: number
  fontSize?: number
}) {
  const colours = reference ? { background: '#FFFFFF', color: INK } : cellColours(styles, cell.band)
  return (
    <g>
      <rect
        x={x + 1}
        y={y + 1}
        width={width - 2}
        height={height - 2}
        fill={cell.share === null ? '#FFFFFF' : colours.background}
        stroke={GRID}
      />
      <text
        x={x + width / 2}
        y={y + height / 2}
        dominantBaseline="central"
        textAnchor="middle"
        fill={cell.share === null ? MUTED : colours.color}
        fontStyle={reference ? 'italic' : undefined}
        fontSize={fontSize}
      >
        {cellText(cell)}
      </text>
    </g>
  )
}

export function ScorecardHeatmap({ rows, fields, styles, size, label }: Props) {
  const { width, height, font, nameWidth, cellWidth, headHeight, rowHeight, headings } =
    heatmapLayout(rows, fields, size)
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
        const lines = headings[i] ?? [field]
        const x = nameWidth + (i + 0.5) * cellWidth
        // Bottom-aligned over the column: the last line sits just above the first row.
        const lastBaseline = headHeight - font * 0.45
        return (
          <text
            key={field}
            x={x}
            y={lastBaseline - (lines.length - 1) * font * HEADING_LINE}
            textAnchor="middle"
            fill={INK}
            fontWeight={600}
            data-heading={field}
          >
            {lines.map((line, j) => (
              <tspan key={j} x={x} dy={j === 0 ? 0 : font * HEADING_LINE}>
                {line}
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
              data-row-name
              // An image's key to the mark looks for it (focus-mark.tsx).
              data-focus-unit={row.focused ? 'true' : undefined}
            >
              {fitText(nameText(row), nameWidth - CELL_PAD, font, row.focused)}
            </text>
            {row.cells.map((cell, c) => (
              <HeatmapCell
                key={c}
                cell={cell}
                reference={row.reference}
                styles={styles}
                x={nameWidth + c * cellWidth}
                y={y}
                width={cellWidth}
                height={rowHeight}
              />
            ))}
          </g>
        )
      })}
    </svg>
  )
}
