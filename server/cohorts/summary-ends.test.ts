// The stored ends, sliced to any size a summary asks for, against every list cut from all rows:
// cohort-years larger than what is stored, with runs of tied ranks, changes and rank moves, and
// units new or withheld.
import { describe, expect, it } from 'vitest'
import { MAX_ENDS } from '#shared/schemas/cohorts.schema.ts'
import { type EndsRow, cutSummaryEnds, storedEndsAt, storedEndsOf } from './summary-ends.ts'

/** `size` rows whose values repeat in short runs (a deterministic spread, no randomness). */
function cohortYear(size: number): EndsRow[] {
  return Array.from({ length: size }, (_, i) => {
    const reason = i % 11 === 3 ? 'LINEAGE' : i % 13 === 5 ? 'COHORT' : null
    const isNew = i % 7 === 2
    const hasChange = reason === null && !isNew
    return {
      // Codes not in rank order, so the code tie-break is exercised.
      unit_code: `U${String((i * 37) % 1000).padStart(3, '0')}-${i}`,
      rank: 1 + Math.floor(i / 3) * 3,
      delta_pct: hasChange ? ((i * 17) % 23) - 11 : null,
      rank_change: hasChange && i % 5 !== 0 ? ((i * 29) % 31) - 15 : null,
      not_comparable: reason,
    }
  })
}

describe('stored summary ends', () => {
  it('give, at every size up to the largest asked, the lists cut from all rows', () => {
    for (const size of [0, 1, 7, MAX_ENDS, MAX_ENDS + 1, 300]) {
      const rows = cohortYear(size)
      const stored = storedEndsOf(rows)
      for (let n = 0; n <= MAX_ENDS; n += 1)
        expect(storedEndsAt(stored, n), `${size}, ${n}`).toEqual(cutSummaryEnds(rows, n))
    }
  })

  it('hold the worst last in the bottom list, and nothing past the largest size asked', () => {
    const rows = cohortYear(300)
    const ends = storedEndsAt(storedEndsOf(rows), 3)!
    const last = [...rows].sort((a, b) => b.rank - a.rank || (a.unit_code < b.unit_code ? 1 : -1))
    expect(ends.lists.bottom).toEqual(
      last
        .slice(0, 3)
        .reverse()
        .map((r) => r.unit_code),
    )
    expect(storedEndsAt(storedEndsOf(rows), MAX_ENDS + 1)).toBeNull()
    expect(storedEndsAt(null, 3)).toBeNull()
  })

  it('are left to the caller when cut smaller, or for other withheld reasons, than it needs', () => {
    const rows = cohortYear(300)
    const stored = JSON.parse(storedEndsOf(rows)) as { size: number; reasons: string[] }
    // Lists a release with a smaller largest size stored: enough up to it, not past it.
    const smaller = JSON.stringify({ ...stored, size: 10 })
    expect(storedEndsAt(smaller, 10)).toEqual(cutSummaryEnds(rows, 10))
    expect(storedEndsAt(smaller, 11)).toBeNull()
    // Lists stored for the reasons in another order are not these lists.
    const reordered = JSON.stringify({ ...stored, reasons: [...stored.reasons].reverse() })
    expect(storedEndsAt(reordered, 3)).toBeNull()
  })

  it('are left to the caller when the text is of another shape or does not parse', () => {
    const rows = cohortYear(60)
    // As the first release of stored ends wrote them: the lists without their size and reasons.
    const {
      size: _size,
      reasons: _reasons,
      ...lists
    } = JSON.parse(storedEndsOf(rows)) as Record<string, unknown>
    expect(storedEndsAt(JSON.stringify(lists), 3)).toBeNull()
    expect(storedEndsAt('{"lists":{}}', 3)).toBeNull()
    expect(storedEndsAt('{"lists":', 3)).toBeNull()
  })
})
