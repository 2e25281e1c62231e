// The full award entries (breakdowns by award, recipient type and direction) of only the units a
// response shows: a page, a summary's ends, the focused units — read by key from their grants.
import type { Kysely } from 'kysely'
import type { AwardEntry } from '#shared/dto/award.ts'
import type { UnitRef } from '#shared/dto/unit.ts'
import type { Database } from '#server/db/schema.ts'
import { endsAndFocus } from '#server/cohorts/cohort-list.ts'
import { findFocusedMembers } from '#server/cohorts/cohort-members.repository.ts'
import type { CohortKey } from '#server/cohorts/cohorts.repository.ts'
import { chunk } from '#server/lib/chunk.ts'
import { findAwardCounts } from './awards.repository.ts'
import { toAwardEntries } from './awards.mapper.ts'

/** Codes per IN list: well inside SQLite's and PostgreSQL's parameter limits. */
const CODES_PER_STATEMENT = 500

/** The entries of these units, in their order (a unit without grants that year has none). */
export async function awardEntriesOf(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number,
  kind: string,
  units: readonly UnitRef[],
): Promise<AwardEntry[]> {
  if (units.length === 0) return []
  const byCode = new Map<string, AwardEntry>()
  for (const codes of chunk([...new Set(units.map((u) => u.code))], CODES_PER_STATEMENT)) {
    const rows = await findAwardCounts(db, cohort, year, codes)
    for (const entry of toAwardEntries(rows, kind)) byCode.set(entry.unit.code, entry)
  }
  return units.flatMap((unit) => {
    const entry = byCode.get(unit.code)
    return entry ? [entry] : []
  })
}

/**
 * The focused units' entries (codes matched without regard to case) and the codes asked that
 * the cohort-year holds no grants for, as asked.
 */
export async function focusedAwardEntries(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number | null,
  kind: string,
  focus: readonly string[],
): Promise<{ focus: AwardEntry[]; missingFocus: string[] }> {
  if (year === null || focus.length === 0) return { focus: [], missingFocus: [...focus] }
  const stored = await findFocusedMembers(db, cohort, year, 'grants', focus)
  const entries = await awardEntriesOf(
    db,
    cohort,
    year,
    kind,
    stored.map((code) => ({ code, name: '' })),
  )
  const picked = endsAndFocus(entries, 0, focus)
  return { focus: picked.focus, missingFocus: picked.missingFocus }
}
