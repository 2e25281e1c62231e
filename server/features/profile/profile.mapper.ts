// Profile rows → UnitProfile. rank()/count() are int8 and avg() is numeric on PostgreSQL; the pg
// parsers in create-db.ts make them numbers and Number() here covers any path without them.
import { isRankAmongLoaded, rankDenominator } from '#shared/kpi/rank-denominator.ts'
import type { UnitKind } from '#shared/domain/units.ts'
import type { CohortRef } from '#shared/dto/cohort.ts'
import type { FieldResult, ProfileTasks, ProfileYear, UnitProfile } from '#shared/dto/profile.ts'
import { awardTotals } from '#shared/kpi/award-totals.ts'
import type { AwardDecision } from '#shared/text/source-line.ts'
import { round } from '#shared/kpi/round.ts'
import { emptyTaskCounts, sumTaskCounts, taskCompletion } from '#shared/kpi/task-completion.ts'
import type { UnitRow } from '../../db/schema.ts'
import { toGradeBands, toUnit } from '#server/cohorts/cohorts.mapper.ts'
import { cohortYearShapeOf, toRankingEntry } from '../rankings/rankings.mapper.ts'
import { toLineageEntry, toPlacement } from '../units/units.mapper.ts'
import type { ProfileParts } from './profile.repository.ts'
import { toAwardLine } from '../awards/awards.mapper.ts'
import { toTaskCounts } from '../tasks/tasks.mapper.ts'

function toFields(p: ProfileParts, year: number): FieldResult[] {
  const schemeId = p.yearSchemes.get(year)
  const schemeMax = new Map(
    p.schemeFields
      .filter((f) => f.scheme_id === schemeId)
      .map((f) => [f.field_code, Number(f.max_points)]),
  )
  const order = [...schemeMax.keys()]
  return p.fields
    .filter((f) => Number(f.year) === year)
    .map((f) => {
      const stats = p.fieldStats.find(
        (s) => Number(s.year) === year && s.field_code === f.field_code,
      )
      return {
        code: f.field_code,
        points: Number(f.points),
        maxPoints:
          f.max_points === null ? (schemeMax.get(f.field_code) ?? null) : Number(f.max_points),
        cohortBest: stats ? Number(stats.best) : null,
        cohortAverage: stats ? round(Number(stats.average), 2) : null,
      }
    })
    .sort((a, b) => rankOf(order, a.code) - rankOf(order, b.code) || a.code.localeCompare(b.code))
}

const rankOf = (order: string[], code: string) =>
  order.includes(code) ? order.indexOf(code) : order.length

function toTasks(p: ProfileParts, year: number): ProfileTasks | null {
  const rows = p.tasks.filter((t) => Number(t.year) === year)
  if (rows.length === 0) return null
  const byField = new Map<string, ReturnType<typeof emptyTaskCounts>>()
  for (const row of rows) {
    const counts = toTaskCounts(row)
    byField.set(
      row.field_code,
      sumTaskCounts([byField.get(row.field_code) ?? emptyTaskCounts(), counts]),
    )
  }
  const all = sumTaskCounts([...byField.values()])
  return {
    ...taskCompletion(all),
    byField: [...byField]
      .filter(([field]) => field !== '')
      .map(([field, counts]) => ({ field, ...taskCompletion(counts) })),
  }
}

/** A year's award decisions, each once, by date then number (as the cohort's awards list them). */
function awardDecisionsOf(
  rows: readonly { decision_no: string | null; decision_date: string | null }[],
): AwardDecision[] {
  const byKey = new Map<string, AwardDecision>()
  for (const r of rows)
    byKey.set(`${r.decision_date ?? ''}\u0000${r.decision_no ?? ''}`, {
      decisionNo: r.decision_no,
      decisionDate: r.decision_date,
    })
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, d]) => d)
}

function toCohortRef(
  found: ProfileParts['cohortOfYear'] extends Map<number, infer V> ? V | undefined : never,
  unit: UnitRow,
): CohortRef {
  if (!found) return { parent: { code: '', name: '' }, kind: unit.kind as UnitKind, block: null }
  return {
    parent: { code: found.cohort.parentCode, name: found.parentName },
    kind: found.cohort.kind as UnitKind,
    block: found.cohort.block === '' ? null : found.cohort.block,
  }
}

export function toUnitProfile(unit: UnitRow, p: ProfileParts): UnitProfile {
  const latestYear = p.ranked.at(-1)?.year
  const latestBands = toGradeBands(
    p.bands,
    latestYear === undefined ? undefined : p.yearSchemes.get(Number(latestYear)),
  )
  const years: ProfileYear[] = p.ranked.map((row) => {
    const year = Number(row.year)
    const shape = cohortYearShapeOf(row, p.schemeChanged.get(year) ?? false)
    const bands = toGradeBands(p.bands, p.yearSchemes.get(year))
    const entry = toRankingEntry(row, year, bands, shape)
    const awards = p.awards.filter((a) => Number(a.year) === year).map(toAwardLine)
    return {
      year,
      cohort: toCohortRef(p.cohortOfYear.get(year), unit),
      indexPct: entry.indexPct,
      schemeId: p.yearSchemes.get(year) ?? null,
      points: entry.points,
      maxPoints: entry.maxPoints,
      rank: entry.rank,
      computedRank: entry.computedRank,
      total: rankDenominator(entry.published?.rank, shape),
      ranked: shape.ranked,
      amongLoaded: isRankAmongLoaded(entry.published?.rank, shape),
      grade: entry.grade,
      status: entry.status,
      published: entry.published,
      flags: entry.flags,
      previous: entry.previous,
      deltaPct: entry.deltaPct,
      rankChange: entry.rankChange,
      notComparable: entry.notComparable,
      fields: toFields(p, year),
      tasks: toTasks(p, year),
      awards: awards.length === 0 ? null : awardTotals(awards),
      awardDecisions: awardDecisionsOf(p.awards.filter((a) => Number(a.year) === year)),
    }
  })
  const placement = p.placements.at(-1)
  const latest = years.at(-1)?.cohort ?? null
  return {
    unit: toUnit(unit, placement),
    parent: placement?.parent_code
      ? { code: placement.parent_code, name: placement.parent_name ?? placement.parent_code }
      : null,
    cohort: latest,
    lineage: p.lineage.map(toLineageEntry),
    placements: p.placements.map(toPlacement),
    years,
    gradeBands: latestBands,
  }
}
