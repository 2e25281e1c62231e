import { describe, expect, it } from 'vitest'
import type { Ranking, RankingEntry } from '#shared/dto/ranking.ts'
import { gradeLegend, gradeStyles } from './grade-styles.ts'
import { compressRanks, toBumpSeries } from './to-bump-series.ts'
import { toKpiTiles } from './to-kpi-tiles.ts'
import { toRankingSeries } from './to-ranking-series.ts'
import { toYoySeries } from './to-yoy-series.ts'

const bands = [
  { code: 'GOOD', labelVi: 'Tốt', labelEn: 'Good', minPct: 80 },
  { code: 'POOR', labelVi: 'Kém', labelEn: 'Poor', minPct: 0 },
  { code: 'FAIR', labelVi: 'Khá', labelEn: 'Fair', minPct: 70 },
]

function entry(code: string, name: string, rank: number, indexPct: number, grade: string | null, prev: { rank: number; indexPct: number } | null): RankingEntry {
  return {
    unit: { code, name },
    rank,
    indexPct,
    points: indexPct,
    maxPoints: 100,
    grade,
    previous: prev ? { year: 2022, ...prev } : null,
    deltaPct: prev ? Math.round((indexPct - prev.indexPct) * 100) / 100 : null,
    rankChange: prev ? prev.rank - rank : null,
    published: null,
    flags: [],
    status: 'PUBLISHED',
  }
}

const items = [
  entry('LONG_AN.DUC_HOA', 'Huyện Đức Hòa', 2, 84.93, 'GOOD', { rank: 8, indexPct: 81.44 }),
  entry('LONG_AN.THANH_HOA', 'Huyện Thạnh Hóa', 5, 80.1, 'GOOD', { rank: 12, indexPct: 74.75 }),
  entry('LONG_AN.BEN_LUC', 'Huyện Bến Lức', 1, 91.18, 'GOOD', { rank: 1, indexPct: 90.4 }),
  entry('LONG_AN.NEW', 'Huyện Mới', 6, 65, 'POOR', null),
]

describe('grade styles', () => {
  it('orders bands light → dark by threshold and lists the best first in the legend', () => {
    const styles = gradeStyles(bands, 'vi')
    expect(styles.map((s) => s.code)).toEqual(['POOR', 'FAIR', 'GOOD'])
    expect(styles[2]?.pattern).toBe('solid')
    expect(gradeLegend(styles, 'vi').map((l) => l.label)).toEqual(['Tốt (≥ 80)', 'Khá (≥ 70)', 'Kém'])
    expect(gradeLegend(gradeStyles(bands, 'en'), 'en')[0]?.label).toBe('Good (≥ 80)')
  })
})

describe('toRankingSeries', () => {
  it('sorts by rank and colours by grade', () => {
    const styles = gradeStyles(bands, 'vi')
    const rows = toRankingSeries(items, styles)
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 5, 6])
    expect(rows[0]?.gradeLabel).toBe('Tốt')
    expect(rows[3]?.color).toBe(styles[0]?.color)
  })
})

describe('toYoySeries', () => {
  it('orders by gain and keeps units without a previous year apart', () => {
    const { rows, notComparable } = toYoySeries(items)
    expect(rows.map((r) => r.code)).toEqual(['LONG_AN.THANH_HOA', 'LONG_AN.DUC_HOA', 'LONG_AN.BEN_LUC'])
    expect(rows[0]).toMatchObject({ deltaPct: 5.35, rankChange: 7, previousRank: 12, rank: 5 })
    expect(notComparable).toEqual([{ code: 'LONG_AN.NEW', name: 'Huyện Mới' }])
  })
})

describe('toKpiTiles', () => {
  it('computes mean, best, lowest and grade counts', () => {
    const tiles = toKpiTiles(items, gradeStyles(bands, 'vi'))
    expect(tiles.count).toBe(4)
    expect(tiles.average).toBe(80.3)
    expect(tiles.best).toEqual({ name: 'Huyện Bến Lức', indexPct: 91.18 })
    expect(tiles.worst).toEqual({ name: 'Huyện Mới', indexPct: 65 })
    expect(tiles.grades.map((g) => [g.code, g.count])).toEqual([['GOOD', 3], ['FAIR', 0], ['POOR', 1]])
  })
  it('is empty for an empty cohort', () => {
    expect(toKpiTiles([], [])).toEqual({ count: 0, average: null, best: null, worst: null, grades: [] })
  })
})

describe('toBumpSeries', () => {
  const ranking = (year: number, list: RankingEntry[]): Ranking => ({
    year,
    parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
    kind: 'DISTRICT',
    total: list.length,
    items: list,
    gradeBands: bands,
    years: [2022, 2023],
  })
  it('gives one row per year and a gap where a unit did not exist', () => {
    const series = toBumpSeries([
      ranking(2023, items),
      ranking(2022, [entry('LONG_AN.THANH_HOA', 'Huyện Thạnh Hóa', 12, 74.75, 'FAIR', null), entry('LONG_AN.BEN_LUC', 'Huyện Bến Lức', 1, 90.4, 'GOOD', null)]),
    ])
    expect(series.rows.map((r) => r.year)).toEqual([2022, 2023])
    expect(series.rows[0]?.['LONG_AN.THANH_HOA']).toBe(12)
    expect(series.rows[1]?.['LONG_AN.THANH_HOA']).toBe(5)
    expect(series.rows[0]?.['LONG_AN.NEW']).toBeNull()
    expect(series.units[0]?.code).toBe('LONG_AN.BEN_LUC')
    expect(series.maxRank).toBe(4)
  })
})

describe('symmetricTicks', () => {
  it('gives round steps on both sides of zero', async () => {
    const { symmetricTicks } = await import('../components/yoy-chart.tsx')
    expect(symmetricTicks(6.7)).toEqual({ bound: 8, ticks: [-8, -6, -4, -2, 0, 2, 4, 6, 8] })
    expect(symmetricTicks(2.2)).toEqual({ bound: 3, ticks: [-3, -2, -1, 0, 1, 2, 3] })
  })
})

describe('compressRanks', () => {
  it('gives each rank the kept units held a place, in order, and marks the gaps', () => {
    const series = {
      rows: [
        { year: 2022, A: 3, B: 9000, C: 1 },
        { year: 2023, A: 1, B: 10_600, C: null },
      ],
      units: [],
      maxRank: 10_600,
    }
    const axis = compressRanks(series, ['A', 'B'])
    expect(axis.ticks).toEqual([
      { position: 1, rank: 1 },
      { position: 2, rank: 3 },
      { position: 3, rank: 9000 },
      { position: 4, rank: 10_600 },
    ])
    expect(axis.rows).toEqual([
      { year: 2022, A: 2, B: 3 },
      { year: 2023, A: 1, B: 4 },
    ])
    expect(axis.max).toBe(4)
    expect(axis.breaks).toEqual([1.5, 2.5, 3.5])
  })
})

describe('toBumpSeries at national scale', () => {
  it('builds ten years of 10,600 units quickly', () => {
    const items = Array.from({ length: 10_600 }, (_, i) => entry(`C${i}`, `Xã ${i}`, i + 1, 50, null, null))
    const rankings = Array.from({ length: 10 }, (_, y) => ({
      year: 2015 + y,
      parent: { code: 'VN', name: 'Việt Nam' },
      kind: 'COMMUNE' as const,
      total: items.length,
      items,
      gradeBands: bands,
      years: [],
    }))
    const started = performance.now()
    const series = toBumpSeries(rankings)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(series.units).toHaveLength(10_600)
    expect(series.rows[9]?.['C10599']).toBe(10_600)
  })
})
