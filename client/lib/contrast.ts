// Contrast of colours as WCAG measures it: which ink reads on a fill, and how far apart two
// colours stay once printed in greyscale (relative luminance is what a grey print keeps).
import { INK } from './palette.ts'

const WHITE = '#FFFFFF'

function channel(hex: string, at: number): number {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

/** WCAG relative luminance of a #RRGGBB colour. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5)
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** Ink or white, whichever contrasts more with the background. */
export function textOn(background: string): string {
  return contrastRatio(background, INK) >= contrastRatio(background, WHITE) ? INK : WHITE
}

/** `from` moved `share` (0–1) of the way to `to`, channel by channel, as #RRGGBB. */
export function mixColours(from: string, to: string, share: number): string {
  const hex = [1, 3, 5].map((at) => {
    const a = parseInt(from.slice(at, at + 2), 16)
    const b = parseInt(to.slice(at, at + 2), 16)
    return Math.round(a + (b - a) * share)
      .toString(16)
      .padStart(2, '0')
  })
  return `#${hex.join('').toUpperCase()}`
}
