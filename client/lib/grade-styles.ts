import type { GradeBand } from '#shared/kpi/grade.ts'
import { FADED, sequentialColors, sequentialPattern, type PatternKind } from './palette.ts'
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

/** One colour + texture per grade band, lowest band lightest (greyscale keeps the order). */
export function gradeStyles(bands: readonly GradeBand[], lang: Language): GradeStyle[] {
  // At one minimum the strict band ("> 95") is the better grade (shared/kpi/grade.ts).
  const strict = (band: GradeBand) => (band.minInclusive === false ? 1 : 0)
  const ascending = [...bands].sort((a, b) => a.minPct - b.minPct || strict(a) - strict(b))
  const colors = sequentialColors(ascending.length)
  return ascending.map((band, i) => ({
    code: band.code,
    label: lang === 'vi' ? band.labelVi : band.labelEn,
    color: colors[i] ?? FADED,
    pattern: sequentialPattern(i, ascending.length),
    minPct: band.minPct,
    minInclusive: band.minInclusive ?? true,
  }))
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
