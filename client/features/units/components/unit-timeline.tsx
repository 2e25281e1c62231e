import { useSuspenseQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { LINEAGE_EVENT_LABELS, UNIT_TITLE_LABELS, unitCodeKey } from '#shared/domain/units.ts'
import type { LineageEntry, Placement, UnitRef } from '#shared/dto/unit.ts'
import { formatDate, type Language } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { unitQueries } from '../api/units.queries.ts'
import { isOpenStart } from '../utils/timeline.ts'

type Translate = (key: string, options?: Record<string, unknown>) => string

/** "Từ 01/07/2025", "Đến 30/06/2025", "01/01/2020 – 30/06/2025"; open ends left unsaid. */
function periodText(p: Placement, lang: Language, t: Translate): string {
  const from = isOpenStart(p.validFrom) ? null : formatDate(p.validFrom, lang)
  const to = p.validTo ? formatDate(p.validTo, lang) : null
  if (from && to) return t('profile.between', { from, to })
  if (from) return t('profile.from', { date: from })
  if (to) return t('profile.until', { date: to })
  return t('profile.always')
}

function titleText(p: Placement, lang: Language): string {
  if (!p.title) return '–'
  const label = UNIT_TITLE_LABELS[p.title][lang]
  return label.charAt(0).toLocaleUpperCase(lang) + label.slice(1)
}

/** A unit of an event: this unit in bold, any other a link to its profile. */
function UnitName({ unit, self }: { unit: UnitRef; self: string }) {
  if (unitCodeKey(unit.code) === unitCodeKey(self)) return <strong>{unit.name}</strong>
  return <Link to={`/units/${encodeURIComponent(unit.code)}`}>{unit.name}</Link>
}

function EventRow({ entry, self }: { entry: LineageEntry; self: string }) {
  const { t } = useTranslation()
  const lang = useLang()
  return (
    <tr>
      <td>{formatDate(entry.effectiveDate, lang)}</td>
      <td>{LINEAGE_EVENT_LABELS[entry.event][lang]}</td>
      <td className="wrap">
        <UnitName unit={entry.from} self={self} /> →{' '}
        {entry.to ? <UnitName unit={entry.to} self={self} /> : <em>{t('profile.dissolved')}</em>}
      </td>
      <td className="wrap">{entry.note ?? ''}</td>
    </tr>
  )
}

/**
 * The unit's history (ADR 014): where it stood over time (period, parent, title) and the lineage
 * events touching it, each other unit linked to its own profile.
 */
export function UnitTimeline({ code }: { code: string }) {
  const { t } = useTranslation()
  const lang = useLang()
  const id = useId()
  const { data } = useSuspenseQuery(unitQueries.profile(code))
  const events = [...data.lineage].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate))
  return (
    <div className="unit-timeline" data-testid="unit-timeline">
      <h2 className="panel-title">{t('profile.history')}</h2>
      <div className="timeline-parts">
        <div className="table-scroll">
          <table className="data-table" aria-labelledby={`${id}-placements`}>
            <caption id={`${id}-placements`}>{t('profile.placements')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('profile.period')}</th>
                <th scope="col">{t('profile.under')}</th>
                <th scope="col">{t('profile.unitTitle')}</th>
              </tr>
            </thead>
            <tbody>
              {data.placements.map((p) => (
                <tr key={p.validFrom}>
                  <td>{periodText(p, lang, t)}</td>
                  <td className="wrap">{p.parent ? <Link to={`/units/${encodeURIComponent(p.parent.code)}`}>{p.parent.name}</Link> : '–'}</td>
                  <td>{titleText(p, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="table-scroll">
          <table className="data-table" aria-labelledby={`${id}-events`}>
            <caption id={`${id}-events`}>{t('profile.events')}</caption>
            {events.length > 0 && (
              <thead>
                <tr>
                  <th scope="col">{t('profile.effective')}</th>
                  <th scope="col">{t('profile.event')}</th>
                  <th scope="col">{t('profile.fromTo')}</th>
                  <th scope="col">{t('profile.note')}</th>
                </tr>
              </thead>
            )}
            <tbody>
              {events.length === 0 ? (
                <tr>
                  <td colSpan={4}>{t('profile.noEvents')}</td>
                </tr>
              ) : (
                events.map((e) => <EventRow key={`${e.event}:${e.from.code}:${e.to?.code ?? ''}:${e.effectiveDate}`} entry={e} self={data.unit.code} />)
              )}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  )
}
