import { PATTERN_TILE, TEXTURE_MARKS, type PatternKind } from './palette.ts'
import { textureInk } from './texture-ink.ts'

/**
 * A colour + texture as `<pattern>` markup for a standalone SVG (exported images), drawn as
 * `PatternDef` draws it on screen. Nothing for 'solid', which fills with the colour itself.
 */
export function patternMarkup(id: string, color: string, kind: PatternKind): string {
  if (kind === 'solid') return ''
  const mark = TEXTURE_MARKS[kind]
  const ink = textureInk(color)
  const paint =
    mark.stroke === undefined
      ? `fill="${ink}"`
      : `fill="none" stroke="${ink}" stroke-width="${mark.stroke}"`
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${PATTERN_TILE}" height="${PATTERN_TILE}"><rect width="${PATTERN_TILE}" height="${PATTERN_TILE}" fill="${color}"/><path d="${mark.d}" ${paint}/></pattern>`
}
