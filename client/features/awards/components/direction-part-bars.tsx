// One part of the awards chart (from above, or given at the unit's own level) as both layouts draw
// it: its grid and heading, its series' segments on each unit's bar, its value axis, and each
// bar's figure past its end.
import type { ReactNode } from 'react'
import { INK, MUTED } from '#client/lib/palette.ts'
import { PlainLabel } from '#client/components/charts/plain-label.tsx'
import { Axis } from '#client/components/charts/svg/axis-parts.tsx'
import { GridLines } from '#client/components/charts/svg/grid-lines.tsx'
import { StackSegments } from '#client/components/charts/svg/stack-segments.tsx'
import type { DirectedSeries } from '../utils/to-award-series.ts'
import { LABEL_GAP, type AwardsDirectionProps } from './awards-direction-props.ts'

type Props = {
  /** The part's heading ("Từ cấp trên"), over its grid's top; its anchor at `x`. */
  heading: { text: string; x: number; anchor: 'start' | 'end' }
  /** The top of the part's rows (its grid's top). */
  top: number
  /** Drawn after the heading, before the bars (a layout's unit names). */
  children?: ReactNode
  /** The part's series, drawn stacked in the series' order. */
  series: readonly DirectedSeries[]
  rows: AwardsDirectionProps['rows']
  /** The part's index in DIRECTIONS_DRAWN: each row's sum and figure of this part. */
  part: number
  sums: readonly (readonly number[])[]
  figures: readonly (readonly string[])[]
  patternIds: string
  x: (value: number) => number
  /** Where each unit's bar is drawn; null where the rows leave no room for bars. */
  bars: { top: (i: number) => number; height: number } | null
  focused: (i: number) => boolean
  /** The value axis under the part. */
  axis: { at: number; from: number; to: number; marks: readonly number[] }
  /** A mark's label ('' leaves the marks unnumbered). */
  markLabel: (value: number) => string
  font: { tick: number; label: number }
}

export function DirectionPartBars({
  heading,
  top,
  children,
  series,
  rows,
  part,
  sums,
  figures,
  patternIds,
  x,
  bars,
  focused,
  axis,
  markLabel,
  font,
}: Props) {
  const ends = rows.map(() => 0)
  return (
    <>
      <GridLines marks={axis.marks} position={x} across="x" from={top} to={axis.at} />
      <text
        className="facet-heading"
        x={heading.x}
        textAnchor={heading.anchor}
        y={top - 6}
        fontSize={font.label}
        fontWeight={600}
        fill={INK}
      >
        {heading.text}
      </text>
      {children}
      {bars &&
        series.map((s) => (
          <StackSegments
            key={s.key}
            series={s}
            patternIds={patternIds}
            rows={rows.length}
            valueOf={(i) => rows[i]?.directed[s.key] ?? 0}
            ends={ends}
            x={x}
            barTop={bars.top}
            barHeight={bars.height}
            focused={focused}
            tagged
          />
        ))}
      <g className="recharts-cartesian-axis recharts-xAxis xAxis">
        <Axis
          side="bottom"
          at={axis.at}
          from={axis.from}
          to={axis.to}
          marks={axis.marks}
          position={x}
          label={markLabel}
          fontSize={font.tick}
          fill={MUTED}
        />
      </g>
      {bars && (
        <g className="recharts-layer recharts-label-list">
          {rows.map((_, i) => {
            const text = figures[i]?.[part] ?? ''
            if (text === '') return null
            return (
              <PlainLabel
                key={i}
                box={{
                  x: x(0),
                  y: bars.top(i),
                  width: x(sums[i]?.[part] ?? 0) - x(0),
                  height: bars.height,
                }}
                position="right"
                offset={LABEL_GAP}
                text={text}
                style={{ fontSize: font.label, fill: INK, fontWeight: 600 }}
              />
            )
          })}
        </g>
      )}
    </>
  )
}
