// The upper panel of the profile's first chart (index-years-chart-drawing.tsx): each year's index
// as a bar on an axis of 0–100, labelled at its foot.
import { GridLines } from '#client/components/charts/svg/grid-lines.tsx'
import { PlainLabel } from '#client/components/charts/plain-label.tsx'
import { Axis } from '#client/components/charts/svg/axis-parts.tsx'
import { barPath } from '#client/components/charts/svg/bar-frame.tsx'
import { INK, MUTED } from '#client/lib/palette.ts'
import type { IndexYearRow } from '../utils/to-profile-series.ts'
import { INDEX_COLOR } from './index-years-colors.ts'
import type { IndexYearsGeometry } from './index-years-geometry.ts'
import { MARGIN } from './index-years-layout.ts'
import { PanelTitle } from './index-years-panel-title.tsx'

/** An index label's baseline above its bar's foot. */
const INDEX_LABEL_OFFSET = 8

export function IndexPanel({
  rows,
  geometry,
  formatValue,
  formatTick,
  valueLabel,
}: {
  rows: IndexYearRow[]
  geometry: IndexYearsGeometry
  formatValue: (v: number) => string
  formatTick: (v: number) => string
  valueLabel?: string
}) {
  const { font, left, right, band, layout, index, indexMarks, bars } = geometry
  return (
    <g className="index-years-panel" data-panel="index">
      <GridLines marks={indexMarks} position={index} across="y" from={left} to={right} />
      <g className="recharts-layer recharts-bar">
        {rows.map((r, i) => {
          const bar = bars[i] as (typeof bars)[number]
          return (
            <g key={r.year} className="recharts-layer recharts-bar-rectangle">
              <path className="recharts-rectangle" fill={INDEX_COLOR} d={barPath(bar)} />
            </g>
          )
        })}
      </g>
      {/* The bars' foot: the years are written once, under the rank panel. */}
      <g className="recharts-cartesian-axis recharts-xAxis xAxis">
        <Axis
          side="bottom"
          at={layout.index.bottom}
          from={left}
          to={right}
          marks={[]}
          position={band.centre}
          fontSize={font.tick}
          fill={MUTED}
        />
      </g>
      <g className="recharts-cartesian-axis recharts-yAxis yAxis">
        <Axis
          side="left"
          at={left}
          from={layout.index.top}
          to={layout.index.bottom}
          marks={indexMarks}
          position={index}
          label={formatTick}
          fontSize={font.tick}
          fill={MUTED}
        />
        {valueLabel && (
          <PanelTitle x={MARGIN.left} y={layout.index.titleBaseline} fontSize={font.tick}>
            {valueLabel}
          </PanelTitle>
        )}
      </g>
      <g className="recharts-layer recharts-label-list">
        {rows.map((r, i) => (
          <PlainLabel
            key={r.year}
            box={bars[i] as (typeof bars)[number]}
            position="insideBottom"
            offset={INDEX_LABEL_OFFSET}
            text={formatValue(r.indexPct)}
            style={{ fontSize: font.label, fill: INK, fontWeight: 600 }}
          />
        ))}
      </g>
    </g>
  )
}
