import type { LineageEvent } from '#shared/domain/units.ts'
import type { LineageEntry } from '#shared/dto/unit.ts'
import type { LineageRow } from './units.repository.ts'

export function toLineageEntry(row: LineageRow): LineageEntry {
  return {
    event: row.event as LineageEvent,
    from: { code: row.from_code, name: row.from_name },
    to: { code: row.to_code, name: row.to_name },
    // pg's date parser (create-db.ts) returns the raw YYYY-MM-DD; SQLite stores that text.
    effectiveDate: String(row.effective_date),
    note: row.note,
  }
}
