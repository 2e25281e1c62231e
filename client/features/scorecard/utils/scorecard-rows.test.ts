import { describe, expect, it } from 'vitest'
import type { Scorecard } from '#shared/dto/scorecard.ts'
import { FADED, GRADE_RAMP, INK } from '#client/lib/palette.ts'
import { gradeStyles } from '#client/lib/grade-styles.ts'
import { luminance, textOn } from '#client/lib/contrast.ts'
import { cellColours } from './cell-style.ts'
import { changeArrow, referenceRows, shareOf, unitRows } from './scorecard-rows.ts'

const data: Pick<Scorecard, 'items' | 'best' | 'median'> = {
  items: [
    {
      unit: { code: 'A', name: 'Huyện A' },
      rank: 1,
      amongLoaded: false,
      indexPct: 80,
      grade: 'GOOD',
      notComparable: null,
      cells: {
        PROCEDURES: { points: 9, maxPoints: 10, sharePct: 90, band: 'GOOD', deltaPct: 10 },
        IMPACT: null,
      },
    },
  ],
  best: { indexPct: 80, cells: { PROCEDURES: 90, IMPACT: null } },
  median: { indexPct: 67.5, cells: { PROCEDURES: 65, IMPACT: 80 } },
}

describe('scorecard rows', () => {
  it('puts the cohort’s best and median apart from the units, each with its shares', () => {
    const rows = [...referenceRows(data), ...unitRows(data)]
    expect(rows.map((r) => r.kind)).toEqual(['best', 'median', 'unit'])
    expect(rows.map((r) => shareOf(r, 'PROCEDURES'))).toEqual([90, 65, 90])
    expect(rows.map((r) => shareOf(r, 'IMPACT'))).toEqual([null, 80, null])
  })

  it('points the arrow the way the share moved, and gives none without a change', () => {
    expect([changeArrow(10), changeArrow(-5), changeArrow(0), changeArrow(null)]).toEqual([
      '▲',
      '▼',
      '▬',
      null,
    ])
  })
})

describe('scorecard cell colours', () => {
  const bands = [
    { code: 'GOOD', labelVi: 'Tốt', labelEn: 'Good', minPct: 80 },
    { code: 'FAIR', labelVi: 'Khá', labelEn: 'Fair', minPct: 65 },
    { code: 'AVERAGE', labelVi: 'Trung bình', labelEn: 'Average', minPct: 50 },
    { code: 'WEAK', labelVi: 'Kém', labelEn: 'Weak', minPct: 0 },
  ]
  const styles = gradeStyles(bands, 'vi')

  it('darkens with the band, so greyscale print keeps the order', () => {
    const shades = ['WEAK', 'AVERAGE', 'FAIR', 'GOOD'].map((b) =>
      luminance(cellColours(styles, b).background),
    )
    expect([...shades].sort((a, b) => b - a)).toEqual(shades)
  })

  it('writes the value in the colour that contrasts most (at least 4.5:1)', () => {
    for (const band of ['WEAK', 'AVERAGE', 'FAIR', 'GOOD']) {
      const { background, color } = cellColours(styles, band)
      const [hi, lo] = [luminance(background), luminance(color)].sort((a, b) => b - a)
      expect(((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05)).toBeGreaterThanOrEqual(4.5)
    }
    // Every grade of the code list, each at its fixed colour.
    const six = ['EXCELLENT', 'GOOD', 'FAIR', 'AVERAGE', 'WEAK', 'POOR'].map((code, i) => ({
      code,
      labelVi: code,
      labelEn: code,
      minPct: 90 - i * 10,
    }))
    for (const style of gradeStyles(six, 'en')) {
      const [hi, lo] = [luminance(style.color), luminance(textOn(style.color))].sort(
        (a, b) => b - a,
      )
      expect(((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05)).toBeGreaterThanOrEqual(4.5)
    }
    expect(textOn('#FFFFFF')).toBe(INK)
  })

  it('sets neighbouring grades apart in lightness, the three darkest most', () => {
    // A cell is its grade's colour alone: Khá beside Tốt (two blues) must not read as one.
    const lightness = (hex: string) => {
      const y = luminance(hex)
      return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y // CIELAB L*
    }
    const ramp = GRADE_RAMP.map(lightness)
    ramp.slice(1).forEach((darker, i) => {
      // The light grades differ in hue too (yellow-green to green); the dark ones are all blue.
      expect((ramp[i] ?? 0) - darker).toBeGreaterThanOrEqual(i >= 2 ? 14 : 8)
    })
  })

  it('names the band, and stays neutral outside every band', () => {
    expect(cellColours(styles, 'GOOD').label).toBe('Tốt')
    expect(cellColours(styles, null)).toEqual({ background: FADED, color: INK, label: null })
  })
})
