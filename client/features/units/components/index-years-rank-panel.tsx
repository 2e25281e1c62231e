// The lower panel of the profile's first chart (index-years-chart-drawing.tsx): the rank as a
// dashed line on a reversed axis (1st on top), one line per stretch between breaks, a rank among
// the units loaded as a hollow mark off the line, and each year's rank label.
import { GridLines } from '#client/components/charts/svg/grid-lines.tsx'
import { PlainLabel } from '#client/components/charts/plain-label.tsx'
import { Axis } from '#client/components/charts/svg/axis-parts.tsx'
import { INK, MUTED } from '#client/lib/palette.ts'
import type { StandingLabels } from '#client/lib/rank-standing.ts'
import type { IndexYearRow } from '../utils/to-profile-series.ts'
import { RANK_COLOR } from './index-years-colors.ts'
import type { IndexYearsGeometry } from './index-years-geometry.ts'
import { rankText } from './index-years-rank-labels.ts'
import { MARGIN } from './index-years-layout.ts'
import { PanelTitle } from './index-years-panel-title.tsx'

export function RankPanel({
  rows,
  geometry,
  rankLabel,
  standingLabels,
}: {
  rows: IndexYearRow[]
  geometry: IndexYearsGeometry
  rankLabel: string
  standingLabels: StandingLabels
}) {
  const { font, rankAxis, strokeWidth, dot, left, right, band, layout } = geometry
  const { rankScale, rank, rankMarks, stretches, rankLabels } = geometry
  const panel = layout.rank
  return (
    <g className="index-years-panel" data-panel="rank">
      <GridLines marks={rankMarks} position={rankScale} across="y" from={left} to={right} />
      <g className="recharts-cartesian-axis recharts-yAxis yAxis">
        <Axis
          side="left"
          at={left}
          from={panel.top}
          to={panel.bottom}
          marks={rankMarks}
          position={rankScale}
          label={rankAxis.label}
          fontSize={font.tick}
          fill={MUTED}
        />
        {/* Over the break lines, which run on through the gap between the panels. */}
        <PanelTitle x={MARGIN.left} y={panel.titleBaseline} fontSize={font.tick}>
          {rankAxis.standing ? standingLabels.axis : rankLabel}
        </PanelTitle>
      </g>
      {stretches.map(({ key, points }) => {
        const d =
          points.length === 1
            ? `M${points[0]?.x},${points[0]?.y}Z`
            : points.map((p, k) => `${k === 0 ? 'M' : 'L'}${p.x},${p.y}`).join('')
        return (
          <g key={key} className="recharts-layer recharts-line">
            <path
              className="recharts-curve recharts-line-curve"
              stroke={RANK_COLOR}
              strokeWidth={strokeWidth}
              strokeDasharray="6 3"
              fill="none"
              d={d}
            />
            <g className="recharts-layer recharts-line-dots">
              {points.map((p) => (
                <circle
                  key={p.row.year}
                  className="recharts-dot recharts-line-dot"
                  r={dot.filled}
                  cx={p.x}
                  cy={p.y}
                  fill={RANK_COLOR}
                  stroke={RANK_COLOR}
                  strokeWidth={strokeWidth}
                />
              ))}
            </g>
          </g>
        )
      })}
      {rows.some((r) => r.amongLoaded) && (
        <g className="rank-among-loaded">
          {rows.map((r, i) =>
            r.amongLoaded ? (
              <circle
                key={r.year}
                // A ring reads smaller than a disc of the same radius: one size up.
                r={dot.hollow}
                cx={band.centre(i)}
                cy={rank(r)}
                fill="#FFFFFF"
                stroke={RANK_COLOR}
                strokeWidth={strokeWidth}
              />
            ) : null,
          )}
        </g>
      )}
      <g className="recharts-layer recharts-label-list">
        {rows.map((r, i) => (
          <PlainLabel
            key={r.year}
            // Placed by its baseline, above or below its point (rank-label-placement.ts).
            box={{ x: rankLabels[i]?.x ?? 0, y: rankLabels[i]?.baseline ?? 0 }}
            position="top"
            offset={0}
            text={rankText(r)}
            style={{ fontSize: font.label, fill: INK, fontWeight: 700 }}
          />
        ))}
      </g>
    </g>
  )
}
