import { describe, expect, it } from 'vitest'
import { awardTotals, sumAwardTotals } from './award-totals.ts'
import { competitionRanks, tieCounts } from './competition-rank.ts'
import { gradeFor, meetsMinimum, type GradeBand } from './grade.ts'
import { indexPct } from './index-pct.ts'
import { publishedFlags } from './published-flags.ts'
import { round } from './round.ts'
import { emptyTaskCounts, sumTaskCounts, taskCompletion, taskRates } from './task-completion.ts'
import { deltaPct, rankChange } from './year-over-year.ts'

describe('round', () => {
  it.each([
    [80.1 - 74.75, 5.35],
    [1.005, 1.01],
    [-1.005, -1.01],
    [74.75 - 80.1, -5.35],
    [95.799999, 95.8],
    [0, 0],
    [-0.001, 0],
  ])('round(%d) = %d', (value, expected) => {
    expect(round(value)).toBe(expected)
  })
})

describe('indexPct', () => {
  it.each([
    // DOMAIN.md: Thạnh Hóa 2023 and 2022 on a scale of 100.
    [80.1, 100, 80.1],
    [74.75, 100, 74.75],
    // Maxima differ by unit in one published table (71.5, 96.5, 100).
    [68.5, 71.5, 95.8],
    [90, 96.5, 93.26],
    [2, 3, 66.67],
    [0, 100, 0],
  ])('%d / %d → %d', (points, max, expected) => {
    expect(indexPct(points, max)).toBe(expected)
  })

  it('rejects a non-positive maximum', () => {
    expect(() => indexPct(1, 0)).toThrow(RangeError)
  })
})

describe('competitionRanks', () => {
  it.each([
    // DOMAIN.md: two units at 95.7 are both 2nd, the next is 4th.
    [
      [99, 95.7, 95.7, 90],
      [1, 2, 2, 4],
    ],
    [
      [90, 95.7, 99, 95.7],
      [4, 2, 1, 2],
    ],
    [
      [50, 50, 50],
      [1, 1, 1],
    ],
    [[10], [1]],
    [[], []],
    [
      [3, 2, 1],
      [1, 2, 3],
    ],
  ])('%j → %j', (values, expected) => {
    expect(competitionRanks(values)).toEqual(expected)
  })

  it('counts ties per rank', () => {
    expect(tieCounts([1, 2, 2, 4])).toEqual(
      new Map([
        [1, 1],
        [2, 2],
        [4, 1],
      ]),
    )
  })
})

describe('year over year', () => {
  it('Thạnh Hóa 2023: +5.35 points, up 7 places (12th → 5th)', () => {
    expect(deltaPct(80.1, 74.75)).toBe(5.35)
    expect(rankChange(5, 12)).toBe(7)
  })

  it.each([
    [70, 75.5, -5.5],
    [80, 80, 0],
    [80, null, null],
    [80, undefined, null],
  ])('deltaPct(%d, %s) = %s', (current, previous, expected) => {
    expect(deltaPct(current, previous)).toBe(expected)
  })

  it.each([
    [5, 12, 7],
    [12, 5, -7],
    [3, 3, 0],
    [3, null, null],
  ])('rankChange(%d, %s) = %s', (rank, previous, expected) => {
    expect(rankChange(rank, previous)).toBe(expected)
  })
})

describe('gradeFor', () => {
  // DOMAIN.md: one province's district scheme: Tốt ≥ 80 %, Khá, Trung bình, Kém < 60 %.
  const bands: GradeBand[] = [
    { code: 'POOR', labelVi: 'Kém', labelEn: 'Poor', minPct: 0 },
    { code: 'GOOD', labelVi: 'Tốt', labelEn: 'Good', minPct: 80 },
    { code: 'AVERAGE', labelVi: 'Trung bình', labelEn: 'Average', minPct: 60 },
    { code: 'FAIR', labelVi: 'Khá', labelEn: 'Fair', minPct: 70 },
  ]
  it.each([
    [80.1, 'GOOD'],
    [80, 'GOOD'],
    [79.99, 'FAIR'],
    [74.75, 'FAIR'],
    [60, 'AVERAGE'],
    [59.99, 'POOR'],
    [100, 'GOOD'],
  ])('%d → %s', (index, expected) => {
    expect(gradeFor(index, bands)).toBe(expected)
  })

  it('is null without bands or below every band', () => {
    expect(gradeFor(90, [])).toBeNull()
    expect(
      gradeFor(
        50,
        bands.filter((b) => b.minPct > 0),
      ),
    ).toBeNull()
  })
})

describe('gradeFor with strict and inclusive lower bounds', () => {
  // DOMAIN.md: commune schemes add Xuất sắc; written "> 95" it is strict, "Tốt ≥ 80" inclusive.
  const bands: GradeBand[] = [
    {
      code: 'EXCELLENT',
      labelVi: 'Xuất sắc',
      labelEn: 'Excellent',
      minPct: 95,
      minInclusive: false,
    },
    { code: 'GOOD', labelVi: 'Tốt', labelEn: 'Good', minPct: 80, minInclusive: true },
    { code: 'POOR', labelVi: 'Kém', labelEn: 'Poor', minPct: 0 },
  ]
  it.each([
    [95.01, 'EXCELLENT'],
    [95, 'GOOD'],
    [80 + 1e-12, 'GOOD'],
    [80, 'GOOD'],
    [79.99, 'POOR'],
    [0, 'POOR'],
  ])('%d → %s', (index, expected) => {
    expect(gradeFor(index, bands)).toBe(expected)
  })

  it('a strict band at a lower bound is the better grade above it, not at it', () => {
    const same: GradeBand[] = [
      { code: 'AT_LEAST', labelVi: 'a', labelEn: 'a', minPct: 90 },
      { code: 'ABOVE', labelVi: 'b', labelEn: 'b', minPct: 90, minInclusive: false },
    ]
    expect(gradeFor(90, same)).toBe('AT_LEAST')
    expect(gradeFor(90.5, same)).toBe('ABOVE')
  })

  it('meets a minimum written as a quotient that lost its last bit', () => {
    expect(meetsMinimum((0.8 / 1) * 100 - 1e-14, 80)).toBe(true)
    expect(meetsMinimum(95 + 1e-12, 95, false)).toBe(false)
  })
})

describe('taskRates', () => {
  it('gives the rates unrounded, so one decimal reads 93.5 for 29 of 31, not 93.6', () => {
    const counts = { ...emptyTaskCounts(), DONE_ON_TIME: 25, DONE_LATE: 4, IN_PROGRESS: 2 }
    const rates = taskRates(counts)
    expect(rates.completionPct).toBeCloseTo((29 / 31) * 100, 10)
    expect(rates.completionPct!.toFixed(1)).toBe('93.5')
    // The API's two decimals, rounded again to one, would read 93.6.
    expect(taskCompletion(counts).completionPct).toBe(93.55)
    expect(rates.onTimePct).toBeCloseTo((25 / 31) * 100, 10)
  })
  it('has no rate when nothing is due', () => {
    expect(taskRates({ ...emptyTaskCounts(), CANCELLED: 3 })).toEqual({
      completionPct: null,
      onTimePct: null,
    })
  })
})

describe('taskCompletion', () => {
  it('Long Xuyên 2022: 59 planned tasks, all done → 100 %', () => {
    const result = taskCompletion({ ...emptyTaskCounts(), DONE_ON_TIME: 59 })
    expect(result).toMatchObject({ planned: 59, completionPct: 100, onTimePct: 100 })
  })

  it.each([
    // planned = every status; cancelled leaves the denominator.
    [
      { DONE_ON_TIME: 6, DONE_LATE: 2, IN_PROGRESS: 1, OVERDUE: 1, NOT_STARTED: 0, CANCELLED: 2 },
      12,
      80,
      60,
    ],
    [
      { DONE_ON_TIME: 1, DONE_LATE: 1, IN_PROGRESS: 1, OVERDUE: 0, NOT_STARTED: 0, CANCELLED: 0 },
      3,
      66.67,
      33.33,
    ],
    [
      { DONE_ON_TIME: 0, DONE_LATE: 0, IN_PROGRESS: 0, OVERDUE: 0, NOT_STARTED: 0, CANCELLED: 4 },
      4,
      null,
      null,
    ],
    [
      { DONE_ON_TIME: 0, DONE_LATE: 0, IN_PROGRESS: 0, OVERDUE: 0, NOT_STARTED: 0, CANCELLED: 0 },
      0,
      null,
      null,
    ],
    [
      { DONE_ON_TIME: 0, DONE_LATE: 0, IN_PROGRESS: 0, OVERDUE: 3, NOT_STARTED: 2, CANCELLED: 0 },
      5,
      0,
      0,
    ],
  ])('%j → planned %d, completion %s, on time %s', (counts, planned, completion, onTime) => {
    expect(taskCompletion(counts)).toEqual({
      counts,
      planned,
      completionPct: completion,
      onTimePct: onTime,
    })
  })

  it('sums count tables status by status', () => {
    const a = { ...emptyTaskCounts(), DONE_ON_TIME: 3, CANCELLED: 1 }
    const b = { ...emptyTaskCounts(), DONE_ON_TIME: 2, OVERDUE: 4 }
    expect(sumTaskCounts([a, b])).toEqual({
      ...emptyTaskCounts(),
      DONE_ON_TIME: 5,
      OVERDUE: 4,
      CANCELLED: 1,
    })
    expect(sumTaskCounts([])).toEqual(emptyTaskCounts())
  })
})

describe('awardTotals', () => {
  it('Long Xuyên 2022: Giấy khen to 10 collectives and 8 individuals', () => {
    const totals = awardTotals([
      {
        awardCode: 'MERIT_CERTIFICATE',
        recipientType: 'COLLECTIVE',
        issuerLevel: 'DISTRICT',
        count: 10,
      },
      {
        awardCode: 'MERIT_CERTIFICATE',
        recipientType: 'INDIVIDUAL',
        issuerLevel: 'DISTRICT',
        count: 8,
      },
    ])
    expect(totals).toEqual({
      total: 18,
      collective: 10,
      individual: 8,
      household: 0,
      byCode: { MERIT_CERTIFICATE: 18 },
      byIssuer: { DISTRICT: 18 },
    })
  })

  it('splits by code, recipient type and issuer, and sums totals', () => {
    const a = awardTotals([
      {
        awardCode: 'PROVINCE_EMULATION_FLAG',
        recipientType: 'COLLECTIVE',
        issuerLevel: 'PROVINCE',
        count: 1,
      },
      {
        awardCode: 'CULTURAL_FAMILY',
        recipientType: 'HOUSEHOLD',
        issuerLevel: 'COMMUNE',
        count: 40,
      },
    ])
    const b = awardTotals([
      {
        awardCode: 'CULTURAL_FAMILY',
        recipientType: 'HOUSEHOLD',
        issuerLevel: 'COMMUNE',
        count: 2,
      },
    ])
    expect(sumAwardTotals([a, b])).toEqual({
      total: 43,
      collective: 1,
      individual: 0,
      household: 42,
      byCode: { PROVINCE_EMULATION_FLAG: 1, CULTURAL_FAMILY: 42 },
      byIssuer: { PROVINCE: 1, COMMUNE: 42 },
    })
    expect(awardTotals([]).total).toBe(0)
  })
})

describe('publishedFlags', () => {
  const computed = { rank: 5, grade: 'GOOD', indexPct: 80.1 }
  it.each([
    [null, []],
    [{ rank: 5, grade: 'GOOD', indexPct: 80.1 }, []],
    [{ rank: null, grade: null, indexPct: null }, []],
    [{ rank: 4, grade: 'GOOD', indexPct: 80.1 }, ['PUBLISHED_RANK_DIFFERS']],
    [{ rank: 5, grade: 'FAIR', indexPct: 80.1 }, ['PUBLISHED_GRADE_DIFFERS']],
    [{ rank: 5, grade: 'GOOD', indexPct: 80.11 }, []],
    [{ rank: 5, grade: 'GOOD', indexPct: 80.12 }, ['PUBLISHED_INDEX_DIFFERS']],
    [
      { rank: 6, grade: 'FAIR', indexPct: 79 },
      ['PUBLISHED_RANK_DIFFERS', 'PUBLISHED_GRADE_DIFFERS', 'PUBLISHED_INDEX_DIFFERS'],
    ],
  ])('%j → %j', (published, expected) => {
    expect(publishedFlags(computed, published)).toEqual(expected)
  })

  it('matches a published label against the computed code', () => {
    const bands = [{ code: 'GOOD', labelVi: 'Tốt', labelEn: 'Good', minPct: 80 }]
    expect(publishedFlags(computed, { rank: 5, grade: 'Tốt', indexPct: 80.1 }, bands)).toEqual([])
    expect(publishedFlags(computed, { rank: 5, grade: ' tốt ', indexPct: 80.1 }, bands)).toEqual([])
    expect(publishedFlags(computed, { rank: 5, grade: 'Khá', indexPct: 80.1 }, bands)).toEqual([
      'PUBLISHED_GRADE_DIFFERS',
    ])
  })

  it('does not compare a grade when none is computed', () => {
    expect(
      publishedFlags({ ...computed, grade: null }, { rank: 5, grade: 'GOOD', indexPct: 80.1 }),
    ).toEqual([])
  })
})
