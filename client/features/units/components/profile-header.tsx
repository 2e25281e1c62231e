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
import { unitQueries } from '../../../cohorts/api/units.queries.ts'

/** Unit name, cohort, year picker and the last year's rank at a glance. */
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
