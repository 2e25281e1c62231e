import { LINEAGE_EVENT_LABELS } from '#shared/domain/units.ts'
import { formatDate, type Language } from '#client/lib/format.ts'
import type { BreakEvent, YearBreak } from './to-profile-series.ts'

type Translate = (key: string) => string

function eventName(event: BreakEvent, lang: Language, t: Translate): string {
  if (event === 'COHORT') return t('profile.cohortChanged')
  if (event === 'LINEAGE') return t('profile.reorganised')
  if (event === 'SCHEME') return t('profile.schemeChanged')
  return LINEAGE_EVENT_LABELS[event][lang]
}

/**
 * "Sáp nhập 01/07/2025" / "Merger 1 July 2025"; several events of a kind share the name
 * ("Sáp nhập 01/03/2025, 01/07/2025").
 */
export function breakLabel(b: YearBreak, lang: Language, t: Translate): string {
  const byEvent = new Map<BreakEvent, string[]>()
  for (const e of b.events) {
    const dates = byEvent.get(e.event) ?? []
    if (e.date) dates.push(formatDate(e.date, lang))
    byEvent.set(e.event, dates)
  }
  return [...byEvent]
    .map(([event, dates]) =>
      [eventName(event, lang, t), ...(dates.length ? [dates.join(', ')] : [])].join(' '),
    )
    .join('; ')
}
