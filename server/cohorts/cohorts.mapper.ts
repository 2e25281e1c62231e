// Rows → shared/dto. pg returns count(*) and rank() as int8, which the driver would hand over as
// strings; create-db.ts installs a parser, and these mappers still wrap them in Number() so a
// driver without it cannot leak strings into JSON (STYLE B.6).
import type { UnitKind, UnitTitle } from '#shared/domain/units.ts'
import type { CohortList, CohortSummary } from '#shared/dto/cohort.ts'
import type { Unit, UnitRef } from '#shared/dto/unit.ts'
import type { GradeBand } from '#shared/kpi/grade.ts'
import type { SchemeGradeBandRow, UnitRow } from '#server/db/schema.ts'
import type { findCohortParents, findCohortYearCounts } from './cohorts.repository.ts'
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
type CohortParentRow = Awaited<ReturnType<typeof findCohortParents>>[number]

/**
 * Folds (parent, kind, block, year) counts, in that order, into one entry per cohort, parents
 * in Vietnamese order. `today` (ISO date) decides which parents still exist (the present-day
 * map). A cohort's rows are consecutive and its years ascending: each row extends the entry of
 * the row before it or opens the next one.
 */
export function toCohortList(
  rows: readonly CohortYearRow[],
  parentRows: readonly CohortParentRow[],
  today: string,
): CohortList {
  const parents = new Map(parentRows.map((p) => [p.code, p]))
  const items: CohortSummary[] = []
  let entry: CohortSummary | undefined
  for (const row of rows) {
    const year = Number(row.year)
    const block = row.block === '' ? null : row.block
    if (
      entry === undefined ||
      entry.parent.code !== row.parent_code ||
      entry.kind !== row.kind ||
      entry.block !== block
    ) {
      const parent = parents.get(row.parent_code)
      if (!parent) continue
      entry = {
        parent: { code: row.parent_code, name: parent.name },
        kind: row.kind as UnitKind,
        block,
        years: [],
        latestYear: year,
        unitCount: 0,
        publishedSize: null,
        current: parent.valid_to === null || parent.valid_to >= today,
      }
      items.push(entry)
    }
    entry.years.push(year)
    entry.latestYear = year
    entry.unitCount = Number(row.unit_count)
    entry.publishedSize = row.published_size === null ? null : Number(row.published_size)
  }
  items.sort(
    (a, b) =>
      compareVietnamese(a.parent.name, b.parent.name) ||
      a.kind.localeCompare(b.kind) ||
      compareVietnamese(a.block ?? '', b.block ?? ''),
  )
  return { items }
}
