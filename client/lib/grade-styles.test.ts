import { describe, expect, it } from 'vitest'
import type { GradeBand } from '#shared/kpi/grade.ts'
import { gradeLegend, gradeStyles } from './grade-styles.ts'

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
