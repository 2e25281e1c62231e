import { describe, expect, it } from 'vitest'
import type { ComparisonData } from '#shared/dto/compare.ts'
import {
  commonBreaks,
  dayAfter,
  lineBreaks,
  successions,
  wentIntoGroups,
  toCompareChanges,
  toCompareYearRows,
  toCompareYearSegments,
} from './to-compare-series.ts'
import { districtUnit, districtYear } from '../testing/compare-fixtures.ts'

const comparison: ComparisonData = {
  items: [
    {
      unit: districtUnit('A'),
      years: [
        districtYear(2022, 70, [
          ['IMPACT', 20],
          ['LEADERSHIP', 7],
        ]),
        districtYear(2023, 80.1, [
          ['IMPACT', 22],
          ['LEADERSHIP', 8],
        ]),
      ],
    },
    {
      unit: districtUnit('B'),
      years: [
        districtYear(2023, 85, [
          ['LEADERSHIP', 9],
          ['IMPACT', 25.5],
        ]),
        districtYear(2024, 86, []),
      ],
    },
  ],
  years: [2022, 2023, 2024],
}

describe('compare series', () => {
  it('gives nulls for years a unit has no result (not comparable, not zero)', () => {
    expect(toCompareYearRows(comparison)).toEqual([
      { year: 2022, A: 70, B: null },
      { year: 2023, A: 80.1, B: 85 },
      { year: 2024, A: null, B: 86 },
    ])
  })
})

describe('compare across a merger', () => {
  const lineage = {
    reason: 'LINEAGE' as const,
    rankOnly: false,
    previousYear: 2024,
    predecessors: [],
  }
  const resized = {
    reason: 'COHORT_SIZE' as const,
    rankOnly: true,
    previousYear: 2024,
    predecessors: [],
  }
  const merged: ComparisonData = {
    items: [
      {
        unit: districtUnit('TAY_NINH'),
        years: [
          districtYear(2023, 86.04, []),
          districtYear(2024, 88.61, []),
          { ...districtYear(2025, 89.44, []), rank: 15, total: 34, notComparable: lineage },
        ],
      },
      {
        unit: districtUnit('HA_NOI'),
        years: [
          districtYear(2024, 93.52, []),
          { ...districtYear(2025, 95.06, []), rank: 1, total: 34, notComparable: resized },
        ],
      },
    ],
    years: [2023, 2024, 2025],
  }

  it('splits a line at a merger but not at a change of cohort size', () => {
    const { rows, segments } = toCompareYearSegments(merged)
    expect(segments).toEqual([
      { key: 'TAY_NINH', unit: 'TAY_NINH' },
      { key: 'TAY_NINH~1', unit: 'TAY_NINH' },
      { key: 'HA_NOI', unit: 'HA_NOI' },
    ])
    expect(rows).toEqual([
      { year: 2023, TAY_NINH: 86.04, 'TAY_NINH~1': null, HA_NOI: null },
      { year: 2024, TAY_NINH: 88.61, 'TAY_NINH~1': null, HA_NOI: 93.52 },
      { year: 2025, TAY_NINH: null, 'TAY_NINH~1': 89.44, HA_NOI: 95.06 },
    ])
  })

  it('gives the index change only where the API claims the years compare', () => {
    const changes = toCompareChanges(merged, 2025)
    expect(changes.map((c) => [c.code, c.deltaPct, c.rankChange, c.notComparable?.reason])).toEqual(
      [
        ['TAY_NINH', null, null, 'LINEAGE'],
        ['HA_NOI', 1.54, null, 'COHORT_SIZE'],
      ],
    )
  })

  it('stops a line at a change of method: withheld by the API, or another scheme across a gap', () => {
    const schemeOf = (id: string) => ({ id, name: `Bộ chỉ số ${id}` })
    // Thạnh Hóa: a new district scheme from 2022; its 2021 → 2022 change is withheld for it.
    const method: ComparisonData = {
      items: [
        {
          unit: districtUnit('THANH_HOA'),
          years: [
            { ...districtYear(2021, 73.35, []), scheme: schemeOf('LONG_AN:DISTRICT:2019') },
            {
              ...districtYear(2022, 74.75, []),
              scheme: schemeOf('LONG_AN:DISTRICT:2022'),
              notComparable: {
                reason: 'SCHEME' as const,
                rankOnly: false,
                previousYear: 2021,
                predecessors: [],
              },
            },
            { ...districtYear(2023, 80.1, []), scheme: schemeOf('LONG_AN:DISTRICT:2022') },
          ],
        },
        {
          // Results in 2019 and 2023 only: no change to withhold, but two methods.
          unit: districtUnit('BEN_LUC'),
          years: [
            { ...districtYear(2019, 70, []), scheme: schemeOf('LONG_AN:DISTRICT:2019') },
            { ...districtYear(2023, 91.18, []), scheme: schemeOf('LONG_AN:DISTRICT:2022') },
          ],
        },
      ],
      years: [2019, 2021, 2022, 2023],
    }
    expect(lineBreaks(method.items[0]!).map((b) => [b.year, b.reason.reason])).toEqual([
      [2022, 'SCHEME'],
    ])
    expect(lineBreaks(method.items[1]!)).toEqual([
      {
        year: 2023,
        reason: { reason: 'SCHEME', rankOnly: false, previousYear: 2019, predecessors: [] },
        also: [],
      },
    ])
    // A merger withheld in a gap where the method changed too: both are named.
    const merged = {
      ...method.items[1]!,
      years: method.items[1]!.years.map((y, i) =>
        i === 1
          ? {
              ...y,
              notComparable: {
                reason: 'LINEAGE' as const,
                rankOnly: false,
                previousYear: 2019,
                predecessors: [],
              },
            }
          : y,
      ),
    }
    expect(lineBreaks(merged).map((b) => [b.reason.reason, b.also])).toEqual([
      ['LINEAGE', ['SCHEME']],
    ])
    const { segments, rows } = toCompareYearSegments(method)
    expect(segments.map((s) => s.key)).toEqual(['THANH_HOA', 'THANH_HOA~1', 'BEN_LUC', 'BEN_LUC~1'])
    expect(rows.find((r) => r.year === 2022)).toMatchObject({
      THANH_HOA: null,
      'THANH_HOA~1': 74.75,
    })
  })
})

describe('commonBreaks', () => {
  const breakIn = (reason: 'SCHEME' | 'LINEAGE' | 'COHORT', previousYear: number) => ({
    reason,
    rankOnly: false,
    previousYear,
    predecessors: [],
  })
  const withBreaks = (code: string, at: Record<number, ReturnType<typeof breakIn>>) => ({
    unit: districtUnit(code),
    years: [2021, 2022, 2023, 2024, 2025].map((y) => ({
      ...districtYear(y, 70 + y - 2021, []),
      notComparable: at[y] ?? null,
    })),
  })
  const of = (...items: ComparisonData['items']): ComparisonData => ({
    items,
    years: [2021, 2022, 2023, 2024, 2025],
  })

  it('is a year every unit’s line stops before, with each reason once', () => {
    const both = of(
      withBreaks('THANH_HOA', { 2022: breakIn('SCHEME', 2021), 2025: breakIn('LINEAGE', 2024) }),
      withBreaks('BEN_LUC', { 2022: breakIn('SCHEME', 2021), 2025: breakIn('COHORT', 2024) }),
      withBreaks('CAN_GIUOC', { 2022: breakIn('SCHEME', 2021), 2025: breakIn('LINEAGE', 2024) }),
    )
    expect(commonBreaks(both)).toEqual([
      { year: 2022, reasons: ['SCHEME'] },
      { year: 2025, reasons: ['LINEAGE', 'COHORT'] },
    ])
  })

  it('is none where only some units break, or they break in different years', () => {
    const some = of(
      withBreaks('THANH_HOA', { 2022: breakIn('SCHEME', 2021), 2025: breakIn('LINEAGE', 2024) }),
      withBreaks('BEN_LUC', { 2022: breakIn('SCHEME', 2021) }),
      withBreaks('TAY_NINH', { 2023: breakIn('SCHEME', 2022) }),
    )
    expect(commonBreaks(some)).toEqual([])
    expect(commonBreaks(of())).toEqual([])
  })

  it('counts a line that last had a point years before: no line crosses that gap either', () => {
    const schemeOf = (id: string) => ({ id, name: id })
    const gap = of(withBreaks('THANH_HOA', { 2023: breakIn('SCHEME', 2022) }), {
      // Results in 2021 and 2023 only, scored under two schemes.
      unit: districtUnit('BEN_LUC'),
      years: [
        { ...districtYear(2021, 70, []), scheme: schemeOf('OLD') },
        { ...districtYear(2023, 75, []), scheme: schemeOf('NEW') },
      ],
    })
    expect(commonBreaks(gap)).toEqual([{ year: 2023, reasons: ['SCHEME'] }])
  })
})

describe('compared units gone into one another', () => {
  // Two wards of Thành phố Long Xuyên (to 30/06/2025) and the ward of 2025 they went into, and a
  // ward merged into one of them on 01/01/2025, named among the new ward's predecessors through it.
  const ward = (code: string, validFrom: string | null, validTo: string | null) => ({
    ...districtUnit(code),
    name: `Phường ${code}`,
    validFrom,
    validTo,
  })
  const standing = (code: string, via: string | null = null) => ({
    unit: { code, name: `Phường ${code}` },
    parent: null,
    year: 2024,
    indexPct: 80,
    rank: 1,
    total: 13,
    via: via === null ? null : { unit: { code: via, name: `Phường ${via}` }, date: '2025-01-01' },
  })
  const formed = {
    ...districtYear(2025, 79.21),
    notComparable: {
      reason: 'LINEAGE' as const,
      rankOnly: false,
      previousYear: 2024,
      predecessors: [standing('MY_LONG'), standing('MY_XUYEN'), standing('DONG_XUYEN', 'MY_XUYEN')],
    },
  }
  const data: ComparisonData = {
    items: [
      { unit: ward('MY_LONG', null, '2025-06-30'), years: [districtYear(2024, 92.12)] },
      { unit: ward('LONG_XUYEN', '2025-07-01', null), years: [formed] },
      { unit: ward('MY_XUYEN', null, '2025-06-30'), years: [districtYear(2024, 78.23)] },
      { unit: ward('DONG_XUYEN', null, '2024-12-31'), years: [districtYear(2024, 77.08)] },
      { unit: ward('BINH_DUC', '2025-07-01', null), years: [districtYear(2025, 92.26)] },
    ],
    years: [2024, 2025],
  }
  const LONG_XUYEN = { code: 'LONG_XUYEN', name: 'Phường LONG_XUYEN' }

  it('names each compared predecessor of a compared unit, the day, and the unit between', () => {
    expect(successions(data)).toEqual([
      {
        from: { code: 'MY_LONG', name: 'Phường MY_LONG' },
        to: LONG_XUYEN,
        year: 2025,
        date: '2025-07-01',
        through: null,
      },
      {
        from: { code: 'MY_XUYEN', name: 'Phường MY_XUYEN' },
        to: LONG_XUYEN,
        year: 2025,
        date: '2025-07-01',
        through: null,
      },
      // Not "into Long Xuyên on 01/01/2025": into Mỹ Xuyên then, and with it on 01/07/2025.
      {
        from: { code: 'DONG_XUYEN', name: 'Phường DONG_XUYEN' },
        to: LONG_XUYEN,
        year: 2025,
        date: '2025-07-01',
        through: { name: 'Phường MY_XUYEN', date: '2025-01-01' },
      },
    ])
  })

  it('groups those taken in directly on one day, and keeps one taken in through another apart', () => {
    expect(wentIntoGroups(data).map((g) => [g.from, g.to, g.date, g.through?.name])).toEqual([
      [['Phường MY_LONG', 'Phường MY_XUYEN'], 'Phường LONG_XUYEN', '2025-07-01', undefined],
      [['Phường DONG_XUYEN'], 'Phường LONG_XUYEN', '2025-07-01', 'Phường MY_XUYEN'],
    ])
  })

  it('leaves the day unsaid where the successor was not formed after the step between', () => {
    const older = data.items.map((i) =>
      i.unit.code === 'LONG_XUYEN' ? { ...i, unit: { ...i.unit, validFrom: null } } : i,
    )
    const through = successions({ ...data, items: older }).find((s) => s.through)
    expect(through?.date).toBeNull()
  })

  it('finds none among units that did not go into one another', () => {
    expect(successions(comparison)).toEqual([])
    const without = data.items.filter((i) => i.unit.code !== 'LONG_XUYEN')
    expect(successions({ ...data, items: without })).toEqual([])
  })

  it('gives the day a unit that ended went on', () => {
    expect(dayAfter('2025-06-30')).toBe('2025-07-01')
    expect(dayAfter('2024-12-31')).toBe('2025-01-01')
    expect(dayAfter('2024-02-28')).toBe('2024-02-29')
  })
})
