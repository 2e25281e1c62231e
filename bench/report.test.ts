// The phone budgets are judged only on the phone they assume: a CPU slow-down calibrated while
// the host was busier than in the budget runs emulated a faster phone, whose passes prove nothing.
import { describe, expect, it } from 'vitest'
import type { PhoneAudit } from './lighthouse.ts'
import { FLOOR_MEASURE } from './phone-floor-marks.ts'
import { floorTbtNote, phoneBudgets, phoneLines } from './report.ts'

const page = (tbtMs: number, benchmarkIndex: number): PhoneAudit => ({
  name: 'rankings',
  path: '/rankings',
  runs: 5,
  score: 95,
  lcpMs: 2200,
  tbtMs,
  cls: 0,
  fcpMs: 700,
  speedIndexMs: 800,
  benchmarkIndex,
  scores: [95],
  tbtsMs: [tbtMs],
  diagnostics: [],
  atDefaultSlowdown: null,
})

const phones = (
  calibrationIndex: number,
  pages: PhoneAudit[],
  floor: PhoneAudit | null = null,
) => ({
  phones: {
    measured: true as const,
    lighthouse: '13.5.0',
    chromium: '156',
    cpuSlowdown: 6,
    calibrationIndex,
    pages,
    floor,
    notes: [],
  },
})

const passes = (budgets: ReturnType<typeof phoneBudgets>) => budgets.map((b) => b.pass)

describe('phone budgets', () => {
  it('judges each figure when the runs read the host as the calibration did', () => {
    expect(passes(phoneBudgets(phones(2085, [page(177, 2100)])))).toEqual([true, true, true, true])
    expect(passes(phoneBudgets(phones(2085, [page(260, 2100)])))).toEqual([true, true, false, true])
  })

  it('leaves unjudged what a faster phone than assumed met, and keeps what it missed', () => {
    const budgets = phoneBudgets(phones(1386, [page(260, 2100)]))
    expect(passes(budgets)).toEqual([null, null, false, null])
    expect(budgets[0]?.note).toMatch(/^not judged/)
  })

  it('leaves unjudged what a slower phone than assumed missed', () => {
    expect(passes(phoneBudgets(phones(2800, [page(260, 1900)])))).toEqual([true, true, null, true])
  })
})

describe('the phone floor beside each TBT', () => {
  const floor = (tbtMs: number): PhoneAudit => ({
    ...page(tbtMs, 2100),
    name: 'floor: React alone',
  })

  it('notes React alone beside every page, and says when it is itself over the budget', () => {
    const budgets = phoneBudgets(phones(2085, [page(340, 2100)], floor(120)))
    const tbt = budgets.find((b) => b.name.endsWith('TBT'))
    expect(tbt?.pass).toBe(false)
    expect(tbt?.note).toBe('floor (React alone) 120.0 ms')
    expect(floorTbtNote(floor(260))).toBe(
      'floor (React alone) 260.0 ms, itself over the budget at this slow-down',
    )
  })

  it('adds no note without a floor', () => {
    const budgets = phoneBudgets(phones(2085, [page(177, 2100)]))
    expect(budgets.every((b) => b.note === undefined)).toBe(true)
  })

  it("prints the floor as a row of the table, with React's start as the page timed it", () => {
    const measured = { ...floor(120), measuresMs: { [FLOOR_MEASURE]: 67.04 } }
    const lines = phoneLines(phones(2085, [page(340, 2100)], measured).phones)
    expect(lines.some((l) => l.includes('\nfloor: React alone  '))).toBe(true)
    expect(lines).toContain(
      "  floor: React alone: the same audit of a page that only starts React (bench/phone-floor.ts), React started in 67.0 ms as observed; each page's TBT less it: rankings 220.0 ms",
    )
  })

  it("prints the spread of a page's TBT over its runs beside the median run's", () => {
    const spread = { ...page(340, 2100), scores: [88, 95, 97], tbtsMs: [890, 340, 54] }
    const steady = { ...page(120, 2100), name: 'overview', scores: [96, 96], tbtsMs: [120, 120] }
    const table = phoneLines(phones(2085, [spread, steady]).phones).join('\n')
    expect(table).toContain('TBT (runs)')
    expect(table).toMatch(/\nrankings .* 340\.0 ms \(54–890\) /)
    expect(table).toMatch(/\noverview .* 120\.0 ms \(120\) /)
  })
})
