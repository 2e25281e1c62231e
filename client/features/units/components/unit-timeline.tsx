import { useSuspenseQuery } from '@tanstack/react-query'
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { LINEAGE_EVENT_LABELS, UNIT_TITLE_LABELS, unitCodeKey } from '#shared/domain/units.ts'
import type { LineageUnit, Placement, UnitRef } from '#shared/dto/unit.ts'
import { formatDate, type Language } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { unitQueries } from '../../../cohorts/api/units.queries.ts'
import { groupLineage, isOpenStart, type LineageGroup } from '../utils/timeline.ts'
import type { EarlierStep } from '#client/lib/predecessor-steps.ts'
import { EarlierSteps, profileEarlierSteps } from './earlier-steps.tsx'

type Translate = (key: string, options?: Record<string, unknown>) => string

/** "Từ 01/07/2025", "Đến 30/06/2025" ("Until 30 June 2025"), "01/01/2020 – 30/06/2025"; open ends unsaid. */
function periodText(p: Placement, lang: Language, t: Translate): string {
  const from = isOpenStart(p.validFrom) ? null : formatDate(p.validFrom, lang)
  const to = p.validTo ? formatDate(p.validTo, lang) : null
  if (from && to) return t('profile.between', { from, to })
  if (from) return t('profile.from', { date: from })
  if (to) return t('profile.until', { date: to })
  return t('profile.always')
}

function titleText(p: Placement, lang: Language): string | null {
  if (!p.title) return null
  const label = UNIT_TITLE_LABELS[p.title][lang]
  return label.charAt(0).toLocaleUpperCase(lang) + label.slice(1)
}

/** Which side of an event a unit is on: the units before it, or those after. */
type Side = 'from' | 'to'

const isSelf = (unit: UnitRef, self: UnitRef) => unitCodeKey(unit.code) === unitCodeKey(self.code)

/** Placed at the event under another parent than this unit (both parents known). */
function underOtherParent(unit: LineageUnit, selfParent: UnitRef | null): boolean {
  return !!unit.parent && !!selfParent && unit.parent.code !== selfParent.code
}

/**
 * A unit of an event: this unit in bold, any other a link to its profile. One placed under
 * another parent than this unit at the event has it named ("Sở Nội vụ (Tỉnh Long An) → Sở Nội
 * vụ"), unless the line names it once for the whole side; one named like this unit under the
 * same parent is "(cũ)" or "(mới)", as the decisions after the mergers write them.
 */
function UnitName({
  unit,
  self,
  selfParent,
  side,
  parentSaid,
  steps,
}: {
  unit: LineageUnit
  self: UnitRef
  selfParent: UnitRef | null
  side: Side
  parentSaid: boolean
  steps?: ReadonlyMap<string, EarlierStep[]>
}) {
  const { t } = useTranslation()
  if (isSelf(unit, self)) return <strong>{unit.name}</strong>
  const mark = underOtherParent(unit, selfParent)
    ? parentSaid
      ? null
      : t('profile.ofParent', { parent: unit.parent?.name })
    : unit.name === self.name
      ? t(side === 'from' ? 'profile.formerUnit' : 'profile.newUnit')
      : null
  return (
    <>
      <Link to={`/units/${encodeURIComponent(unit.code)}`}>{unit.name}</Link>
      {mark && <span className="unit-code"> {mark}</span>}
      {/* A unit this one took in, with those it had taken in that year (as the header says). */}
      {steps && side === 'from' && <EarlierSteps code={unit.code} steps={steps} />}
    </>
  )
}

/**
 * One side of an event. Several units all under one other parent have it said once after them
 * ("Phường Khánh Hậu, Xã Lợi Bình Nhơn, Phường Tân Khánh (thuộc Thành phố Tân An)").
 */
function UnitNames({
  units,
  self,
  selfParent,
  side,
  steps,
}: {
  units: LineageUnit[]
  self: UnitRef
  selfParent: UnitRef | null
  side: Side
  steps?: ReadonlyMap<string, EarlierStep[]>
}) {
  const { t } = useTranslation()
  const shared =
    units.length > 1 &&
    new Set(units.map((u) => u.parent?.code)).size === 1 &&
    units.every((u) => !isSelf(u, self) && underOtherParent(u, selfParent))
      ? units[0]?.parent
      : null
  return (
    <>
      {units.map((u, i) => (
        <Fragment key={u.code}>
          {i > 0 && ', '}
          <UnitName
            unit={u}
            self={self}
            selfParent={selfParent}
            side={side}
            parentSaid={!!shared}
            steps={steps}
          />
        </Fragment>
      ))}
      {shared && (
        <span className="unit-code"> {t('profile.allOfParent', { parent: shared.name })}</span>
      )}
    </>
  )
}

function EventItem({
  group,
  self,
  steps,
}: {
  group: LineageGroup
  self: UnitRef
  steps: ReadonlyMap<string, EarlierStep[]>
}) {
  const { t } = useTranslation()
  const lang = useLang()
  // This unit's own parent at the event, from whichever side it is on.
  const selfParent = [...group.from, ...group.to].find((u) => isSelf(u, self))?.parent ?? null
  return (
    <li>
      <span className="timeline-when">
        <time dateTime={group.date}>{formatDate(group.date, lang)}</time> ·{' '}
        {LINEAGE_EVENT_LABELS[group.event][lang]}
      </span>
      <span className="timeline-what">
        <UnitNames
          units={group.from}
          self={self}
          selfParent={selfParent}
          side="from"
          // Only the units this one took in: their steps are this unit's story.
          steps={group.to.some((u) => isSelf(u, self)) ? steps : undefined}
        />{' '}
        →{' '}
        {group.to.length > 0 ? (
          <UnitNames units={group.to} self={self} selfParent={selfParent} side="to" />
        ) : (
          <em>{t('profile.dissolved')}</em>
        )}
      </span>
      {group.note && <span className="timeline-note">{group.note}</span>}
    </li>
  )
}

/**
 * The unit's history (ADR 014): where it stood over time (period, title, parent) and the lineage
 * events touching it, each other unit linked to its own profile. Lists rather than tables: a
 * history reads top to bottom, and a phone has no room for four columns.
 */
export function UnitTimeline({ code }: { code: string }) {
  const { t } = useTranslation()
  const lang = useLang()
  const { data } = useSuspenseQuery(unitQueries.profile(code))
  const events = groupLineage(data.lineage)
  const steps = profileEarlierSteps(data)
  return (
    <div className="unit-timeline" data-testid="unit-timeline">
      <h2 className="panel-title">{t('profile.history')}</h2>
      <div className="timeline-parts">
        <section>
          <h3 className="timeline-heading">{t('profile.placements')}</h3>
          <ol className="timeline">
            {data.placements.map((p) => {
              const title = titleText(p, lang)
              return (
                <li key={p.validFrom}>
                  <span className="timeline-when">{periodText(p, lang, t)}</span>
                  <span className="timeline-what">
                    {p.parent ? (
                      <>
                        {/* "Huyện thuộc Tỉnh Long An" / "District, under Tỉnh Long An" */}
                        {title
                          ? t('profile.placedUnderAs', { title })
                          : t('profile.placedUnder')}{' '}
                        <Link to={`/units/${encodeURIComponent(p.parent.code)}`}>
                          {p.parent.name}
                        </Link>
                      </>
                    ) : (
                      title || '–'
                    )}
                  </span>
                </li>
              )
            })}
          </ol>
        </section>
        <section>
          <h3 className="timeline-heading">{t('profile.events')}</h3>
          {events.length === 0 ? (
            <p className="timeline-none">{t('profile.noEvents')}</p>
          ) : (
            <ol className="timeline">
              {events.map((g) => (
                <EventItem
                  key={`${g.date}:${g.event}:${g.from.map((u) => u.code).join()}:${g.to.map((u) => u.code).join()}`}
                  group={g}
                  self={data.unit}
                  steps={steps}
                />
              ))}
            </ol>
          )}
        </section>
      </div>
    </div>
  )
}
