import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { GradeBand } from '#shared/kpi/grade.ts'
import { GRADE_ORDER, gradeLegend, gradeStyles } from './grade-styles.ts'
import {
  GRADE_RAMP,
  PATTERNS,
  ordinalPattern,
  sequentialColors,
  sequentialPattern,
} from './palette.ts'

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

/**
 * The grade bands of every scheme in seeds/schemes.csv, by scheme. A grade row ends in
 * item,code,max_points,component,min_pct,label_vi,label_en; only the scheme's name before them
 * may hold a quoted comma.
 */
function seedSchemes(): Map<string, GradeBand[]> {
  const lines = readFileSync(join(process.cwd(), 'seeds', 'schemes.csv'), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
  const schemes = new Map<string, GradeBand[]>()
  for (const line of lines) {
    const cells = line.split(',')
    const [item, code, , , minPct, labelVi, labelEn] = cells.slice(-7)
    if (item !== 'grade') continue
    const scheme = cells.slice(0, -7).join(',')
    const band = { code: code!, labelVi: labelVi!, labelEn: labelEn!, minPct: Number(minPct) }
    schemes.set(scheme, [...(schemes.get(scheme) ?? []), band])
  }
  return schemes
}

describe('grade textures', () => {
  const band = (code: string, minPct: number): GradeBand => ({
    code,
    labelVi: code,
    labelEn: code,
    minPct,
  })
  const allDifferent = (bands: GradeBand[]) => {
    const patterns = gradeStyles(bands, 'vi').map((s) => s.pattern)
    expect(new Set(patterns).size).toBe(patterns.length)
  }

  it('gives every grade of every seeded scheme a texture of its own', () => {
    const schemes = seedSchemes()
    expect(schemes.size).toBeGreaterThanOrEqual(10)
    for (const [scheme, bands] of schemes) {
      const styles = gradeStyles(bands, 'vi')
      const textures = styles.map((s) => `${s.code} ${s.pattern}`)
      expect(new Set(styles.map((s) => s.pattern)).size, `${scheme}: ${textures.join(', ')}`).toBe(
        bands.length,
      )
    }
  })

  it('tells a good grade from a bad one by texture, not by shade alone', () => {
    const longAn = [band('GOOD', 80), band('FAIR', 70), band('AVERAGE', 60), band('POOR', 0)]
    const fair = gradeStyles(longAn, 'vi').find((s) => s.code === 'FAIR')
    const poor = gradeStyles(longAn, 'vi').find((s) => s.code === 'POOR')
    expect([fair?.pattern, poor?.pattern]).toEqual(['dots', 'checker'])
    const tayNinh = [
      band('EXCELLENT', 90),
      band('GOOD', 80),
      band('FAIR', 70),
      band('AVERAGE', 50),
      band('WEAK', 0),
    ]
    const good = gradeStyles(tayNinh, 'vi').find((s) => s.code === 'GOOD')
    const weak = gradeStyles(tayNinh, 'vi').find((s) => s.code === 'WEAK')
    expect([good?.pattern, weak?.pattern]).toEqual(['hatch', 'lines'])
  })

  it('gives the six grades of the code list six textures, Xuất sắc solid', () => {
    const six = GRADE_ORDER.map((code, i) => band(code, 90 - i * 10))
    const best = [...gradeStyles(six, 'vi')].reverse()
    expect(best.map((s) => s.code)).toEqual([...GRADE_ORDER])
    expect(best.map((s) => s.pattern)).toEqual([...PATTERNS])
  })

  it('gives each of 2 to 6 bands a texture of its own, the best solid, codes known or not', () => {
    for (let count = 2; count <= 6; count += 1) {
      // Any run of consecutive grades of the code list, and bands of codes off the list.
      for (let first = 0; first + count <= GRADE_ORDER.length; first += 1) {
        const run = GRADE_ORDER.slice(first, first + count).map((code, i) =>
          band(code, 90 - i * 10),
        )
        allDifferent(run)
      }
      const unknown = Array.from({ length: count }, (_, i) => band(`B${i}`, 90 - i * 10))
      allDifferent(unknown)
      expect(gradeStyles(unknown, 'vi').at(-1)?.pattern).toBe('solid')
    }
    // Any choice of grades from the list, e.g. Xuất sắc, Khá and Kém.
    for (let mask = 1; mask < 1 << GRADE_ORDER.length; mask += 1) {
      const chosen = GRADE_ORDER.filter((_, i) => mask & (1 << i))
      allDifferent(chosen.map((code, i) => band(code, 90 - i * 10)))
    }
  })

  it('keeps neighbouring classes apart past six, where textures must repeat', () => {
    for (const count of [7, 8, 12]) {
      const patterns = Array.from({ length: count }, (_, i) => sequentialPattern(i, count))
      patterns.slice(1).forEach((p, i) => expect(p).not.toBe(patterns[i]))
      expect(patterns.at(-1)).toBe('solid')
      expect(patterns.slice(0, -1)).not.toContain('solid')
    }
    expect(Array.from({ length: 6 }, (_, i) => ordinalPattern(i))).toEqual([...PATTERNS])
  })
})
