// A scorecard cell's colours: the band's colour of the grade ramp (light → dark, so greyscale
// keeps the order, client/components/charts/palette.ts) and the text colour that reads on it.
import { FADED } from '#client/lib/palette.ts'
import type { GradeStyle } from '#client/lib/grade-styles.ts'
import { textOn } from '#client/lib/contrast.ts'
import type { LegendItem } from '#client/lib/export-chart.ts'

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
