// Rows → shared/dto. pg returns count(*) and rank() as int8, which the driver would hand over as
// strings; create-db.ts installs a parser, and these mappers still wrap them in Number() so a
// driver without it cannot leak strings into JSON (STYLE B.6).
import type { UnitKind, UnitTitle } from '#shared/domain/units.ts'
import type { CohortList, CohortSummary } from '#shared/dto/cohort.ts'
import type { Unit, UnitRef } from '#shared/dto/unit.ts'
import type { GradeBand } from '#shared/kpi/grade.ts'
import type { SchemeGradeBandRow, UnitRow } from '#server/db/schema.ts'
import type { findCohortYearCounts } from './cohorts.repository.ts'
import { compareVietnamese } from '#shared/text/compare-vietnamese.ts'

/** A unit with the placement in force at the read's date (null parent and title: none then). */
export function toUnit(
  row: UnitRow,
  placement: { parent_code: string | null; title: string | null } | undefined,
): Unit {
  return {
    code: row.code,
    name: row.name,
    kind: row.kind as UnitKind,
    parentCode: placement?.parent_code ?? null,
    title: (placement?.title ?? null) as UnitTitle | null,
    validFrom: row.valid_from,
    validTo: row.valid_to,
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
      // 0/1 integer on both databases (no boolean columns, STYLE B.6).
      minInclusive: Number(r.min_inclusive) !== 0,
    }))
    .sort((a, b) => b.minPct - a.minPct)
}

type CohortYearRow = Awaited<ReturnType<typeof findCohortYearCounts>>[number]

/**
 * Folds (parent, kind, block, year) counts into one entry per cohort, parents in Vietnamese
 * order. `today` (ISO date) decides which parents still exist (the present-day map).
 */
export function toCohortList(rows: readonly CohortYearRow[], today: string): CohortList {
  const byKey = new Map<string, CohortSummary>()
  for (const row of rows) {
    const key = `${row.parent_code}\u0000${row.kind}\u0000${row.block}`
    const year = Number(row.year)
    const entry = byKey.get(key) ?? {
      parent: { code: row.parent_code, name: row.parent_name },
      kind: row.kind as UnitKind,
      block: row.block === '' ? null : row.block,
      years: [],
      latestYear: year,
      unitCount: 0,
      publishedSize: null,
      current: row.parent_valid_to === null || row.parent_valid_to >= today,
    }
    entry.years.push(year)
    if (year >= entry.latestYear) {
      entry.latestYear = year
      entry.unitCount = Number(row.unit_count)
      entry.publishedSize = row.published_size === null ? null : Number(row.published_size)
    }
    byKey.set(key, entry)
  }
  const items = [...byKey.values()]
  for (const item of items) item.years.sort((a, b) => a - b)
  items.sort(
    (a, b) =>
      compareVietnamese(a.parent.name, b.parent.name) ||
      a.kind.localeCompare(b.kind) ||
      compareVietnamese(a.block ?? '', b.block ?? ''),
  )
  return { items }
}
