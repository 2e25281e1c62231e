import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { shownBlock } from '#client/lib/cohort-label.ts'
import { UNIT_LEVEL_LABELS } from '#shared/domain/units.ts'
import { cohortSearch } from '#client/lib/cohort-search.ts'
import { formatIndex, formatRank } from '#client/lib/format.ts'
import { useLatestSearchParams } from '#client/lib/latest-url.tsx'
import { useLang } from '#client/lib/use-lang.ts'
import {
  DeltaCell,
  isIndexChangeWithheld,
  RankMoveCell,
} from '#client/components/ui/change-cells.tsx'
import type { ProfileYear, UnitProfile } from '#shared/dto/profile.ts'
import type { UnitRef } from '#shared/dto/unit.ts'
import { unitCodeKey } from '#shared/domain/units.ts'
import { formatDate, formatNumber } from '#client/lib/format.ts'
import { unitQueries } from '../../../cohorts/api/units.queries.ts'
import { rankMoveWords } from '../utils/rank-move-words.ts'
import type { EarlierStep } from '#client/lib/predecessor-steps.ts'
import { EarlierSteps, profileEarlierSteps } from './earlier-steps.tsx'

/**
 * The change on the previous year, as the overview's card gives it: "So với 2023: -6,78 ↓8 (giảm
 * 8 hạng)", or why it is withheld ("không so sánh được (đơn vị được sắp xếp lại)"). Nothing in a
 * unit's first year.
 */
function ChangeItem({ current }: { current: ProfileYear }) {
  const { t } = useTranslation()
  const change = { value: current.deltaPct, notComparable: current.notComparable }
  const previous = current.notComparable?.previousYear ?? current.previous?.year
  if (previous === undefined) return null
  const indexWithheld = isIndexChangeWithheld(change)
  // Figures in bold as the index and rank beside them; a withheld change's words as they are.
  const rankWithheld = current.rankChange === null && current.notComparable !== null
  const rankMove = <RankMoveCell value={current.rankChange} notComparable={current.notComparable} />
  return (
    <li data-testid="profile-change">
      {t('myUnit.change', { previous })}:{' '}
      {indexWithheld ? (
        <DeltaCell {...change} />
      ) : (
        <strong>
          <DeltaCell {...change} />
        </strong>
      )}
      {/* Where the index change is withheld, its note says why for the rank too. */}
      {!indexWithheld && (
        <>
          {' '}
          {rankWithheld ? rankMove : <strong>{rankMove}</strong>}
          {current.rankChange !== null && ` (${rankMoveWords(current.rankChange, t)})`}
        </>
      )}
    </li>
  )
}

/** Units once each, in the order first met. */
function distinctUnits(units: readonly UnitRef[]): UnitRef[] {
  const seen = new Set<string>()
  return units.filter((u) => {
    const key = unitCodeKey(u.code)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * "Phường Mỹ Bình, Phường Mỹ Hòa": each a link to its profile, a unit taken in with the units it
 * had taken in that year said after it (EarlierSteps).
 */
function UnitLinks({
  units,
  steps,
}: {
  units: readonly UnitRef[]
  steps?: ReadonlyMap<string, EarlierStep[]>
}) {
  return units.map((u, i) => (
    <span key={u.code}>
      {i > 0 && ', '}
      <Link to={`/units/${u.code}`}>{u.name}</Link>
      {steps && <EarlierSteps code={u.code} steps={steps} />}
    </span>
  ))
}

/**
 * A unit of the old map that ended, or one of the new map formed from others, says so at the
 * top, with the units it went into or came from one click away: on a phone the history that
 * names them is screens below, and a ward's last year read as if it simply stopped.
 */
function MapChangeItems({ profile }: { profile: UnitProfile }) {
  const { t } = useTranslation()
  const lang = useLang()
  const self = unitCodeKey(profile.unit.code)
  const into = distinctUnits(
    profile.lineage.flatMap((e) =>
      unitCodeKey(e.from.code) === self && e.to && unitCodeKey(e.to.code) !== self ? [e.to] : [],
    ),
  )
  const start = profile.unit.validFrom
  // Formed by the events of its first day; a unit that took others in later (a province that
  // continued) was not formed by them.
  const from = distinctUnits(
    profile.lineage.flatMap((e) =>
      e.to &&
      unitCodeKey(e.to.code) === self &&
      unitCodeKey(e.from.code) !== self &&
      e.effectiveDate === start
        ? [e.from]
        : [],
    ),
  )
  const end = profile.unit.validTo
  return (
    <>
      {start && from.length > 0 && (
        <li data-testid="profile-formed">
          {t('profile.formedFrom', {
            date: formatDate(start, lang),
            count: from.length,
            n: formatNumber(from.length, lang),
          })}{' '}
          <UnitLinks units={from} steps={profileEarlierSteps(profile)} />
        </li>
      )}
      {end && (
        <li data-testid="profile-ended">
          {into.length > 0 ? (
            <>
              {t('profile.endedInto', { date: formatDate(end, lang) })} <UnitLinks units={into} />
            </>
          ) : (
            t('profile.ended', { date: formatDate(end, lang) })
          )}
        </li>
      )}
    </>
  )
}

/** Unit name, cohort, year picker, and the year's index, rank and change at a glance. */
export function ProfileHeader({ code, year }: { code: string; year: number }) {
  const { t } = useTranslation()
  const lang = useLang()
  const [params, setParams] = useLatestSearchParams()
  const { data } = useSuspenseQuery(unitQueries.profile(code))
  // The year just chosen, while the profile shown is still the year before's.
  const chosen = data.years.some((y) => String(y.year) === params.get('year'))
    ? Number(params.get('year'))
    : year
  const current = data.years.find((y) => y.year === year)
  // The cohort the unit was ranked in that year: it may differ from today's (ADR 014).
  const cohort = current?.cohort ?? data.cohort
  const block = cohort && shownBlock(cohort.kind, cohort.block, lang)
  return (
    <div className="profile-header">
      <h1 className="page-title">{data.unit.name}</h1>
      <ul className="meta-list">
        <li>{UNIT_LEVEL_LABELS[data.unit.kind]?.[lang] ?? data.unit.kind}</li>
        {cohort && (
          <li>
            <Link
              to={`/rankings${cohortSearch({ parent: cohort.parent.code, kind: cohort.kind, block: cohort.block, year })}`}
            >
              {[cohort.parent.name, ...(block ? [block] : [])].join(' — ')}
            </Link>
          </li>
        )}
        {current && (
          <li>
            {t('columns.indexPct')}: <strong>{formatIndex(current.indexPct, lang)}</strong> ·{' '}
            {t('columns.rank')}: <strong>{formatRank(current.rank, current.total)}</strong>
            {current.amongLoaded && ` (${t('rankings.amongLoaded')})`}
          </li>
        )}
        {current && <ChangeItem current={current} />}
        <MapChangeItems profile={data} />
      </ul>
      <form
        className="filters"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('filters.label')}
      >
        <label>
          <span>{t('filters.year')}</span>
          <select
            value={chosen}
            onChange={(e) => {
              const next = new URLSearchParams(params)
              next.set('year', e.target.value)
              setParams(next)
            }}
          >
            {[...data.years].reverse().map((y) => (
              <option key={y.year} value={y.year}>
                {y.year}
              </option>
            ))}
          </select>
        </label>
      </form>
    </div>
  )
}

/** The press-style sentence for the year, in the UI language, with a copy button. */
export function SummaryPanel({ code, year }: { code: string; year: number }) {
  const { t } = useTranslation()
  const lang = useLang()
  const { data } = useSuspenseQuery(unitQueries.summary({ code, year, lang }))
  const [copied, setCopied] = useState(false)
  return (
    <div>
      <h2 className="panel-title">{t('profile.summary')}</h2>
      <p className="summary-text" data-testid="summary-text">
        {data.text}
      </p>
      <button
        type="button"
        className="button"
        onClick={() => {
          void navigator.clipboard?.writeText(data.text).then(() => setCopied(true))
        }}
      >
        {copied ? t('profile.copied') : t('profile.copy')}
      </button>
      <span className="visually-hidden" role="status">
        {copied ? t('profile.copied') : ''}
      </span>
    </div>
  )
}
