import { contrastRatio, mixColours } from './contrast.ts'
import { INK } from './palette.ts'

const WHITE = '#FFFFFF'
/** How far a light fill's texture moves towards ink: dark enough to show, light enough not to shout. */
const INK_SHARE = 0.6

/**
 * The colour a texture is drawn in over `fill` (ADR 055): white on dark and middle fills, and a
 * darker shade of the fill itself on light ones, where white lines all but vanish — in greyscale
 * print above all, which keeps only lightness (white on the lightest grade's yellow-green is 1.6:1,
 * its shade 3.5:1). Whichever of the two stands further from the fill.
 */
export function textureInk(fill: string): string {
  const shade = mixColours(fill, INK, INK_SHARE)
  return contrastRatio(fill, shade) > contrastRatio(fill, WHITE) ? shade : WHITE
}
