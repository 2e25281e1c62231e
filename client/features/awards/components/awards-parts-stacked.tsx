// The awards chart on a phone (awards-direction-chart.tsx, ADR 056 and 060): the part received
// from above over the part given at the unit's own level, each as wide as the chart, each unit's
// name written above its bar. Side by side beside a column of names, a phone left the part from
// above some 30 px and no numbers on its scale, and a province's one Bằng khen was a hairline.
// Both parts keep one scale, as side by side: a recipient is as many pixels in each.
import { useId } from 'react'
import { isFocusUnit } from '#client/lib/focus-unit.ts'
import { endLabelRoom } from '#client/components/charts/category-axis.ts'
import { chartFont } from '#client/components/charts/chart-size.ts'
import { CategoryTickText, markFocus } from '#client/components/charts/focus-mark.tsx'
import { PatternDef } from '#client/components/charts/pattern-defs.tsx'
import { AXIS_HEIGHT } from '#client/components/charts/svg/axis-parts.tsx'
import { ValueAxisTitle } from '#client/components/charts/svg/bar-frame.tsx'
import { ChartSurface } from '#client/components/charts/svg/chart-surface.tsx'
import { fittedTicksOver } from '#client/components/charts/svg/fitted-ticks.ts'
import { linearScale } from '#client/components/charts/svg/linear-scale.ts'
import { tickLabelExtent } from '#client/components/charts/svg/tick-room.ts'
import { partAxisEnd } from '../utils/direction-facets.ts'
import { directionFigures } from '../utils/direction-figures.ts'
import { DirectionPartBars } from './direction-part-bars.tsx'
import { DIRECTIONS_DRAWN } from '../utils/to-award-series.ts'
import { headingHeight, LABEL_GAP, type AwardsDirectionProps } from './awards-direction-props.ts'

type Font = { tick: number; label: number }

/** A unit's row: its name's line, then its bar, then air before the next name. */
const rowParts = (font: Font) => ({ name: Math.ceil(font.tick * 1.3), bar: 11, air: 4 })
const rowHeight = (font: Font) => {
  const { name, bar, air } = rowParts(font)
  return name + bar + air
}
const MARGIN = { top: 4, left: 4, bottom: 4 }
/** Between the first part's axis and the second part's heading. */
const PART_GAP = 12

/** A part's height: its heading, its rows and its axis. */
const partHeight = (rows: number, font: Font) =>
  headingHeight(font.label) + rows * rowHeight(font) + AXIS_HEIGHT

/** The chart's height for `rows` units: both parts, and the value axis's title under them. */
export function stackedChartHeight(rows: number, font: Font): number {
  const title = Math.ceil(font.tick * 1.6)
  return MARGIN.top + 2 * partHeight(rows, font) + PART_GAP + title + MARGIN.bottom
}

export function AwardsStackedDrawing({
  rows,
  series,
  headings,
  formatValue,
  totalText,
  valueLabel,
  focusCode,
}: AwardsDirectionProps) {
  const id = useId().replace(/:/g, '')
  const font = chartFont(undefined)
  const { sums, figures } = directionFigures(rows, series, formatValue, totalText)
  const row = rowParts(font)
  const labels = rows.map((r) => markFocus(r.name, isFocusUnit(r.code, focusCode)))
  const focused = (i: number) => isFocusUnit(rows[i]?.code ?? '', focusCode)
  // Room past the longest bar for the widest figure of either part.
  const figureRoom = endLabelRoom(figures.flat(), font.label, { image: false, gap: LABEL_GAP })
  const end = Math.max(
    ...DIRECTIONS_DRAWN.map((_, part) =>
      partAxisEnd(Math.max(0, ...sums.map((s) => s[part] ?? 0))),
    ),
  )
  return (
    <ChartSurface liveHeight={stackedChartHeight(rows.length, font)}>
      {({ width, height }) => {
        const left = MARGIN.left
        const right = Math.max(left + 1, width - Math.max(8, figureRoom + 4))
        const x = linearScale([0, end], [left, right])
        const ticks = fittedTicksOver(
          0,
          end,
          {
            length: right - left,
            extent: (mark) => tickLabelExtent(true, formatValue(mark), font.tick),
          },
          false,
        )
        return (
          <g data-layout="stacked">
            <defs>
              {series.map((s) => (
                <PatternDef key={s.key} id={`${id}-${s.key}`} color={s.color} kind={s.pattern} />
              ))}
            </defs>
            {DIRECTIONS_DRAWN.map((direction, part) => {
              const partTop = MARGIN.top + part * (partHeight(rows.length, font) + PART_GAP)
              const top = partTop + headingHeight(font.label)
              const bottom = top + rows.length * rowHeight(font)
              const rowTop = (i: number) => top + i * rowHeight(font)
              const barTop = (i: number) => rowTop(i) + row.name
              return (
                <g key={direction} data-direction={direction}>
                  <DirectionPartBars
                    heading={{ text: headings[direction], x: left, anchor: 'start' }}
                    top={top}
                    series={series.filter((s) => s.direction === direction)}
                    rows={rows}
                    part={part}
                    sums={sums}
                    figures={figures}
                    patternIds={id}
                    x={x}
                    bars={{ top: barTop, height: row.bar }}
                    focused={focused}
                    axis={{ at: bottom, from: left, to: right, marks: ticks }}
                    markLabel={formatValue}
                    font={font}
                  >
                    <g className="recharts-cartesian-axis recharts-yAxis yAxis">
                      {labels.map((label, i) => (
                        <CategoryTickText
                          key={rows[i]?.code ?? i}
                          x={left}
                          y={rowTop(i) + row.name / 2}
                          fontSize={font.tick}
                          focused={focused(i)}
                          anchor="start"
                        >
                          {label}
                        </CategoryTickText>
                      ))}
                    </g>
                  </DirectionPartBars>
                </g>
              )
            })}
            {valueLabel && (
              <g className="recharts-cartesian-axis recharts-xAxis xAxis">
                <ValueAxisTitle
                  left={left}
                  right={right}
                  y={height - MARGIN.bottom}
                  fontSize={font.tick}
                  text={valueLabel}
                />
              </g>
            )}
          </g>
        )
      }}
    </ChartSurface>
  )
}
