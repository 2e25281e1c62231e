import type { CompareYear, ComparisonData } from '#shared/dto/compare.ts'
import type { NotComparable } from '#shared/dto/ranking.ts'
import { schemesDiffer } from '#shared/kpi/comparability.ts'
import { deltaPct } from '#shared/kpi/year-over-year.ts'

/** Index per year (rows) × unit (columns); null where a unit has no result that year. */
export function toCompareYearRows(comparison: ComparisonData): Record<string, number | null>[] {
  return comparison.years.map((year) => {
    const row: Record<string, number | null> = { year }
    for (const item of comparison.items)
      row[item.unit.code] = item.years.find((y) => y.year === year)?.indexPct ?? null
    return row
  })
}

/** Reasons that mean another unit, another cohort or another method: no line across them. */
const BREAKING = new Set(['LINEAGE', 'COHORT', 'SCHEME'])

type CompareItem = ComparisonData['items'][number]

/** Where a unit's line stops: the year, the change withheld and any further reason in the gap. */
export type LineBreak = { year: number; reason: NotComparable; also: NotComparable['reason'][] }

/**
 * Where a unit's line stops and starts again, and why: a year whose change is withheld for a
 * merger, a change of cohort or of method (ADR 014), or scored by another scheme than the unit's
 * result before it (a change withheld gives one reason: the schemes say whether the method moved
 * as well; across a gap of years no change is withheld at all).
 */
export function lineBreaks(item: CompareItem): LineBreak[] {
  const out: LineBreak[] = []
  const years = [...item.years].sort((a, b) => a.year - b.year)
  years.forEach((result, i) => {
    const before = years[i - 1]
    if (!before) return
    const withheld = result.notComparable
    const breaking = withheld && BREAKING.has(withheld.reason) ? withheld : null
    const otherScheme = schemesDiffer(before.scheme?.id, result.scheme?.id)
    if (breaking)
      out.push({
        year: result.year,
        reason: breaking,
        also: otherScheme && breaking.reason !== 'SCHEME' ? ['SCHEME'] : [],
      })
    else if (otherScheme)
      out.push({
        year: result.year,
        reason: { reason: 'SCHEME', rankOnly: false, previousYear: before.year, predecessors: [] },
        also: [],
      })
  })
  return out
}

/** A break every compared unit's line has before `year`, and the reasons for it, each once. */
export type CommonBreak = { year: number; reasons: NotComparable['reason'][] }

/**
 * The years before which every compared unit's line stops (lineBreaks), whatever year each line
 * last had a point in: no line crosses the gap there, so it can be drawn as one labelled break.
 * The reasons are every unit's, in the order the units are compared, each once. A year where only
 * some units break is none: a line down the whole plot would say every unit's results stop
 * comparing there, while the others' lines run on through it (their gaps and the notes under the
 * chart say which units stop).
 */
export function commonBreaks(comparison: ComparisonData): CommonBreak[] {
  const perUnit = comparison.items.map((item) => lineBreaks(item))
  const [first, ...rest] = perUnit
  if (!first) return []
  return first
    .filter((b) => rest.every((breaks) => breaks.some((other) => other.year === b.year)))
    .map((b) => {
      const inGap = perUnit.flatMap((breaks) => breaks.filter((other) => other.year === b.year))
      const reasons = inGap.flatMap((other) => [other.reason.reason, ...other.also])
      return { year: b.year, reasons: [...new Set(reasons)] }
    })
}

/**
 * The index-per-year rows split into stretches at each unit's line breaks (lineBreaks). Keys are
 * the unit code for its first stretch, then `CODE~1`, `CODE~2`…; `segments` names each key's
 * unit.
 */
export function toCompareYearSegments(comparison: ComparisonData) {
  const rows: Record<string, number | null>[] = comparison.years.map((year) => ({ year }))
  const segments: { key: string; unit: string }[] = []
  for (const item of comparison.items) {
    const breakYears = new Set(lineBreaks(item).map((b) => b.year))
    let stretch = 0
    const keys = new Set<string>()
    for (const [i, year] of comparison.years.entries()) {
      const result = item.years.find((y) => y.year === year)
      if (!result) continue
      if (breakYears.has(year) && keys.size > 0) stretch += 1
      const key = stretch === 0 ? item.unit.code : `${item.unit.code}~${stretch}`
      keys.add(key)
      const row = rows[i]
      if (row) row[key] = result.indexPct
    }
    for (const key of keys) segments.push({ key, unit: item.unit.code })
  }
  for (const row of rows) for (const { key } of segments) row[key] ??= null
  return { rows, segments }
}

export type CompareChangeRow = {
  code: string
  name: string
  year: number
  indexPct: number
  rank: number
  total: number
  deltaPct: number | null
  rankChange: number | null
  notComparable: CompareYear['notComparable']
  /** The parent of the cohort the unit was ranked in that year (its predecessors' named beside it). */
  parentCode: string
}

/**
 * Each unit's change on the previous year in `year`. The index change is the API's claim made
 * visible: given only where the previous year is the same unit's, in a comparable cohort (no
 * withheld change, or the rank move alone withheld).
 */
export function toCompareChanges(comparison: ComparisonData, year: number): CompareChangeRow[] {
  return comparison.items.flatMap((item) => {
    const current = item.years.find((y) => y.year === year)
    if (!current) return []
    const previous = item.years.find((y) => y.year === year - 1)
    const nc = current.notComparable
    const comparable = previous !== undefined && (nc === null || nc.rankOnly)
    return [
      {
        code: item.unit.code,
        name: item.unit.name,
        year,
        indexPct: current.indexPct,
        rank: current.rank,
        total: current.total,
        deltaPct: comparable ? deltaPct(current.indexPct, previous.indexPct) : null,
        rankChange: current.rankChange,
        notComparable: nc,
        parentCode: current.cohort.parent.code,
      },
    ]
  })
}

/** One compared unit gone into another compared unit, between `year` − 1 and `year`. */
export type Succession = {
  from: { code: string; name: string }
  to: { code: string; name: string }
  /** The successor's first year after the change: its result that names `from` as predecessor. */
  year: number
  /**
   * The day `from`'s work went into the successor, where known: the day after it ended, for a
   * unit the successor took in itself; for one taken in by a unit between, the day the successor
   * was formed (when after that step).
   */
  date: string | null
  /** The unit between, and the day `from` went into it (Đông Xuyên into Mỹ Xuyên, 01/01/2025). */
  through: { name: string; date: string } | null
}

/**
 * Which compared units went into which other compared unit: a ward of 2019–2024 beside the ward
 * of 2025 it was merged into are two lines, one stopping as the other starts, and nothing on the
 * chart said that one became the other (ADR 072). Read from the successor's results, whose
 * withheld change names its predecessors (and the unit between, where one went in through
 * another within the year), in the order the units are compared.
 */
export function successions(comparison: ComparisonData): Succession[] {
  const out: Succession[] = []
  for (const to of comparison.items)
    for (const result of [...to.years].sort((a, b) => a.year - b.year)) {
      const named = result.notComparable?.predecessors ?? []
      for (const from of comparison.items) {
        const standing = named.find((p) => p.unit.code === from.unit.code)
        if (from === to || !standing) continue
        if (out.some((s) => s.from.code === from.unit.code && s.to.code === to.unit.code)) continue
        const via = standing.via
        const formed = to.unit.validFrom
        out.push({
          from: { code: from.unit.code, name: from.unit.name },
          to: { code: to.unit.code, name: to.unit.name },
          year: result.year,
          date: via
            ? formed !== null && formed > via.date
              ? formed
              : null
            : from.unit.validTo && dayAfter(from.unit.validTo),
          through: via && { name: via.unit.name, date: via.date },
        })
      }
    }
  return out
}

/** The day after an ISO date (`2025-06-30` → `2025-07-01`): the day a unit that ended went on. */
export function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/** Compared units gone into one compared unit at one change of the map: "A, B → C". */
export type WentInto = Omit<Succession, 'from' | 'to'> & { to: string; from: string[] }

/**
 * The successions by name, those taken in directly on one day into one successor together, each
 * taken in through another unit alone (its step said), in the order compared.
 */
export function wentIntoGroups(comparison: ComparisonData): WentInto[] {
  const groups: WentInto[] = []
  for (const s of successions(comparison)) {
    const same = s.through
      ? undefined
      : groups.find(
          (g) => !g.through && g.to === s.to.name && g.year === s.year && g.date === s.date,
        )
    if (same) same.from.push(s.from.name)
    else groups.push({ ...s, to: s.to.name, from: [s.from.name] })
  }
  return groups
}
