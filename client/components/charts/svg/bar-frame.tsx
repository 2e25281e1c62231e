// What every horizontal bar chart drawn in plain SVG shares (ADR 037): the categories down the
// left (one band each, the reader's unit in bold), the value axis along the bottom with its
// title, and the grid's lines at its marks. The chart draws its bars and their labels on the
// scales it is given, in the layers recharts would put them in.
import { GridLines } from '#client/components/charts/svg/grid-lines.tsx'
import type { ReactNode } from 'react'
import { AXIS_TITLE, INK, MUTED } from '#client/lib/palette.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import { categoryAxisWidth } from '../category-axis.ts'
import { chartFont, titledValueAxisHeight } from '../chart-size.ts'
import { CategoryTickText } from '../focus-mark.tsx'
import { AXIS_HEIGHT, Axis, AxisTitle, TICK_LABEL_OFFSET } from './axis-parts.tsx'
import { fittedNiceTicks } from './fitted-ticks.ts'
import { bands, linearScale } from './linear-scale.ts'
import { CategoryLinks, liveLinks, type UnitLink } from './category-link.tsx'
import { tickLabelExtent } from './tick-room.ts'

export type Margin = { top: number; right: number; bottom: number; left: number }

/** Where the chart's plot sits, and its two scales. */
export type BarScales = {
  x: (value: number) => number
  band: ReturnType<typeof bands>
  left: number
  right: number
  top: number
  bottom: number
}

export type BarFrameProps = {
  size?: ChartSize
  width: number
  height: number
  margin: Margin
  /** Each category's name on the axis, top to bottom ("3. Huyện Bến Lức"). */
  labels: readonly string[]
  /** Keys for the categories (their labels unless given: labels may repeat). */
  keys?: readonly string[]
  /** On screen, where each category's name leads (a unit's profile): liveLinks. */
  links?: readonly (UnitLink | undefined)[]
  isFocus: (index: number) => boolean
  /** The value axis: its extent and its marks. */
  domain: readonly [number, number]
  ticks: readonly number[]
  formatTick: (v: number) => string
  /** The value axis's title, under its marks. */
  valueLabel?: string
  /**
   * The chart's own drawing on the frame's scales: its bars (and any line among them), drawn over
   * the grid and under the axes, and their value labels, drawn last.
   */
  draw: (scales: BarScales) => { marks: ReactNode; valueLabels?: ReactNode }
}

/** The value axis's height: its marks, and its title below them when it has one. */
function valueAxisHeight(valueLabel: string | undefined, tick: number): number {
  return valueLabel ? titledValueAxisHeight(tick) : AXIS_HEIGHT
}

/**
 * The plot's box and scales for a frame's size, margin, categories and value axis: what BarFrame
 * draws on, and what a chart can reckon with before it draws (the room its labels need).
 */
export function barScales({
  size,
  width,
  height,
  margin,
  labels,
  domain,
  valueLabel,
}: Pick<
  BarFrameProps,
  'size' | 'width' | 'height' | 'margin' | 'labels' | 'domain' | 'valueLabel'
>): BarScales {
  const font = chartFont(size)
  const left = margin.left + categoryAxisWidth(labels, font.tick)
  const right = Math.max(left, width - margin.right)
  const top = margin.top
  const bottom = Math.max(top, height - margin.bottom - valueAxisHeight(valueLabel, font.tick))
  return {
    x: linearScale([domain[0], domain[1]], [left, right]),
    band: bands(labels.length, top, bottom),
    left,
    right,
    top,
    bottom,
  }
}

/**
 * The value axis's marks for data from `min` to `max` (0 within them), and the extent they set:
 * round steps, as many as the plot's width gives their labels room for (fittedNiceTicks).
 */
export function fittedValueAxis({
  size,
  width,
  margin,
  labels,
  min,
  max,
  allowDecimals = true,
  formatTick,
}: Pick<BarFrameProps, 'size' | 'width' | 'margin' | 'labels' | 'formatTick'> & {
  min: number
  max: number
  allowDecimals?: boolean
}): { ticks: number[]; domain: readonly [number, number] } {
  const font = chartFont(size)
  const { left, right } = barScales({ size, width, height: 0, margin, labels, domain: [0, 1] })
  const ticks = fittedNiceTicks(
    Math.min(0, min),
    Math.max(0, max),
    { length: right - left, extent: (t) => tickLabelExtent(true, formatTick(t), font.tick) },
    allowDecimals,
  )
  return { ticks, domain: [Math.min(0, ticks[0] ?? 0), ticks.at(-1) ?? 0] }
}

export function BarFrame(props: BarFrameProps) {
  const { size, height, margin, labels, keys = labels, isFocus, ticks, formatTick } = props
  const { valueLabel, draw } = props
  const links = liveLinks(size, props.links)
  const font = chartFont(size)
  const scales = barScales(props)
  const { x, band, left, right, top, bottom } = scales
  const { marks, valueLabels } = draw(scales)
  return (
    <>
      <Decoration linked={Boolean(links)}>
        <GridLines marks={ticks} position={x} across="x" from={top} to={bottom} />
        {marks}
      </Decoration>
      <g
        className="recharts-cartesian-axis recharts-xAxis xAxis"
        aria-hidden={links ? 'true' : undefined}
      >
        <Axis
          side="bottom"
          at={bottom}
          from={left}
          to={right}
          marks={ticks}
          position={x}
          label={formatTick}
          fontSize={font.tick}
          fill={MUTED}
        />
        {valueLabel && (
          <ValueAxisTitle
            left={left}
            right={right}
            y={height - margin.bottom}
            fontSize={font.tick}
            text={valueLabel}
          />
        )}
      </g>
      <CategoryAxis
        labels={labels}
        keys={keys}
        links={links}
        isFocus={isFocus}
        left={left}
        top={top}
        bottom={bottom}
        band={band}
        fontSize={font.tick}
      />
      {valueLabels && (
        <g className="recharts-layer recharts-label-list" aria-hidden={links ? 'true' : undefined}>
          {valueLabels}
        </g>
      )}
    </>
  )
}

/**
 * What a chart draws besides its units' links, hidden from assistive technology where the links
 * make the drawing readable (ChartSurface hides the whole drawing otherwise): the table view says
 * what it shows. Without links it adds nothing, so an exported SVG is as it was.
 */
export function Decoration({ linked, children }: { linked: boolean; children: ReactNode }) {
  return linked ? <g aria-hidden="true">{children}</g> : <>{children}</>
}

/** The value axis's title, centred under its marks. */
export function ValueAxisTitle({
  left,
  right,
  y,
  fontSize,
  text,
}: {
  left: number
  right: number
  y: number
  fontSize: number
  text: string
}) {
  return (
    <AxisTitle
      x={(left + right) / 2}
      y={y}
      anchor="middle"
      dy="0em"
      fontSize={fontSize}
      fill={AXIS_TITLE}
    >
      {text}
    </AxisTitle>
  )
}

/**
 * The categories down the left, one band each: the names by CategoryTickText (bold for the
 * reader's unit), each a link where `links` gives one (on screen).
 */
export function CategoryAxis({
  labels,
  keys = labels,
  links,
  isFocus,
  left,
  top,
  bottom,
  band,
  fontSize,
}: {
  labels: readonly string[]
  keys?: readonly string[]
  links?: readonly (UnitLink | undefined)[]
  isFocus: (index: number) => boolean
  left: number
  top: number
  bottom: number
  band: BarScales['band']
  fontSize: number
}) {
  return (
    <g className="recharts-cartesian-axis recharts-yAxis yAxis">
      <Decoration linked={Boolean(links)}>
        <Axis
          side="left"
          at={left}
          from={top}
          to={bottom}
          marks={labels.map((_, i) => i)}
          position={band.centre}
          fontSize={fontSize}
          fill={INK}
        />
      </Decoration>
      {links ? (
        <CategoryLinks
          labels={labels}
          keys={keys}
          links={links}
          isFocus={isFocus}
          x={left - TICK_LABEL_OFFSET}
          y={band.centre}
          bandSize={band.size}
          fontSize={fontSize}
        />
      ) : (
        labels.map((label, i) => (
          <CategoryTickText
            key={keys[i] ?? i}
            x={left - TICK_LABEL_OFFSET}
            y={band.centre(i)}
            fontSize={fontSize}
            focused={isFocus(i)}
          >
            {label}
          </CategoryTickText>
        ))
      )}
    </g>
  )
}

/** A bar's box as recharts' rectangle draws it: one path, clockwise from its top left. */
export function barPath(box: { x: number; y: number; width: number; height: number }): string {
  return `M ${box.x},${box.y} h ${box.width} v ${box.height} h ${-box.width} Z`
}

/** Where a bar sits across its category's band: `offset` from the band's top, `size` thick. */
export type BarSlot = { offset: number; size: number }

/**
 * The slots of `count` bars side by side in a band of `bandSize`, as recharts lays them out: a
 * gap of `categoryGap` (a share of the band) above and below, `barGap` px between bars (none
 * when there is no room), each bar's thickness rounded to whole pixels.
 */
export function barSlots(
  bandSize: number,
  categoryGap: number,
  count: number,
  barGap = 0,
): BarSlot[] {
  const offset = bandSize * categoryGap
  const gap = bandSize - 2 * offset - (count - 1) * barGap <= 0 ? 0 : barGap
  let size = (bandSize - 2 * offset - (count - 1) * gap) / count
  if (size > 1) size = Math.round(size)
  return Array.from({ length: count }, (_, i) => ({ offset: offset + (size + gap) * i, size }))
}
