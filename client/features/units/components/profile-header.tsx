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
import type { ProfileYear } from '#shared/dto/profile.ts'
import { unitQueries } from '../../../cohorts/api/units.queries.ts'
import { rankMoveWords } from '../utils/rank-move-words.ts'

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
