import { schemesDiffer } from '#shared/kpi/comparability.ts'
import { KPI_FIELDS, knownFieldName } from '#shared/domain/kpi-fields.ts'
import { unitCodeKey, yearReferenceDate, type LineageEvent } from '#shared/domain/units.ts'
import type { ProfileYear } from '#shared/dto/profile.ts'
import type { NotComparable } from '#shared/dto/ranking.ts'
import type { LineageEntry, Placement } from '#shared/dto/unit.ts'
import type { Language } from '#client/lib/format.ts'

export type IndexYearRow = {
  year: number
  indexPct: number
  /** null for index-only results. */
  points: number | null
  maxPoints: number | null
  rank: number
  total: number
  /** A rank computed among the units loaded of a partial table (of those loaded). */
  amongLoaded: boolean
  grade: string | null
  deltaPct: number | null
  rankChange: number | null
  notComparable: NotComparable | null
  /**
   * Which unbroken stretch of years the row belongs to (0, 1, …): the rank line is not drawn
   * across a break, nor across a rank move withheld (a cohort of another size: 3/63 then 1/34).
   */
  segment: number
}

/** What separates two years of a unit's history: lineage events, or a change of cohort. */
export type YearBreak = {
  /** The later year: the break is drawn just before it. */
  year: number
  previousYear: number
  /**
   * Lineage events in between, oldest first. 'COHORT': ranked in another cohort; 'LINEAGE': the
   * API withheld the change for a lineage event the profile does not list; 'SCHEME': another
   * assessment method (scheme) scored the later year, so neither its index nor its rank compares.
   */
  events: { event: BreakEvent; date: string | null }[]
}

export type BreakEvent = LineageEvent | 'COHORT' | 'LINEAGE' | 'SCHEME'

type CohortOf = ProfileYear['cohort']

const sameCohort = (a: CohortOf, b: CohortOf) =>
  unitCodeKey(a.parent.code) === unitCodeKey(b.parent.code) &&
  a.kind === b.kind &&
  (a.block ?? '') === (b.block ?? '')

/**
 * Breaks between consecutive years of a unit's results (ADR 014): a lineage event touching the
 * unit after 31 December of the earlier year and by 31 December of the later one, a change of
 * the cohort it was ranked in (then dated by the placement that began in between, if any), or a
 * change of the assessment method the API withheld the change for.
 */
export function yearBreaks(
  years: readonly ProfileYear[],
  lineage: readonly LineageEntry[],
  placements: readonly Placement[],
): YearBreak[] {
  const sorted = [...years].sort((a, b) => a.year - b.year)
  const breaks: YearBreak[] = []
  for (let i = 1; i < sorted.length; i += 1) {
    const before = sorted[i - 1]
    const after = sorted[i]
    if (!before || !after) continue
    const from = yearReferenceDate(before.year)
    const to = yearReferenceDate(after.year)
    const between = (date: string) => date > from && date <= to
    const events: YearBreak['events'] = lineage
      .filter((l) => between(l.effectiveDate))
      .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate))
      .map((l) => ({ event: l.event, date: l.effectiveDate }))
    const withheld =
      after.notComparable?.previousYear === before.year ? after.notComparable.reason : null
    if (
      events.length === 0 &&
      (!sameCohort(before.cohort, after.cohort) || withheld === 'COHORT' || withheld === 'LINEAGE')
    ) {
      const moved = placements.find((p) => between(p.validFrom))
      events.push({
        event: withheld === 'LINEAGE' ? 'LINEAGE' : 'COHORT',
        date: moved?.validFrom ?? null,
      })
    }
    // A change of method is drawn as a break too: the chart's image leaves the page's note out,
    // and a line stopping without a mark reads as a missing year. Named beside a merger or a
    // change of cohort in the same gap (the 2025 map came with new methods): the change withheld
    // gives one reason, the schemes of the two years say whether the method changed as well.
    if (withheld === 'SCHEME' || schemesDiffer(before.schemeId, after.schemeId))
      events.push({ event: 'SCHEME', date: null })
    const unique = events.filter(
      (e, j) => events.findIndex((o) => o.event === e.event && o.date === e.date) === j,
    )
    if (unique.length > 0)
      breaks.push({ year: after.year, previousYear: before.year, events: unique })
  }
  return breaks
}

/**
 * The unit's index and rank per year, ascending, each with its stretch of comparable ranks: a
 * break starts a new one, and so does a year whose rank move on the year before is withheld.
 */
export function toIndexSeries(
  years: readonly ProfileYear[],
  breaks: readonly YearBreak[] = [],
): IndexYearRow[] {
  const breakYears = new Set(breaks.map((b) => b.year))
  let segment = 0
  return [...years]
    .sort((a, b) => a.year - b.year)
    .map((y, i, sorted) => {
      const before = sorted[i - 1]
      const rankMoveWithheld = before !== undefined && y.notComparable?.previousYear === before.year
      if (before && (breakYears.has(y.year) || rankMoveWithheld)) segment += 1
      return {
        year: y.year,
        indexPct: y.indexPct,
        points: y.points,
        maxPoints: y.maxPoints,
        rank: y.rank,
        total: y.total,
        amongLoaded: y.amongLoaded,
        grade: y.grade,
        deltaPct: y.deltaPct,
        rankChange: y.rankChange,
        notComparable: y.notComparable,
        segment,
      }
    })
}

export type FieldRow = {
  code: string
  label: string
  points: number
  maxPoints: number | null
  cohortBest: number | null
  cohortAverage: number | null
  /** Points lost against the maximum: what a department head looks for first. */
  lost: number | null
}

export function fieldLabel(code: string, lang: Language): string {
  return knownFieldName(code, lang) ?? code
}

function fieldOrder(code: string): number {
  const i = (KPI_FIELDS as readonly string[]).indexOf(code)
  return i === -1 ? KPI_FIELDS.length : i
}

/** Rows keyed by field code, in the fields' canonical order (LEADERSHIP … ADJUSTMENT). */
export function sortByField<T extends { field: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => fieldOrder(a.field) - fieldOrder(b.field))
}

/** Field-by-field points against the maximum and the cohort's best, in the scheme's field order. */
export function toFieldSeries(year: ProfileYear | undefined, lang: Language): FieldRow[] {
  if (!year) return []
  return [...year.fields]
    .sort((a, b) => fieldOrder(a.code) - fieldOrder(b.code))
    .map((f) => ({
      code: f.code,
      label: fieldLabel(f.code, lang),
      points: f.points,
      maxPoints: f.maxPoints,
      cohortBest: f.cohortBest,
      cohortAverage: f.cohortAverage,
      lost: f.maxPoints === null ? null : Math.round((f.maxPoints - f.points) * 100) / 100,
    }))
}
