import { describe, expect, it } from 'vitest'
import { earlierStepsByUnit, predecessorSteps } from './predecessor-steps.ts'

/** A predecessor by code, gone into `via` on `date` (null: taken in by the successor itself). */
const p = (code: string, via: string | null = null, date = '2025-01-01') => ({
  unit: { code, name: code },
  parent: null,
  year: 2024,
  indexPct: 80,
  rank: 1,
  total: 13,
  via: via === null ? null : { unit: { code: via, name: via }, date },
})

describe('predecessors as steps', () => {
  it('lists the units taken in directly, each with those that went into it before', () => {
    // Phường Long Xuyên: six wards on 1 July 2025, Đông Xuyên into Mỹ Xuyên on 1 January.
    const steps = predecessorSteps([p('MY_LONG'), p('MY_XUYEN'), p('DONG_XUYEN', 'MY_XUYEN')])
    expect(steps.map((s) => s.unit.unit.code)).toEqual(['MY_LONG', 'MY_XUYEN'])
    expect(steps[0]?.earlier).toEqual([])
    expect(steps[1]?.earlier).toEqual([
      { date: '2025-01-01', units: [p('DONG_XUYEN', 'MY_XUYEN')] },
    ])
  })

  it('follows steps further back, oldest first, each unit once', () => {
    const steps = predecessorSteps([
      p('C'),
      p('B', 'C', '2025-03-01'),
      p('A', 'B', '2025-01-01'),
      p('D', 'C', '2025-03-01'),
    ])
    expect(steps.map((s) => s.unit.unit.code)).toEqual(['C'])
    expect(steps[0]?.earlier.map((e) => [e.date, e.units.map((u) => u.unit.code)])).toEqual([
      ['2025-01-01', ['A']],
      ['2025-03-01', ['B', 'D']],
    ])
  })

  it('keeps one whose unit between is not listed on its own, its step on it', () => {
    const steps = predecessorSteps([p('MY_LONG'), p('DONG_XUYEN', 'MY_XUYEN')])
    expect(steps.map((s) => [s.unit.unit.code, s.unit.via?.unit.code ?? null])).toEqual([
      ['MY_LONG', null],
      ['DONG_XUYEN', 'MY_XUYEN'],
    ])
  })

  it('keys the steps by the unit taken in, whatever the case of its code', () => {
    const byUnit = earlierStepsByUnit([p('My_Xuyen'), p('DONG_XUYEN', 'MY_XUYEN'), p('MY_LONG')])
    expect([...byUnit.keys()]).toHaveLength(1)
    expect(byUnit.get('MY_XUYEN')?.[0]?.units.map((u) => u.unit.code)).toEqual(['DONG_XUYEN'])
  })
})
