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
