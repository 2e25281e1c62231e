import { PATTERN_TILE, TEXTURE_MARKS, type PatternKind } from '#client/lib/palette.ts'
import { textureInk } from '#client/lib/texture-ink.ts'

/** `<pattern>` markup for a colour + texture, usable in live charts, legends and exports. */
export function PatternDef({ id, color, kind }: { id: string; color: string; kind: PatternKind }) {
  if (kind === 'solid') return null
  const mark = TEXTURE_MARKS[kind]
  const ink = textureInk(color)
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={PATTERN_TILE} height={PATTERN_TILE}>
      <rect width={PATTERN_TILE} height={PATTERN_TILE} fill={color} />
      {mark.stroke === undefined ? (
        <path d={mark.d} fill={ink} />
      ) : (
        <path d={mark.d} fill="none" stroke={ink} strokeWidth={mark.stroke} />
      )}
    </pattern>
  )
}

export function fillOf(id: string, color: string, kind: PatternKind): string {
  return kind === 'solid' ? color : `url(#${id})`
}
