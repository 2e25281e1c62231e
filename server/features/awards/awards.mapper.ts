// sum(count) is int8 on PostgreSQL (a string from pg without the parser in create-db.ts);
// Number() keeps the DTO numeric whatever the driver did.
import type { AwardBreakdownLine, AwardEntry } from '#shared/dto/award.ts'
import {
  AWARD_DIRECTIONS,
  awardDirection,
  type AwardDirection,
} from '#shared/domain/award-direction.ts'
import { AWARD_CODES, RECIPIENT_TYPES } from '#shared/domain/award-kinds.ts'
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

/**
 * Recipients by award, recipient type and direction (given at the unit's own level, received from
 * above), summed over the lines: direction, then the taxonomy's award and recipient orders.
 */
export function awardBreakdown(
  lines: readonly (AwardLine & { direction: AwardDirection })[],
): AwardBreakdownLine[] {
  const byKey = new Map<string, AwardBreakdownLine>()
  for (const line of lines) {
    const key = `${line.direction}|${line.awardCode}|${line.recipientType}`
    const found = byKey.get(key)
    if (found) found.count += line.count
    else
      byKey.set(key, {
        awardCode: line.awardCode,
        recipientType: line.recipientType,
        direction: line.direction,
        count: line.count,
      })
  }
  const place = (list: readonly string[], value: string) => {
    const at = list.indexOf(value)
    return at === -1 ? list.length : at
  }
  return [...byKey.values()].sort(
    (a, b) =>
      place(AWARD_DIRECTIONS, a.direction) - place(AWARD_DIRECTIONS, b.direction) ||
      place(AWARD_CODES, a.awardCode) - place(AWARD_CODES, b.awardCode) ||
      place(RECIPIENT_TYPES, a.recipientType) - place(RECIPIENT_TYPES, b.recipientType),
  )
}

/**
 * A cohort-year's totals and breakdown from its stored lines (recipients by award, recipient type
 * and issuing level over every unit): the sums its units' entries add up to.
 */
export function cohortAwardFigures(lines: readonly CountRow[], unitKind: string) {
  const awardLines = lines.map(toAwardLine)
  return {
    totals: awardTotals(awardLines),
    byAwardAndRecipient: awardBreakdown(
      awardLines.map((line) => ({
        ...line,
        direction: awardDirection(unitKind, line.issuerLevel),
      })),
    ),
  }
}

/**
 * Groups (unit, code, recipient, issuer) counts into one entry per unit; `unitKind` (the cohort's
 * level) tells the awards a unit gave from those it received.
 */
export function toAwardEntries(
  rows: readonly (CountRow & { code: string; name: string })[],
  unitKind: string,
): AwardEntry[] {
  const byUnit = new Map<string, { name: string; lines: AwardLine[] }>()
  for (const row of rows) {
    const unit = byUnit.get(row.code) ?? { name: row.name, lines: [] }
    unit.lines.push(toAwardLine(row))
    byUnit.set(row.code, unit)
  }
  return [...byUnit].map(([code, { name, lines }]) => {
    const directed = lines.map((line) => ({
      ...line,
      direction: awardDirection(unitKind, line.issuerLevel),
    }))
    const given = directed.filter((l) => l.direction === 'GIVEN').reduce((n, l) => n + l.count, 0)
    const totals = awardTotals(lines)
    return {
      unit: { code, name },
      ...totals,
      given,
      received: totals.total - given,
      byAwardAndRecipient: awardBreakdown(directed),
    }
  })
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
