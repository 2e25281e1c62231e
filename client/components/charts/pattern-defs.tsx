import type { PatternKind } from '#client/lib/palette.ts'

/** `<pattern>` markup for a colour + texture, usable in live charts, legends and exports. */
export function PatternDef({ id, color, kind }: { id: string; color: string; kind: PatternKind }) {
  if (kind === 'solid') return null
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={8} height={8}>
      <rect width={8} height={8} fill={color} />
      {kind === 'hatch' && (
        <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#ffffff" strokeWidth={1.6} />
      )}
      {kind === 'dots' && <circle cx={4} cy={4} r={1.6} fill="#ffffff" />}
      {kind === 'cross' && <path d="M0,0 L8,8 M8,0 L0,8" stroke="#ffffff" strokeWidth={1.3} />}
    </pattern>
  )
}

export function fillOf(id: string, color: string, kind: PatternKind): string {
  return kind === 'solid' ? color : `url(#${id})`
}
