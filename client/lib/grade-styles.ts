import type { GradeBand } from '#shared/kpi/grade.ts'
import {
  FADED,
  GRADE_RAMP,
  ordinalPattern,
  sequentialColors,
  sequentialPattern,
  type PatternKind,
} from './palette.ts'
import type { Language } from './format.ts'
import { formatNumber } from './format.ts'
import type { LegendItem } from './export-chart.ts'

export type GradeStyle = {
  code: string
  label: string
  color: string
  pattern: PatternKind
  minPct: number
  /** false: the band starts above minPct ("> 95"). */
  minInclusive: boolean
}

/**
 * The grade codes of the code list, best first. Yếu (WEAK) and Kém (POOR) each close a scheme of
 * their own; where both appear, Kém is the lower.
 */
export const GRADE_ORDER = ['EXCELLENT', 'GOOD', 'FAIR', 'AVERAGE', 'WEAK', 'POOR'] as const

/** A known grade's place from the best (EXCELLENT 0 … POOR 5), −1 for any other code. */
function placeOf(code: string): number {
  return (GRADE_ORDER as readonly string[]).indexOf(code)
}

/**
 * One colour + texture per grade band, lowest band lightest (greyscale keeps the order). Bands
 * whose codes are all on the code list take their grade's fixed colour and texture (Tốt is the
 * same under a scheme from Xuất sắc to Yếu as under one from Tốt to Kém); any other scheme, or
 * one whose thresholds order its grades otherwise, is coloured by the bands' order alone.
 */
export function gradeStyles(bands: readonly GradeBand[], lang: Language): GradeStyle[] {
  // At one minimum the strict band ("> 95") is the better grade (shared/kpi/grade.ts).
  const strict = (band: GradeBand) => (band.minInclusive === false ? 1 : 0)
  const ascending = [...bands].sort((a, b) => a.minPct - b.minPct || strict(a) - strict(b))
  const places = ascending.map((band) => placeOf(band.code))
  const fixed = places.every((place, i) => place >= 0 && (i === 0 || place < (places[i - 1] ?? 0)))
  const colors = sequentialColors(ascending.length)
  return ascending.map((band, i) => {
    const place = places[i] ?? -1
    return {
      code: band.code,
      label: lang === 'vi' ? band.labelVi : band.labelEn,
      color: (fixed ? GRADE_RAMP[GRADE_ORDER.length - 1 - place] : colors[i]) ?? FADED,
      pattern: fixed ? ordinalPattern(place) : sequentialPattern(i, ascending.length),
      minPct: band.minPct,
      minInclusive: band.minInclusive ?? true,
    }
  })
}

export const UNGRADED: Omit<GradeStyle, 'label'> = {
  code: '',
  color: FADED,
  pattern: 'solid',
  minPct: 0,
  minInclusive: true,
}

export function styleOf(styles: GradeStyle[], grade: string | null) {
  return styles.find((s) => s.code === grade) ?? { ...UNGRADED, label: grade ?? '–' }
}

/**
 * Legend entries, best band first: "Tốt (≥ 80)", "Xuất sắc (> 95)"; the band from 0 by where the
 * next one starts ("Kém (< 60)", "≤ 60" under a "> 60"), so every band reads with its bound.
 */
export function gradeLegend(styles: GradeStyle[], lang: Language): LegendItem[] {
  return [...styles].reverse().map((s, i, best) => {
    const next = best[i - 1]
    const bound =
      s.minPct > 0 || !s.minInclusive
        ? `${s.minInclusive ? '≥' : '>'} ${formatNumber(s.minPct, lang)}`
        : next
          ? `${next.minInclusive ? '<' : '≤'} ${formatNumber(next.minPct, lang)}`
          : null
    return {
      label: bound ? `${s.label} (${bound})` : s.label,
      color: s.color,
      pattern: s.pattern,
    }
  })
}
