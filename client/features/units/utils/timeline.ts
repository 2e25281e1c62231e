import type { LineageEvent } from '#shared/domain/units.ts'
import type { LineageEntry, LineageUnit } from '#shared/dto/unit.ts'

/**
 * A placement's start that only stands for "open": the importer stores a placement without a
 * known start from 1900-01-01 (server/features/imports/import-units.ts, OPEN_START), a date no
 * reader should see.
 */
export function isOpenStart(date: string): boolean {
  return date <= '1900-12-31'
}

/** One line of the timeline: several units merged into one (or one split into several) at once. */
export type LineageGroup = {
  date: string
  event: LineageEvent
  /** Each with its parent as placed at the event. */
  from: LineageUnit[]
  /** Empty for DISSOLVE. */
  to: LineageUnit[]
  note: string | null
}

/**
 * Lineage events as a reader tells them, oldest first: three communes merged into one on one
 * date under one resolution are one line ("A, B, C → D"), and so is one unit split into two.
 */
export function groupLineage(entries: readonly LineageEntry[]): LineageGroup[] {
  const groups: LineageGroup[] = []
  const sorted = [...entries].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate))
  for (const e of sorted) {
    const to = e.to ? [e.to] : []
    const same = groups.find(
      (g) =>
        g.date === e.effectiveDate &&
        g.event === e.event &&
        g.note === e.note &&
        // Many into one, or one into many: never a many-to-many line that hides who went where.
        ((g.to.length === 1 && e.to?.code === g.to[0]?.code) ||
          (g.from.length === 1 && e.from.code === g.from[0]?.code)),
    )
    if (!same)
      groups.push({ date: e.effectiveDate, event: e.event, from: [e.from], to, note: e.note })
    else if (same.to.length === 1 && e.to?.code === same.to[0]?.code) same.from.push(e.from)
    else same.to.push(...to)
  }
  return groups
}
