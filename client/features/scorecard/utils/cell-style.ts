// A scorecard cell's colours: the band's colour of the grade ramp (light → dark, so greyscale
// keeps the order, client/components/charts/palette.ts) and the text colour that reads on it.
import { FADED, INK } from '#client/lib/palette.ts'
import type { GradeStyle } from '#client/lib/grade-styles.ts'
import type { LegendItem } from '#client/lib/export-chart.ts'

const WHITE = '#FFFFFF'

function channel(hex: string, at: number): number {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

/** WCAG relative luminance of a #RRGGBB colour. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5)
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)

/** Ink or white, whichever contrasts more with the background. */
export function textOn(background: string): string {
  const l = luminance(background)
  return contrast(l, luminance(INK)) >= contrast(l, 1) ? INK : WHITE
}

export type CellColours = { background: string; color: string; label: string | null }

/** The colours of a band's cell; a share outside every band (or none) stays neutral. */
export function cellColours(styles: readonly GradeStyle[], band: string | null): CellColours {
  const style = styles.find((s) => s.code === band)
  const background = style?.color ?? FADED
  return { background, color: textOn(background), label: style?.label ?? null }
}

/** The bands' legend as the cells draw them: plain colours (the number in each cell says the rest). */
export function solidLegend(items: readonly LegendItem[]): LegendItem[] {
  return items.map((item) => ({ ...item, pattern: 'solid' }))
}
