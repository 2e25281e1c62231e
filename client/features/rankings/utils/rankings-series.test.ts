import { describe, expect, it } from 'vitest'
import type { RankHistory, RankingEntry, RankingSummary } from '#shared/dto/ranking.ts'
import { gradeLegend, gradeStyles } from '#client/lib/grade-styles.ts'
import {
  hasSizesThatDiffer,
  logRankAxis,
  schemeBreaks,
  sizeBreaks,
  splitAtBreaks,
  standingSeries,
  toBumpSeries,
} from './to-bump-series.ts'
import { toKpiTiles } from './to-kpi-tiles.ts'
import { bumpChartRows } from '../components/bump-chart.tsx'
import { toRankingSeries } from '../../../cohorts/charts/to-ranking-series.ts'
import { toYoySeries } from '../../../cohorts/charts/to-yoy-series.ts'

const bands = [
  { code: 'GOOD', labelVi: 'Tốt', labelEn: 'Good', minPct: 80 },
  { code: 'POOR', labelVi: 'Kém', labelEn: 'Poor', minPct: 0 },
  { code: 'FAIR', labelVi: 'Khá', labelEn: 'Fair', minPct: 70 },
]

function entry(
  code: string,
  name: string,
  rank: number,
  indexPct: number,
  grade: string | null,
  prev: { rank: number; indexPct: number } | null,
): RankingEntry {
  return {
    unit: { code, name },
    rank,
    computedRank: rank,
    indexPct,
    points: indexPct,
    maxPoints: 100,
    grade,
    previous: prev ? { year: 2022, total: 15, ...prev } : null,
    deltaPct: prev ? Math.round((indexPct - prev.indexPct) * 100) / 100 : null,
    rankChange: prev ? prev.rank - rank : null,
    notComparable: null,
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
    // Tốt keeps the texture it has under every scheme; solid is Xuất sắc's.
    expect(styles[2]?.pattern).toBe('hatch')
    expect(gradeLegend(styles, 'vi').map((l) => l.label)).toEqual([
      'Tốt (≥ 80)',
      'Khá (≥ 70)',
      'Kém (< 70)',
    ])
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
    const { rows, withheld, noPrevious } = toYoySeries(items)
    expect(rows.map((r) => r.code)).toEqual([
      'LONG_AN.THANH_HOA',
      'LONG_AN.DUC_HOA',
      'LONG_AN.BEN_LUC',
    ])
    expect(rows[0]).toMatchObject({
      deltaPct: 5.35,
      rankChange: 7,
      previousRank: 12,
      previousTotal: 15,
      rank: 5,
      rankWithheld: null,
    })
    expect(noPrevious).toEqual([{ code: 'LONG_AN.NEW', name: 'Huyện Mới' }])
    expect(withheld).toEqual({})
  })

  it('lists withheld changes by reason and draws an index change whose rank move alone is withheld', () => {
    const merged: RankingEntry = {
      ...entry('TAY_NINH', 'Tỉnh Tây Ninh', 15, 89.44, null, { rank: 30, indexPct: 88.61 }),
      deltaPct: null,
      rankChange: null,
      notComparable: { reason: 'LINEAGE', rankOnly: false, previousYear: 2024, predecessors: [] },
    }
    const resized: RankingEntry = {
      ...entry('HA_NOI', 'Thành phố Hà Nội', 1, 95.06, null, { rank: 3, indexPct: 93.52 }),
      rankChange: null,
      notComparable: {
        reason: 'COHORT_SIZE',
        rankOnly: true,
        previousYear: 2024,
        predecessors: [],
      },
    }
    const { rows, withheld, noPrevious } = toYoySeries([merged, resized])
    expect(withheld).toEqual({ LINEAGE: [{ code: 'TAY_NINH', name: 'Tỉnh Tây Ninh' }] })
    expect(rows).toEqual([
      expect.objectContaining({
        code: 'HA_NOI',
        deltaPct: 1.54,
        rankChange: null,
        rankWithheld: 'COHORT_SIZE',
      }),
    ])
    expect(noPrevious).toEqual([])
  })
})

describe('toKpiTiles', () => {
  const summary = (over: Partial<RankingSummary>): RankingSummary => ({
    year: 2023,
    parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
    kind: 'DISTRICT',
    block: null,
    total: 4,
    publishedSize: null,
    ranked: 4,
    years: [2022, 2023],
    gradeBands: bands,
    averageIndexPct: 80.3,
    medianIndexPct: 82.5,
    best: items[0] ?? null,
    worst: items[3] ?? null,
    gradeCounts: [
      { grade: 'GOOD', count: 3 },
      { grade: 'POOR', count: 1 },
    ],
    ends: 20,
    top: [...items],
    bottom: [...items],
    focus: [],
    missingFocus: [],
    changes: null,
    ...over,
  })
  it('reads mean, best, lowest and grade counts from the summary, a zero for a grade nobody has', () => {
    const tiles = toKpiTiles(summary({}), gradeStyles(bands, 'vi'))
    expect(tiles.count).toBe(4)
    expect(tiles.average).toBe(80.3)
    expect(tiles.partialOf).toBeNull()
    // A cohort loaded whole: the best is the best, no rank beside it.
    expect(tiles.best).toEqual({
      name: items[0]?.unit.name,
      indexPct: items[0]?.indexPct,
      publishedRank: null,
    })
    expect(tiles.worst).toEqual({
      name: items[3]?.unit.name,
      indexPct: items[3]?.indexPct,
      publishedRank: null,
    })
    expect(tiles.grades.map((g) => [g.code, g.count])).toEqual([
      ['GOOD', 3],
      ['FAIR', 0],
      ['POOR', 1],
    ])
  })
  it('of a partly loaded cohort-year, are of the units loaded, the best and lowest with their published ranks', () => {
    // Tây Ninh's block "Xã", 2025: 18 of 82 loaded, the best loaded seventh of the 82.
    const published = (e: RankingEntry | undefined, rank: number): RankingEntry | null =>
      e ? { ...e, rank, published: { rank, grade: null, indexPct: e.indexPct } } : null
    const tiles = toKpiTiles(
      summary({
        total: 82,
        publishedSize: 82,
        best: published(items[2], 7),
        worst: published(items[3], 82),
      }),
      gradeStyles(bands, 'vi'),
    )
    expect(tiles.count).toBe(4)
    expect(tiles.partialOf).toBe(82)
    expect(tiles.best?.publishedRank).toEqual({ rank: 7, total: 82 })
    expect(tiles.worst?.publishedRank).toEqual({ rank: 82, total: 82 })
    // A unit with no published rank (its rank is among those loaded) gets none.
    const unpublished = toKpiTiles(summary({ total: 82, publishedSize: 82 }), [])
    expect(unpublished.partialOf).toBe(82)
    expect(unpublished.best?.publishedRank).toBeNull()
  })

  it('is empty for an empty cohort', () => {
    const empty = summary({
      ranked: 0,
      total: 0,
      averageIndexPct: null,
      best: null,
      worst: null,
      gradeCounts: [],
      top: [],
      bottom: [],
    })
    expect(toKpiTiles(empty, [])).toEqual({
      count: 0,
      partialOf: null,
      average: null,
      best: null,
      worst: null,
      grades: [],
    })
  })
})

describe('toBumpSeries', () => {
  const history = (
    years: number[],
    totals: number[],
    units: [string, string, (number | null)[]][],
  ): RankHistory => ({
    parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
    kind: 'DISTRICT',
    block: null,
    years,
    totals,
    schemes: years.map(() => null),
    loaded: totals,
    units: units.map(([code, name, ranks]) => ({ unit: { code, name }, ranks })),
    unitCount: units.length,
    missingUnits: [],
  })

  it('gives one row per year and a gap where a unit did not exist', () => {
    const series = toBumpSeries(
      history(
        [2022, 2023],
        [2, 4],
        [
          ['LONG_AN.DUC_HOA', 'Huyện Đức Hòa', [null, 2]],
          ['LONG_AN.THANH_HOA', 'Huyện Thạnh Hóa', [12, 5]],
          ['LONG_AN.BEN_LUC', 'Huyện Bến Lức', [1, 1]],
          ['LONG_AN.NEW', 'Huyện Mới', [null, 6]],
        ],
      ),
    )
    expect(series.rows.map((r) => r.year)).toEqual([2022, 2023])
    expect(series.rows[0]?.['LONG_AN.THANH_HOA']).toBe(12)
    expect(series.rows[1]?.['LONG_AN.THANH_HOA']).toBe(5)
    expect(series.rows[0]?.['LONG_AN.NEW']).toBeNull()
    expect(series.rows[1]).toEqual({
      year: 2023,
      'LONG_AN.DUC_HOA': 2,
      'LONG_AN.THANH_HOA': 5,
      'LONG_AN.BEN_LUC': 1,
      'LONG_AN.NEW': 6,
    })
    expect(series.units[0]?.code).toBe('LONG_AN.BEN_LUC')
    expect(series.units.map((u) => u.lastRank)).toEqual([1, 2, 5, 6])
    expect(series.maxRank).toBe(4)
  })

  it('puts units gone by the last year last, by name, and takes the largest cohort as the axis', () => {
    const series = toBumpSeries(
      history(
        [2021, 2022, 2023],
        [3, 5, 2],
        [
          ['P10', 'Phường 10', [1, 4, null]],
          ['B', 'Xã Bình Đức', [null, 2, 2]],
          ['P2', 'Phường 2', [2, 5, null]],
          ['A', 'Xã An Lục Long', [3, 1, 1]],
        ],
      ),
    )
    expect(series.units).toEqual([
      { code: 'A', name: 'Xã An Lục Long', lastRank: 1 },
      { code: 'B', name: 'Xã Bình Đức', lastRank: 2 },
      { code: 'P2', name: 'Phường 2', lastRank: null },
      { code: 'P10', name: 'Phường 10', lastRank: null },
    ])
    expect(series.rows.map((r) => r['P10'])).toEqual([1, 4, null])
    expect(series.maxRank).toBe(5)
  })

  it('is empty for a cohort without years', () => {
    expect(toBumpSeries(history([], [], []))).toEqual({ rows: [], units: [], maxRank: 1 })
  })
})

describe('symmetricTicks', () => {
  it('gives round steps on both sides of zero', async () => {
    const { symmetricTicks } = await import('../../../cohorts/charts/yoy-chart-drawing.tsx')
    expect(symmetricTicks(6.7)).toEqual({ bound: 8, ticks: [-8, -6, -4, -2, 0, 2, 4, 6, 8] })
    expect(symmetricTicks(2.2)).toEqual({ bound: 3, ticks: [-3, -2, -1, 0, 1, 2, 3] })
  })
})

describe('logRankAxis', () => {
  const series = {
    rows: [
      { year: 2022, A: 538, B: 9000, C: 1 },
      { year: 2023, A: 1, B: 10_600, C: null },
    ],
    units: [],
    maxRank: 10_600,
  }
  const axis = logRankAxis(series, ['A', 'B'])
  const at = (year: number, code: string) => axis.rows.find((r) => r.year === year)?.[code] ?? NaN

  it('keeps the order of ranks and gives both ends the same room', () => {
    expect(at(2023, 'A')).toBe(0)
    expect(at(2023, 'B')).toBeCloseTo(axis.max)
    expect(at(2022, 'A')).toBeGreaterThan(at(2023, 'A'))
    expect(at(2022, 'B')).toBeGreaterThan(at(2022, 'A'))
    expect(at(2022, 'B')).toBeLessThan(at(2023, 'B'))
    const tick = (rank: number) => axis.ticks.find((t) => t.rank === rank)?.position ?? NaN
    // Rank 10 sits as far from the top as rank 10,591 from the bottom.
    expect(tick(10)).toBeCloseTo(axis.max - tick(10_591))
    expect(axis.middle).toBeCloseTo(axis.max / 2)
  })

  it('draws only the units asked for, and ticks at round ranks from both ends', () => {
    expect(Object.keys(axis.rows[0] ?? {})).toEqual(['year', 'A', 'B'])
    expect(axis.ticks.slice(0, 4).map((t) => t.rank)).toEqual([1, 2, 5, 10])
    expect(axis.ticks.at(-1)?.rank).toBe(10_600)
    expect(axis.ticks.map((t) => t.position)).toEqual(
      [...axis.ticks.map((t) => t.position)].sort((a, b) => a - b),
    )
  })
})

describe('toBumpSeries at national scale', () => {
  it('builds ten years of 10,600 units quickly', () => {
    const years = Array.from({ length: 10 }, (_, y) => 2015 + y)
    // Communes merged away in 2020 leave gaps, as in the national dataset.
    const units = Array.from({ length: 10_600 }, (_, i) => ({
      unit: { code: `C${i}`, name: `Xã ${i}` },
      ranks: years.map((year) => (i % 50 === 49 && year >= 2020 ? null : i + 1)),
    }))
    const history: RankHistory = {
      parent: { code: 'VN', name: 'Việt Nam' },
      kind: 'COMMUNE',
      block: null,
      years,
      totals: years.map(() => units.length),
      loaded: years.map(() => units.length),
      schemes: years.map(() => null),
      units,
      unitCount: units.length,
      missingUnits: [],
    }
    const started = performance.now()
    const series = toBumpSeries(history)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(series.units).toHaveLength(10_600)
    expect(series.rows).toHaveLength(10)
    expect(series.rows[9]?.['C10598']).toBe(10_599)
    expect(series.rows[9]?.['C10599']).toBeNull()
    expect(series.rows[4]?.['C10599']).toBe(10_600)
    expect(series.units.at(-1)?.lastRank).toBeNull()
    expect(series.maxRank).toBe(10_600)
  })
})

describe('sizeBreaks and splitAtBreaks', () => {
  it('breaks where the cohort changes size and draws each stretch as its own line', () => {
    expect(sizeBreaks({ years: [2023, 2024, 2025], totals: [63, 63, 34] })).toEqual([
      { year: 2025, from: 63, to: 34 },
    ])
    expect(sizeBreaks({ years: [2022, 2023], totals: [15, 15] })).toEqual([])
    const rows = [
      { year: 2023, A: 37, B: 3 },
      { year: 2024, A: 30, B: null },
      { year: 2025, A: 15, B: 1 },
    ]
    const { rows: split, keys } = splitAtBreaks(rows, ['A', 'B'], [2025])
    expect(keys.get('A')).toEqual(['A', 'A~1'])
    expect(split).toEqual([
      { year: 2023, A: 37, 'A~1': null, B: 3, 'B~1': null },
      { year: 2024, A: 30, 'A~1': null, B: null, 'B~1': null },
      { year: 2025, A: null, 'A~1': 15, B: null, 'B~1': 1 },
    ])
    expect(splitAtBreaks(rows, ['A'], []).keys.get('A')).toEqual(['A'])
  })
})

describe('a large cohort whose size changed', () => {
  it('is drawn by place with the logarithmic axis’s height, not a row per rank', () => {
    // 63 provinces, then 34: more than a chart of ranks takes, with no log axis of 63 over 34.
    const series = {
      rows: [
        { year: 2024, A: 1, B: 63 },
        { year: 2025, A: 1, B: 34 },
      ],
      units: [
        { code: 'A', name: 'A', lastRank: 1 },
        { code: 'B', name: 'B', lastRank: 34 },
      ],
      maxRank: 63,
    }
    const drawn = standingSeries(series, [63, 34])
    expect(drawn.rows[1]?.B).toBe(63)
    expect(bumpChartRows(drawn, undefined, undefined, true).liveHeight).toBe(560)
    // A small cohort keeps its row per rank.
    const small = { ...series, maxRank: 15 }
    expect(bumpChartRows(small, undefined, undefined, true).liveHeight).toBeGreaterThan(300)
  })
})

describe('standingSeries', () => {
  it('draws each rank at its place in its year’s cohort: first at 1, last at the largest size', () => {
    expect(hasSizesThatDiffer({ totals: [63, 63, 34] })).toBe(true)
    expect(hasSizesThatDiffer({ totals: [15, 15, 15] })).toBe(false)
    const series = {
      rows: [
        { year: 2024, A: 30, B: 63, C: 1 },
        { year: 2025, A: 15, B: 34, C: 1 },
      ],
      units: [
        { code: 'C', name: 'C', lastRank: 1 },
        { code: 'A', name: 'A', lastRank: 15 },
        { code: 'B', name: 'B', lastRank: 34 },
      ],
      maxRank: 63,
    }
    const drawn = standingSeries(series, [63, 34])
    // The last of 34 is as low as the last of 63; the first of each at the top.
    expect(drawn.rows[1]).toMatchObject({ year: 2025, B: 63, C: 1 })
    expect(drawn.rows[0]).toMatchObject({ A: 30, B: 63, C: 1 })
    // 15th of 34 lies 14/33 of the way down, not at 15 of 63.
    expect(drawn.rows[1]?.A).toBeCloseTo(1 + (14 / 33) * 62)
    expect(drawn.units.map((u) => u.lastRank)).toEqual([1, drawn.rows[1]?.A, 63])
    expect(drawn.maxRank).toBe(63)
  })
})

describe('schemeBreaks', () => {
  it('breaks where the scheme of a year differs from the year before’s, both known', () => {
    const years = [2020, 2021, 2022, 2023]
    expect(
      schemeBreaks({
        years,
        schemes: ['LA:DISTRICT:2019', 'LA:DISTRICT:2019', 'LA:DISTRICT:2022', 'LA:DISTRICT:2022'],
      }),
    ).toEqual([2022])
    // An unknown scheme breaks nothing: nothing says the method changed.
    expect(schemeBreaks({ years, schemes: [null, 'LA:DISTRICT:2019', null, 'X'] })).toEqual([])
  })
})
