import { CartesianGrid, LabelList, Line, LineChart, XAxis, YAxis } from 'recharts'
import { animated, chartFont, chartSizeProps } from '#client/components/charts/chart-size.ts'
import { GRID, INK, MUTED } from '#client/components/charts/palette.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import type { BumpSeries } from '../utils/to-bump-series.ts'

export type BumpStyle = { code: string; name: string; color: string; dash?: string }

type Props = { series: BumpSeries; styles: BumpStyle[]; size?: ChartSize }

/** Rank over the years, one line per unit, 1st at the top; names at the line ends. */
export function BumpChart({ series, styles, size }: Props) {
  const font = chartFont(size)
  const lastIndex = series.rows.length - 1
  return (
    <LineChart
      {...chartSizeProps(size, Math.max(300, series.maxRank * 28 + 60))}
      data={series.rows}
      margin={{ top: 12, right: size ? 260 : 150, bottom: 4, left: 4 }}
    >
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis dataKey="year" type="category" tick={{ fontSize: font.tick, fill: MUTED }} padding={{ left: size ? 36 : 16, right: 16 }} />
      <YAxis
        type="number"
        reversed
        domain={[1, series.maxRank]}
        ticks={Array.from({ length: series.maxRank }, (_, i) => i + 1)}
        interval={0}
        width={size ? 44 : 28}
        tick={{ fontSize: font.tick, fill: MUTED }}
        allowDecimals={false}
      />
      {styles.map((s) => (
        <Line
          key={s.code}
          dataKey={s.code}
          name={s.name}
          stroke={s.color}
          strokeDasharray={s.dash}
          strokeWidth={size ? 3.5 : 2}
          dot={{ r: size ? 5 : 3, fill: s.color, strokeWidth: 0 }}
          connectNulls={false}
          isAnimationActive={animated(size)}
        >
          <LabelList
            dataKey={s.code}
            content={(props) => {
              const { x, y, index } = props as { x: number; y: number; index: number }
              if (index !== lastIndex || y === undefined || y === null) return null
              return (
                <text x={Number(x) + 10} y={Number(y)} dominantBaseline="central" fontSize={font.label} fill={INK}>
                  {s.name}
                </text>
              )
            }}
          />
        </Line>
      ))}
    </LineChart>
  )
}
