import { AWARD_CODES, AWARD_KINDS, type AwardCode } from '#shared/domain/award-kinds.ts'
import type { AwardEntry } from '#shared/dto/award.ts'
import type { AwardTotals } from '#shared/kpi/award-totals.ts'
import { categoricalColor, sequentialPattern } from '#client/lib/palette.ts'
import type { StackSeries } from '#client/lib/domain-series.ts'
import type { Language } from '#client/lib/format.ts'

/** Award codes present in the data, in the taxonomy's order, as chart series. */
export function awardSeries(totals: AwardTotals, lang: Language): StackSeries[] {
  const present = AWARD_CODES.filter((code) => (totals.byCode[code] ?? 0) > 0)
  return present.map((code, i) => ({
    key: code,
    label: AWARD_KINDS[code][lang],
    color: categoricalColor(i),
    pattern: i >= 8 ? sequentialPattern(0, 2) : 'solid',
  }))
}

export type AwardRow = {
  code: string
  name: string
  total: number
  collective: number
  individual: number
  household: number
  /** Recipients of the awards the unit gave, and of those it received from a level above. */
  given: number
  received: number
} & Partial<Record<AwardCode, number>>

/** A unit's awards as a flat row, one column per award code. */
export function toAwardRow(item: AwardEntry): AwardRow {
  const row: AwardRow = {
    code: item.unit.code,
    name: item.unit.name,
    total: item.total,
    collective: item.collective,
    individual: item.individual,
    household: item.household,
    given: item.given,
    received: item.received,
  }
  for (const code of AWARD_CODES) row[code] = item.byCode[code] ?? 0
  return row
}

/** Awards per unit, most first; one column per award code. */
export function toAwardSeries(items: readonly AwardEntry[]): AwardRow[] {
  return items.map(toAwardRow).sort((a, b) => b.total - a.total)
}
