// sum(count) is int8 on PostgreSQL (a string from pg without the parser in create-db.ts);
// Number() keeps the DTO numeric whatever the driver did.
import type { AwardEntry } from '#shared/dto/award.ts'
import { AWARD_CODES } from '#shared/domain/award-kinds.ts'
import { type AwardLine, awardTotals } from '#shared/kpi/award-totals.ts'

type CountRow = {
  award_code: string
  recipient_type: string
  issuer_level: string
  count: number | string | null
}

export function toAwardLine(row: CountRow): AwardLine {
  return {
    awardCode: row.award_code,
    recipientType: row.recipient_type,
    issuerLevel: row.issuer_level,
    count: Number(row.count ?? 0),
  }
}

/** Groups (unit, code, recipient, issuer) counts into one entry per unit. */
export function toAwardEntries(
  rows: readonly (CountRow & { code: string; name: string })[],
): AwardEntry[] {
  const byUnit = new Map<string, { name: string; lines: AwardLine[] }>()
  for (const row of rows) {
    const unit = byUnit.get(row.code) ?? { name: row.name, lines: [] }
    unit.lines.push(toAwardLine(row))
    byUnit.set(row.code, unit)
  }
  return [...byUnit].map(([code, { name, lines }]) => ({
    unit: { code, name },
    ...awardTotals(lines),
  }))
}

/** CSV: fixed columns, then one column per award code of the taxonomy (zeros included). */
export const AWARD_CSV_COLUMNS = [
  'year',
  'unit_code',
  'unit_name',
  'total',
  'collective',
  'individual',
  'household',
  ...AWARD_CODES,
] as const

export function toAwardCsvRow(entry: AwardEntry, year: number | null) {
  const byCode = Object.fromEntries(AWARD_CODES.map((code) => [code, entry.byCode[code] ?? 0]))
  return {
    year,
    unit_code: entry.unit.code,
    unit_name: entry.unit.name,
    total: entry.total,
    collective: entry.collective,
    individual: entry.individual,
    household: entry.household,
    ...byCode,
  }
}
