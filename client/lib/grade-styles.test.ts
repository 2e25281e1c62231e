import { describe, expect, it } from 'vitest'
import type { GradeBand } from '#shared/kpi/grade.ts'
import { gradeLegend, gradeStyles } from './grade-styles.ts'
import { GRADE_RAMP, sequentialColors } from './palette.ts'

describe('grade legend bounds', () => {
  const bands: GradeBand[] = [
    { code: 'POOR', labelVi: 'Kém', labelEn: 'Poor', minPct: 0 },
    { code: 'GOOD', labelVi: 'Tốt', labelEn: 'Good', minPct: 80, minInclusive: true },
    {
      code: 'EXCELLENT',
      labelVi: 'Xuất sắc',
      labelEn: 'Excellent',
      minPct: 95,
      minInclusive: false,
    },
  ]

  it('writes a strict lower bound as "> 95" and an inclusive one as "≥ 80"', () => {
    expect(gradeLegend(gradeStyles(bands, 'vi'), 'vi').map((l) => l.label)).toEqual([
      'Xuất sắc (> 95)',
      'Tốt (≥ 80)',
      'Kém (< 80)',
    ])
  })

  it('bounds the band from 0 by where the next one starts, strict or not', () => {
    const strictNext: GradeBand[] = [
      { code: 'POOR', labelVi: 'Kém', labelEn: 'Poor', minPct: 0 },
      { code: 'FAIR', labelVi: 'Đạt', labelEn: 'Fair', minPct: 60, minInclusive: false },
    ]
    expect(gradeLegend(gradeStyles(strictNext, 'en'), 'en').map((l) => l.label)).toEqual([
      'Fair (> 60)',
      'Poor (≤ 60)',
    ])
    // One band alone has no bound to give.
    const alone = gradeStyles([{ code: 'ALL', labelVi: 'Đạt', labelEn: 'Pass', minPct: 0 }], 'vi')
    expect(gradeLegend(alone, 'vi').map((l) => l.label)).toEqual(['Đạt'])
  })

  it('ranks a strict band above an inclusive one at the same minimum', () => {
    const same: GradeBand[] = [
      { code: 'ABOVE', labelVi: 'Trên', labelEn: 'Above', minPct: 90, minInclusive: false },
      { code: 'FROM', labelVi: 'Từ', labelEn: 'From', minPct: 90 },
    ]
    expect(gradeStyles(same, 'en').map((s) => s.code)).toEqual(['FROM', 'ABOVE'])
  })
})

describe('grade colours', () => {
  const band = (code: string, minPct: number, labelEn: string): GradeBand => ({
    code,
    labelVi: labelEn,
    labelEn,
    minPct,
  })
  // Xuất sắc … Yếu (2025 schemes) and Tốt … Kém (district schemes before 2025).
  const five = [
    band('EXCELLENT', 90, 'Excellent'),
    band('GOOD', 80, 'Good'),
    band('FAIR', 70, 'Fair'),
    band('AVERAGE', 50, 'Average'),
    band('WEAK', 0, 'Weak'),
  ]
  const four = [
    band('GOOD', 80, 'Good'),
    band('FAIR', 70, 'Fair'),
    band('AVERAGE', 60, 'Average'),
    band('POOR', 0, 'Poor'),
  ]
  const look = (bands: GradeBand[], code: string) => {
    const style = gradeStyles(bands, 'en').find((s) => s.code === code)
    return style && { color: style.color, pattern: style.pattern }
  }

  it('gives GOOD the same colour and pattern in a four-band and a five-band scheme', () => {
    expect(look(five, 'GOOD')).toEqual(look(four, 'GOOD'))
    for (const code of ['FAIR', 'AVERAGE']) expect(look(five, code)).toEqual(look(four, code))
  })

  it('places the six grades on one ramp, best darkest and solid, neighbours textured apart', () => {
    const all = [...five, band('POOR', -1, 'Poor')]
    const styles = gradeStyles(all, 'en')
    expect(styles.map((s) => s.code)).toEqual([
      'POOR',
      'WEAK',
      'AVERAGE',
      'FAIR',
      'GOOD',
      'EXCELLENT',
    ])
    expect(styles.map((s) => s.color)).toEqual([...GRADE_RAMP])
    expect(look(five, 'EXCELLENT')?.pattern).toBe('solid')
    expect(look(four, 'GOOD')?.pattern).toBe('hatch')
    for (const bands of [five, four, all]) {
      const patterns = gradeStyles(bands, 'en').map((s) => s.pattern)
      patterns.slice(1).forEach((p, i) => expect(p).not.toBe(patterns[i]))
    }
  })

  it("colours by the bands' order where a code is unknown or the thresholds reorder them", () => {
    const unknown = [band('A', 90, 'A'), band('GOOD', 80, 'Good'), band('POOR', 0, 'Poor')]
    expect(gradeStyles(unknown, 'en').map((s) => [s.color, s.pattern])).toEqual([
      [sequentialColors(3)[0], 'dots'],
      [sequentialColors(3)[1], 'hatch'],
      [sequentialColors(3)[2], 'solid'],
    ])
    const reordered = [band('FAIR', 80, 'Fair'), band('GOOD', 70, 'Good')]
    expect(gradeStyles(reordered, 'en').map((s) => s.color)).toEqual(sequentialColors(2))
  })
})
