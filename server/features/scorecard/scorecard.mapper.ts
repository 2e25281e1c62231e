// Scorecard rows → DTO: each field's points as a share of the unit's maximum for it, banded by the
// scheme's grade bands, with the change on the previous year only where the unit's index change
// is claimed (the ranking's rule, ADR 014: same unit, same cohort, same scheme, no lineage event).
import { isRankAmongLoaded } from '#shared/kpi/rank-denominator.ts'
import type {
  ScorecardCell,
  ScorecardField,
  ScorecardReference,
  ScorecardRow,
} from '#shared/dto/scorecard.ts'
import type { NotComparableReason } from '#shared/kpi/comparability.ts'
import { gradeFor, type GradeBand } from '#shared/kpi/grade.ts'
import { round } from '#shared/kpi/round.ts'
import { KPI_FIELDS } from '#shared/domain/kpi-fields.ts'
import { parseFieldPoints, type FieldPoint } from '../../db/field-points.ts'
import type { ScorecardDbRow } from './scorecard.repository.ts'

/** A field's share of a maximum; null when the maximum is unknown or zero. */
export function sharePct(points: number, max: number | null): number | null {
  return max === null || max === 0 ? null : round((points / max) * 100)
}

function shareOf(point: FieldPoint | undefined, schemeMax: ReadonlyMap<string, number>) {
  if (!point) return null
  const max = point.max_points ?? schemeMax.get(point.field_code) ?? null
  return { points: point.points, maxPoints: max, sharePct: sharePct(point.points, max) }
}

const byField = (points: FieldPoint[]) => new Map(points.map((p) => [p.field_code, p]))

/**
 * The fields shown: the scheme's, in its order; fields with points the scheme lacks (or every
 * field with points, without a scheme) after them in the taxonomy's order.
 */
export function scorecardFields(
  maxima: ReadonlyMap<string, number>,
  rows: readonly ScorecardDbRow[],
): ScorecardField[] {
  const fields: ScorecardField[] = [...maxima].map(([code, max]) => ({ code, maxPoints: max }))
  const seen = new Set<string>()
  for (const row of rows)
    for (const p of parseFieldPoints(row.unit_code, 0, row.field_points)) seen.add(p.field_code)
  const extra = [...seen].filter((code) => !maxima.has(code))
  const order = (code: string) => {
    const at = (KPI_FIELDS as readonly string[]).indexOf(code)
    return at === -1 ? KPI_FIELDS.length : at
  }
  extra.sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1))
  return [...fields, ...extra.map((code) => ({ code, maxPoints: null }))]
}

export type ScorecardInputs = {
  fields: readonly ScorecardField[]
  maxima: ReadonlyMap<string, number>
  previousMaxima: ReadonlyMap<string, number>
  bands: readonly GradeBand[]
  /** The cohort-year's size shown and units ranked (a rank among the loaded is of these). */
  shape: { total: number; ranked: number }
}

/** One unit's scorecard line. */
export function toScorecardRow(row: ScorecardDbRow, inputs: ScorecardInputs): ScorecardRow {
  const now = byField(parseFieldPoints(row.unit_code, 0, row.field_points))
  const comparable = row.delta_pct !== null
  const before = comparable
    ? byField(parseFieldPoints(row.unit_code, 0, row.previous_field_points))
    : new Map<string, FieldPoint>()
  const cells: Record<string, ScorecardCell | null> = {}
  for (const { code } of inputs.fields) {
    const share = shareOf(now.get(code), inputs.maxima)
    if (!share) {
      cells[code] = null
      continue
    }
    const previous = shareOf(before.get(code), inputs.previousMaxima)
    cells[code] = {
      ...share,
      band: share.sharePct === null ? null : gradeFor(share.sharePct, inputs.bands),
      deltaPct:
        share.sharePct === null || previous?.sharePct == null
          ? null
          : round(share.sharePct - previous.sharePct),
    }
  }
  return {
    unit: { code: row.unit_code, name: row.unit_name },
    rank: Number(row.published_rank ?? row.rank),
    amongLoaded: isRankAmongLoaded(row.published_rank, inputs.shape),
    indexPct: Number(row.index_pct),
    grade: row.grade,
    notComparable: (row.not_comparable as NotComparableReason | null) ?? null,
    cells,
  }
}

/** The median of some values (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const middle =
    sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
  return round(middle ?? 0)
}

/** The cohort's best and median share per field (and index), over every unit with a value. */
export function scorecardReferences(
  rows: readonly ScorecardRow[],
  fields: readonly ScorecardField[],
): { best: ScorecardReference; median: ScorecardReference } {
  const best: ScorecardReference = { indexPct: null, cells: {} }
  const mid: ScorecardReference = { indexPct: null, cells: {} }
  const indices = rows.map((r) => r.indexPct)
  best.indexPct = indices.length === 0 ? null : indices.reduce((a, b) => Math.max(a, b))
  mid.indexPct = median(indices)
  for (const { code } of fields) {
    const shares = rows.flatMap((r) => {
      const share = r.cells[code]?.sharePct
      return share == null ? [] : [share]
    })
    best.cells[code] = shares.length === 0 ? null : shares.reduce((a, b) => Math.max(a, b))
    mid.cells[code] = median(shares)
  }
  return { best, median: mid }
}
