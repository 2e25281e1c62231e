// One series' segments across the rows of a horizontal stacked bar chart, drawn where each row's
// previous segment ended. Shared by the stacked bar chart and the awards chart's two parts.
import type { StackSeries } from '#client/lib/domain-series.ts'
import { INK } from '#client/lib/palette.ts'
import { fillOf } from '../pattern-defs.tsx'
import { barPath } from './bar-frame.tsx'

/** The thin white line between a bar's segments; the reader's unit's bar is outlined in ink. */
const SEGMENT_EDGE = { stroke: '#ffffff', strokeWidth: 0.5 }
const FOCUS_EDGE = { stroke: INK, strokeWidth: 2.5 }

type Props = {
  series: Pick<StackSeries, 'key' | 'color' | 'pattern'>
  /** The chart's own id: its patterns are `${patternIds}-${key}` (PatternDef). */
  patternIds: string
  rows: number
  /** Row `i`'s value of this series. */
  valueOf: (i: number) => number
  /** Where each row's next segment starts: read and advanced, series after series. */
  ends: number[]
  x: (value: number) => number
  /** A row's bar: its top and its height. */
  barTop: (i: number) => number
  barHeight: number
  focused: (i: number) => boolean
  /** Names the series on its group, for tests reading one series' segments. */
  tagged?: boolean
}

export function StackSegments(props: Props) {
  const { series, patternIds, valueOf, ends, x, barTop, barHeight, focused } = props
  return (
    <g className="recharts-layer recharts-bar" data-series={props.tagged ? series.key : undefined}>
      {Array.from({ length: props.rows }, (_, i) => {
        const from = ends[i] ?? 0
        const to = from + valueOf(i)
        ends[i] = to
        if (to === from) return null
        return (
          <g key={i} className="recharts-layer recharts-bar-rectangle">
            <path
              className="recharts-rectangle"
              fill={fillOf(`${patternIds}-${series.key}`, series.color, series.pattern)}
              {...(focused(i) ? FOCUS_EDGE : SEGMENT_EDGE)}
              d={barPath({ x: x(from), y: barTop(i), width: x(to) - x(from), height: barHeight })}
            />
          </g>
        )
      })}
    </g>
  )
}
