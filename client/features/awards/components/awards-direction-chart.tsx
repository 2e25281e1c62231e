// The awards page's chart: one row per unit, in two parts side by side on one scale — the awards
// the unit received from a level above on the left, those it gave at its own level on the right
// (ADR 056). Stacked in one bar, a district's own Giấy khen and "Tập thể lao động tiên tiến" made
// most of every bar, and the few flags and Bằng khen from the province were slivers among them.
import { useId } from 'react'
import { isFocusUnit } from '#client/lib/focus-unit.ts'
import { MUTED } from '#client/lib/palette.ts'
import { chartTextWidth, endLabelRoom } from '#client/components/charts/category-axis.ts'
import { barPerRowChartHeight, chartFont } from '#client/components/charts/chart-size.ts'
import { markFocus } from '#client/components/charts/focus-mark.tsx'
import { inlineChart } from '#client/components/charts/inline-chart.tsx'
import { PatternDef } from '#client/components/charts/pattern-defs.tsx'
import {
  barScales,
  barSlots,
  CategoryAxis,
  Decoration,
  ValueAxisTitle,
} from '#client/components/charts/svg/bar-frame.tsx'
import { liveLinks } from '#client/components/charts/svg/category-link.tsx'
import { ChartSurface } from '#client/components/charts/svg/chart-surface.tsx'
import { linearScale } from '#client/components/charts/svg/linear-scale.ts'
import { ticksFit } from '#client/components/charts/svg/fitted-ticks.ts'
import { tickLabelExtent } from '#client/components/charts/svg/tick-room.ts'
import { directionFacets } from '../utils/direction-facets.ts'
import { directionFigures } from '../utils/direction-figures.ts'
import { DirectionPartBars } from './direction-part-bars.tsx'
import { DIRECTIONS_DRAWN } from '../utils/to-award-series.ts'
import { AwardsStackedDrawing, stackedChartHeight } from './awards-parts-stacked.tsx'
import { headingHeight, LABEL_GAP, type AwardsDirectionProps } from './awards-direction-props.ts'

type Props = AwardsDirectionProps

const BAR_CATEGORY_GAP = 0.18
/** Between the parts: the left part's figures, then a rule, then air. */
const RULE_AIR = 10

function AwardsDirectionDrawing({
  rows,
  series,
  headings,
  size,
  formatValue,
  totalText,
  valueLabel,
  focusCode,
  links,
}: Props) {
  const id = useId().replace(/:/g, '')
  const linked = liveLinks(size, links)
  const font = chartFont(size)
  const image = Boolean(size)
  // Each part's figure past its bar; the right part's with the unit's total where both have some.
  const { sums, figures } = directionFigures(rows, series, formatValue, totalText)
  const widest = DIRECTIONS_DRAWN.map((_, part) =>
    endLabelRoom(
      figures.map((f) => f[part]),
      font.label,
      { image, gap: LABEL_GAP },
    ),
  )
  const headingRoom = headingHeight(font.label)
  const margin = {
    top: 4 + headingRoom,
    right: Math.max(8, (widest[1] ?? 0) + 4),
    bottom: 4,
    left: 4,
  }
  const labels = rows.map((r) => markFocus(r.name, isFocusUnit(r.code, focusCode)))
  const focused = (i: number) => isFocusUnit(rows[i]?.code ?? '', focusCode)
  return (
    <ChartSurface
      size={size}
      liveHeight={barPerRowChartHeight(rows) + headingRoom}
      linked={Boolean(linked)}
    >
      {({ width, height }) => {
        const { band, left, right, top, bottom } = barScales({
          size,
          width,
          height,
          margin,
          labels,
          domain: [0, 1],
          valueLabel,
        })
        const tickExtent = (mark: number) => tickLabelExtent(true, formatValue(mark), font.tick)
        const facets = directionFacets({
          left,
          right,
          gap: (widest[0] ?? 0) + 2 * RULE_AIR,
          maxima: [0, 1].map((part) => Math.max(0, ...sums.map((s) => s[part] ?? 0))) as [
            number,
            number,
          ],
          // The left part's heading ends at the part's end and may run on over the names'
          // column, empty at that height; the right part's starts at its start and needs its room.
          minWidth: [0, chartTextWidth(headings.GIVEN, font.label, { image, bold: true })],
          tickExtent,
        })
        const [slot] = barSlots(band.size, BAR_CATEGORY_GAP, 1)
        const ruleX = facets[0].to + (widest[0] ?? 0) + RULE_AIR
        return (
          <>
            <Decoration linked={Boolean(linked)}>
              <defs>
                {series.map((s) => (
                  <PatternDef key={s.key} id={`${id}-${s.key}`} color={s.color} kind={s.pattern} />
                ))}
              </defs>
              {DIRECTIONS_DRAWN.map((direction, part) => {
                const facet = facets[part] ?? facets[0]
                const x = linearScale([0, facet.ticks.at(-1) ?? 1], [facet.from, facet.to])
                const drawn = series.filter((s) => s.direction === direction)
                // Each part's marks fit its width (directionFacets); a received part too narrow for
                // even its two ends' numbers draws its grid without them. Its bars carry their
                // figures, and the scale is the given part's.
                const numbered =
                  part === 1 ||
                  ticksFit(facet.ticks, { length: facet.to - facet.from, extent: tickExtent })
                return (
                  <g key={direction} data-direction={direction}>
                    <DirectionPartBars
                      heading={{
                        text: headings[direction],
                        x: part === 0 ? facet.to : facet.from,
                        anchor: part === 0 ? 'end' : 'start',
                      }}
                      top={top}
                      series={drawn}
                      rows={rows}
                      part={part}
                      sums={sums}
                      figures={figures}
                      patternIds={id}
                      x={x}
                      bars={
                        slot ? { top: (i) => band.start(i) + slot.offset, height: slot.size } : null
                      }
                      focused={focused}
                      axis={{ at: bottom, from: facet.from, to: facet.to, marks: facet.ticks }}
                      markLabel={numbered ? formatValue : () => ''}
                      font={font}
                    />
                  </g>
                )
              })}
              <line
                className="facet-rule"
                stroke={MUTED}
                strokeDasharray="3 3"
                x1={ruleX}
                x2={ruleX}
                y1={top - headingRoom}
                y2={bottom}
              />
              {valueLabel && (
                <g className="recharts-cartesian-axis recharts-xAxis xAxis">
                  <ValueAxisTitle
                    left={left}
                    right={right}
                    y={height - margin.bottom}
                    fontSize={font.tick}
                    text={valueLabel}
                  />
                </g>
              )}
            </Decoration>
            <CategoryAxis
              labels={labels}
              keys={rows.map((r) => r.code)}
              links={linked}
              isFocus={focused}
              left={left}
              top={top}
              bottom={bottom}
              band={band}
              fontSize={font.tick}
            />
          </>
        )
      }}
    </ChartSurface>
  )
}

/** The awards per unit, received and given apart: side by side, or stacked on a phone. */
export const AwardsDirectionChart = inlineChart<Props>(
  (props) =>
    props.stacked && !props.size ? (
      <AwardsStackedDrawing {...props} />
    ) : (
      <AwardsDirectionDrawing {...props} />
    ),
  (props) =>
    props.stacked && !props.size
      ? stackedChartHeight(props.rows.length, chartFont(undefined))
      : barPerRowChartHeight(props.rows) + headingHeight(chartFont(props.size).label),
)
