// Why a compared unit has no result in the year compared, where the map says: a ward of 2024
// compared with the ward of 2025 it went into has none for 2025 because it ended on 30 June
// 2025, not because a figure is missing (ADR 014). A bare "no result" read as a gap in the data.
import type { CompareUnit } from '#shared/dto/compare.ts'
import { yearReferenceDate } from '#shared/domain/units.ts'

export type MissingYear =
  /**
   * Ended before the year's reference date; `successor`: a compared unit it went into, `through`
   * the unit it went into first, where that was another (Đông Xuyên into Mỹ Xuyên, then with it
   * into Long Xuyên).
   */
  | {
      kind: 'ended'
      end: string
      last: number | null
      successor: string | null
      through: string | null
    }
  /** Began after it; `sources`: the compared units that went into it. */
  | { kind: 'formed'; start: string; sources: string[] }
  /** In force that year: its result is simply not loaded. */
  | { kind: 'unknown' }

/** Each unit's predecessors as its results name them. */
function predecessorsOf(item: CompareUnit) {
  return item.years.flatMap((y) => y.notComparable?.predecessors ?? [])
}

/** Each unit's predecessors' codes, by the successor's code. */
function predecessorCodes(item: CompareUnit): Set<string> {
  return new Set(predecessorsOf(item).map((p) => p.unit.code))
}

/** Why `item` has no result in `year`, with the other compared units it is linked to. */
export function whyNoResult(
  item: CompareUnit,
  year: number,
  items: readonly CompareUnit[],
): MissingYear {
  const reference = yearReferenceDate(year)
  const { validFrom, validTo, code } = item.unit
  if (validTo !== null && validTo < reference) {
    const earlier = item.years.map((y) => y.year).filter((y) => y < year)
    const successor = items.find((other) => other !== item && predecessorCodes(other).has(code))
    const standing = successor && predecessorsOf(successor).find((p) => p.unit.code === code)
    return {
      kind: 'ended',
      end: validTo,
      last: earlier.length > 0 ? Math.max(...earlier) : null,
      successor: successor?.unit.name ?? null,
      through: standing?.via?.unit.name ?? null,
    }
  }
  if (validFrom !== null && validFrom > reference) {
    const own = predecessorCodes(item)
    return {
      kind: 'formed',
      start: validFrom,
      sources: items.filter((o) => o !== item && own.has(o.unit.code)).map((o) => o.unit.name),
    }
  }
  return { kind: 'unknown' }
}
