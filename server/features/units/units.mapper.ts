import type { LineageEvent, UnitTitle } from '#shared/domain/units.ts'
import type { LineageEntry, Placement } from '#shared/dto/unit.ts'
import type { findPlacements } from '#server/cohorts/placements.repository.ts'
import type { LineageRow } from './units.repository.ts'

const parentOf = (code: string | null | undefined, name: string | null | undefined) =>
  code == null ? null : { code, name: name ?? code }

export function toLineageEntry(row: LineageRow): LineageEntry {
  return {
    event: row.event as LineageEvent,
    from: {
      code: row.from_code,
      name: row.from_name,
      parent: parentOf(row.from_parent_code, row.from_parent_name),
    },
    to:
      row.to_code === null
        ? null
        : {
            code: row.to_code,
            name: row.to_name ?? row.to_code,
            parent: parentOf(row.to_parent_code, row.to_parent_name),
          },
    // pg's date parser (create-db.ts) returns the raw YYYY-MM-DD; SQLite stores that text.
    effectiveDate: String(row.effective_date),
    note: row.note,
  }
}

type PlacementRow = Awaited<ReturnType<typeof findPlacements>>[number]

export function toPlacement(row: PlacementRow): Placement {
  return {
    validFrom: String(row.valid_from),
    validTo: row.valid_to === null ? null : String(row.valid_to),
    parent:
      row.parent_code === null
        ? null
        : { code: row.parent_code, name: row.parent_name ?? row.parent_code },
    title: row.title as UnitTitle | null,
  }
}
