import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { rankDenominator } from '#shared/kpi/rank-denominator.ts'
import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { toCohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { isFocusUnit } from '#client/lib/focus-unit.ts'
import { profileHref } from '#client/lib/profile-link.ts'
import { rankingQueries } from '../api/rankings.queries.ts'
import './unit-finder.css'

/** How many units a search lists. */
const FINDER_LIMIT = 8
/** How long typing pauses before the search is sent. */
const SEARCH_DELAY_MS = 300

type Props = {
  selection: CohortSelection
  focusCode: string | null
  /** Makes a unit found "my unit"; without it the units found are links only. */
  onChoose?: (code: string) => void
}

/**
 * A search for a unit of the cohort by name, accents optional ("thanh hoa" finds "Thạnh Hóa":
 * the server folds both), always on the overview whatever the cohort's size. Each unit found
 * links to its profile and can be made "my unit".
 */
export function UnitFinder({ selection, focusCode, onChoose }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [query, setQuery] = useState('')
  const [sent, setSent] = useState('')
  useEffect(() => {
    const timer = setTimeout(() => setSent(query.replace(/\s+/g, ' ').trim()), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [query])
  const search = useQuery({
    ...rankingQueries.search(toCohortParams(selection), sent, FINDER_LIMIT),
    enabled: sent !== '',
    placeholderData: keepPreviousData,
  })
  const items = sent !== '' ? (search.data?.items ?? []) : []
  const matched = sent !== '' ? (search.data?.matched ?? 0) : 0
  return (
    <div className="unit-finder" role="search">
      <label htmlFor={`${id}-q`}>{t('myUnit.search')}</label>
      <input
        id={`${id}-q`}
        type="search"
        value={query}
        placeholder={t('myUnit.searchHint')}
        aria-describedby={`${id}-status`}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div id={`${id}-status`} role="status" className="unit-finder-status">
        {sent !== '' && search.isFetching && items.length === 0 && <p>{t('myUnit.searching')}</p>}
        {/* The list below says it to the eye; the status says it to a screen reader. */}
        {items.length > 0 && (
          <p className="visually-hidden">{t('myUnit.found', { count: matched })}</p>
        )}
        {sent !== '' && !search.isFetching && items.length === 0 && (
          <p>
            {t('myUnit.noMatch', { query: sent, cohort: selection.label, year: selection.year })}
          </p>
        )}
      </div>
      {items.length > 0 && (
        <ul className="unit-finder-results" data-testid="unit-finder-results">
          {items.map((e) => (
            <li key={e.unit.code}>
              <Link to={profileHref(e.unit.code, selection.year)}>{e.unit.name}</Link>
              <span className="unit-finder-rank">
                {t('myUnit.rankOf', {
                  rank: e.rank,
                  // A rank among the units loaded of a partial table is of those units.
                  total: search.data ? rankDenominator(e.published?.rank, search.data) : '',
                })}
              </span>
              {isFocusUnit(e.unit.code, focusCode) ? (
                <span className="my-unit-badge">▶ {t('myUnit.isMine')}</span>
              ) : (
                onChoose && (
                  <button
                    type="button"
                    className="button small"
                    onClick={() => {
                      onChoose(e.unit.code)
                      setQuery('')
                    }}
                    aria-label={`${t('myUnit.set')}: ${e.unit.name}`}
                  >
                    {t('myUnit.set')}
                  </button>
                )
              )}
            </li>
          ))}
          {matched > items.length && (
            <li className="unit-finder-more">
              {t('myUnit.moreMatches', { count: matched - items.length })}
            </li>
          )}
        </ul>
      )}
    </div>
  )
}
