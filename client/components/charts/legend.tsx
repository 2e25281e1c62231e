import { useId } from 'react'
import type { LegendItem } from '#client/lib/export-chart.ts'
import { PatternDef, fillOf } from './pattern-defs.tsx'

/** The on-screen legend, with the same swatches (colour + texture) the export draws. */
export function Legend({ items }: { items: LegendItem[] }) {
  const id = useId().replace(/:/g, '')
  return (
    <ul className="legend">
      {items.map((item, i) => {
        const kind = item.pattern ?? 'solid'
        const patternId = `${id}-legend-${i}`
        if (item.shape === 'none') return <li key={item.label}>{item.label}</li>
        return (
          <li key={item.label}>
            <svg
              width={item.shape === 'line' ? 22 : 14}
              height={14}
              aria-hidden="true"
              focusable="false"
            >
              <defs>
                <PatternDef id={patternId} color={item.color} kind={kind} />
              </defs>
              {item.shape === 'ring' ? (
                <circle cx={7} cy={7} r={5} fill="#FFFFFF" stroke={item.color} strokeWidth={2} />
              ) : item.shape === 'line' ? (
                <line
                  x1={0}
                  x2={22}
                  y1={7}
                  y2={7}
                  stroke={item.color}
                  strokeWidth={3}
                  strokeDasharray={item.dash}
                />
              ) : (
                <rect
                  width={14}
                  height={14}
                  fill={fillOf(patternId, item.color, kind)}
                  stroke="#374151"
                  strokeWidth={0.5}
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
