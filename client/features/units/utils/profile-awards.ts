// The unit profile's awards as two charts, each counting the year's awards once: by award type,
// and by issuing level, each level marked as received from above or given at the unit's own level
// (shared/domain/award-direction.ts). Drawn in one chart, the two lists read as twice the awards.
import { categoricalColor } from '#client/lib/palette.ts'
import { awardDirection, type AwardDirection } from '#shared/domain/award-direction.ts'
import type { AwardTotals } from '#shared/kpi/award-totals.ts'
import { byAwardType, byIssuer, type StackSeries } from '#client/lib/domain-series.ts'
import type { Language } from '#client/lib/format.ts'

/** A bar of the profile's awards charts: the recipients of one award type, or of one level. */
export type ProfileAwardRow = { key: string; name: string; count: number } & Record<
  AwardDirection,
  number | null
>

/** By award type, in the taxonomy's order: one series, the total once. */
export function awardTypeRows(totals: AwardTotals, lang: Language): ProfileAwardRow[] {
  return byAwardType(totals, lang).map((r) => ({
    key: r.key,
    name: r.label,
    count: r.count,
    RECEIVED: null,
    GIVEN: null,
  }))
}

/** By issuing level, from the top down, each counted in its direction's series. */
export function awardLevelRows(
  totals: AwardTotals,
  unitKind: string,
  lang: Language,
): ProfileAwardRow[] {
  return byIssuer(totals, lang).map((r) => {
    const direction = awardDirection(unitKind, r.key)
    return {
      key: r.key,
      name: r.label,
      count: r.count,
      RECEIVED: direction === 'RECEIVED' ? r.count : null,
      GIVEN: direction === 'GIVEN' ? r.count : null,
    }
  })
}

/** The by-type chart's one series. */
export const AWARD_TYPE_SERIES: StackSeries = {
  key: 'count',
  label: '',
  color: categoricalColor(2),
  pattern: 'solid',
}

/** The by-level chart's two series, received (from above) first, as the awards page draws them. */
export function awardLevelSeries(labels: Record<AwardDirection, string>): StackSeries[] {
  return [
    { key: 'RECEIVED', label: labels.RECEIVED, color: categoricalColor(0), pattern: 'solid' },
    { key: 'GIVEN', label: labels.GIVEN, color: categoricalColor(1), pattern: 'hatch' },
  ]
}
