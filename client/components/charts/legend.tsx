import { useId } from 'react'
import type { LegendItem } from '#client/lib/export-chart.ts'
import type { PatternKind } from '#client/lib/palette.ts'
import { PatternDef, fillOf } from './pattern-defs.tsx'

/** A square of a series' colour and texture, as the chart fills its bars. */
export function Swatch({
  color,
  pattern = 'solid',
  size = 14,
}: {
  color: string
  pattern?: PatternKind
  size?: number
}) {
  const patternId = `swatch-${useId().replace(/:/g, '')}`
  return (
    <svg width={size} height={size} aria-hidden="true" focusable="false">
      <defs>
        <PatternDef id={patternId} color={color} kind={pattern} />
      </defs>
      <rect
        width={size}
        height={size}
        fill={fillOf(patternId, color, pattern)}
        stroke="#374151"
        strokeWidth={0.5}
      />
    </svg>
  )
}

/** The on-screen legend, with the same swatches (colour + texture) the export draws. */
export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="legend">
      {items.map((item) => {
        if (item.shape === 'none') return <li key={item.label}>{item.label}</li>
        if (item.shape !== 'ring' && item.shape !== 'line')
          return (
            <li key={item.label}>
              <Swatch color={item.color} pattern={item.pattern} />
              {item.label}
            </li>
          )
        return (
          <li key={item.label}>
            <svg
              width={item.shape === 'line' ? 22 : 14}
              height={14}
              aria-hidden="true"
              focusable="false"
            >
              {item.shape === 'ring' ? (
                <circle cx={7} cy={7} r={5} fill="#FFFFFF" stroke={item.color} strokeWidth={2} />
              ) : (
                <line
                  x1={0}
                  x2={22}
                  y1={7}
                  y2={7}
                  stroke={item.color}
                  strokeWidth={3}
                  strokeDasharray={item.dash}
                />
              )}
            </svg>
            {item.label}
          </li>
        )
      })}
    </ul>
  )
}
