// Rows → shared/dto. pg returns count(*) and rank() as int8, which the driver would hand over as
// strings; create-db.ts installs a parser, and these mappers still wrap them in Number() so a
// driver without it cannot leak strings into JSON (STYLE B.6).
import type { UnitKind } from '#shared/domain/units.ts'
import type { CohortList, CohortSummary } from '#shared/dto/cohort.ts'
import type { Unit, UnitRef } from '#shared/dto/unit.ts'
import type { GradeBand } from '#shared/kpi/grade.ts'
import type { SchemeGradeBandRow, UnitRow } from '../../db/schema.ts'
import type { findCohortYearCounts } from './cohorts.repository.ts'
import { compareVietnamese } from '#shared/text/compare-vietnamese.ts'

export function toUnit(row: UnitRow): Unit {
  return {
    code: row.code,
    name: row.name,
    kind: row.kind as UnitKind,
    parentCode: row.parent_code,
    validFrom: row.valid_from === null ? null : Number(row.valid_from),
    validTo: row.valid_to === null ? null : Number(row.valid_to),
  }
}

export function toUnitRef(row: { code: string; name: string }): UnitRef {
  return { code: row.code, name: row.name }
}

/** Bands of one scheme, highest threshold first. */
export function toGradeBands(
  rows: readonly SchemeGradeBandRow[],
  schemeId: string | undefined,
): GradeBand[] {
  return rows
    .filter((r) => r.scheme_id === schemeId)
    .map((r) => ({
      code: r.grade_code,
      labelVi: r.label_vi,
      labelEn: r.label_en,
      minPct: Number(r.min_pct),
    }))
    .sort((a, b) => b.minPct - a.minPct)
}

type CohortYearRow = Awaited<ReturnType<typeof findCohortYearCounts>>[number]

/** Folds (parent, kind, year) counts into one entry per cohort, parents in Vietnamese order. */
export function toCohortList(rows: readonly CohortYearRow[]): CohortList {
  const byKey = new Map<string, CohortSummary>()
  for (const row of rows) {
    const key = `${row.parent_code}\u0000${row.kind}`
    const year = Number(row.year)
    const entry = byKey.get(key) ?? {
      parent: { code: row.parent_code, name: row.parent_name },
      kind: row.kind as UnitKind,
      years: [],
      latestYear: year,
      unitCount: 0,
    }
    entry.years.push(year)
    if (year >= entry.latestYear) {
      entry.latestYear = year
      entry.unitCount = Number(row.unit_count)
    }
    byKey.set(key, entry)
  }
  const items = [...byKey.values()]
  for (const item of items) item.years.sort((a, b) => a - b)
  items.sort(
    (a, b) => compareVietnamese(a.parent.name, b.parent.name) || a.kind.localeCompare(b.kind),
  )
  return { items }
}
