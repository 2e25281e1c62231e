import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { rankDenominator } from '#shared/kpi/rank-denominator.ts'
import { useEffect, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { unitCodeKey } from '#shared/domain/units.ts'
import type { CohortSummary } from '#shared/dto/cohort.ts'
import { cohortQueries } from '#client/cohorts/api/cohorts.queries.ts'
import {
  cohortOptionLabel,
  cohortOptions,
  cohortOptionValue,
} from '#client/cohorts/utils/cohort-options.ts'
import { rankingQueries } from '#client/cohorts/api/rankings.queries.ts'
import {
  findCohort,
  selectedCohort,
  toCohortParams,
  type CohortKey,
} from '#client/lib/cohort-params.ts'
import { formatIndex, formatRankWords } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import type { CompareUrl } from '../utils/compare-url.ts'
import { CohortOptionList } from '#client/cohorts/components/cohort-option-list.tsx'

/** How many units the adder lists: the cohort's top ones, or the best matches of a search. */
const LISTED = 6
/** How long typing pauses before the search is sent. */
const SEARCH_DELAY_MS = 250

export type ChosenCohort = {
  parent: string
  kind: string
  block: string | null
  years: number[]
  latestYear: number
}

type Props = {
  url: CompareUrl
  /** The year compared: the cohort's units of that year are offered (else its latest year's). */
  year: number | undefined
  /** The cohort to offer when the URL names none (the first unit's in the year compared). */
  home: CohortKey | undefined
  onAdd: (code: string, name: string) => void
  onCohort: (cohort: ChosenCohort) => void
  /** The section's id (a disclosure button controls it). */
  id?: string
  /** Its heading for screen readers only: a disclosure button above already says it. */
  titleHidden?: boolean
}

/**
 * Adds units from any cohort: a cohort picker (today's cohorts, then the old map's) and a search
 * by name, accents optional, answered by the server (GET /api/rankings?q=).
 */
export function CompareAdder({ url, year, home, onAdd, onCohort, id, titleHidden }: Props) {
  const { t } = useTranslation()
  const lang = useLang()
  const { data: cohorts } = useSuspenseQuery(cohortQueries.list())
  const named = url.cohort.parent && url.cohort.kind ? url.cohort : undefined
  const key = named
    ? selectedCohort(named, cohorts.items)
    : (home ?? selectedCohort({}, cohorts.items))
  const listed = key ? findCohort(cohorts.items, key) : undefined
  const groups = useMemo(() => cohortOptions(cohorts.items, lang), [cohorts.items, lang])
  const all = [...groups.present, ...groups.past]
  const titleId = useId()
  return (
    <section id={id} className="compare-adder" aria-labelledby={titleId}>
      <h2 className={titleHidden ? 'visually-hidden' : 'panel-title'} id={titleId}>
        {t('comparing.addTitle')}
      </h2>
      <div className="filters">
        <label className="cohort-select">
          <span>{t('comparing.addFrom')}</span>
          <select
            value={listed ? cohortOptionValue(listed) : ''}
            onChange={(e) => {
              const option = all.find((o) => o.value === e.target.value)
              if (!option) return
              const c = option.cohort
              onCohort({
                parent: c.parent.code,
                kind: c.kind,
                block: c.block,
                years: c.years,
                latestYear: c.latestYear,
              })
            }}
          >
            {!listed && <option value="">–</option>}
            <CohortOptionList groups={groups} />
          </select>
        </label>
      </div>
      {listed && year !== undefined && !listed.years.includes(year) && (
        <p className="compare-muted" role="note">
          {t('comparing.cohortOtherYear', { year, shown: listed.latestYear })}
        </p>
      )}
      {listed && (
        <CohortUnits
          key={cohortOptionValue(listed)}
          cohort={listed}
          year={year !== undefined && listed.years.includes(year) ? year : listed.latestYear}
          chosen={url.units}
          onAdd={onAdd}
          label={cohortOptionLabel(listed, lang)}
        />
      )}
    </section>
  )
}

/** The search box and the units it finds (the cohort's top units before anything is typed). */
function CohortUnits({
  cohort,
  year,
  chosen,
  onAdd,
  label,
}: {
  cohort: CohortSummary
  year: number
  chosen: string[]
  onAdd: (code: string, name: string) => void
  label: string
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const [query, setQuery] = useState('')
  const [searched, setSearched] = useState('')
  useEffect(() => {
    const timer = setTimeout(() => setSearched(query.replace(/\s+/g, ' ').trim()), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [query])
  const params = toCohortParams({ ...cohort, year })
  const found = useQuery({
    ...rankingQueries.search(params, searched, LISTED),
    placeholderData: keepPreviousData,
  })
  const ids = { search: useId(), hint: useId(), list: useId() }
  const items = found.data?.items ?? []
  const isChosen = (code: string) => chosen.some((c) => unitCodeKey(c) === unitCodeKey(code))
  return (
    <div className="compare-search">
      <label htmlFor={ids.search}>{t('comparing.search')}</label>
      <input
        id={ids.search}
        type="search"
        value={query}
        autoComplete="off"
        aria-describedby={ids.hint}
        aria-controls={ids.list}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="compare-muted" id={ids.hint}>
        {t('comparing.searchHint')}
      </p>
      <p className="compare-found-title" aria-live="polite">
        {searched
          ? t('comparing.matches', { cohort: label, year })
          : t('comparing.top', { cohort: label, year })}
      </p>
      {found.data && searched && items.length === 0 ? (
        <p role="status">{t('comparing.noMatch', { query: searched, cohort: label, year })}</p>
      ) : (
        <ul className="compare-found" id={ids.list} aria-busy={found.isFetching}>
          {items.map((item) => (
            <li key={item.unit.code}>
              <button
                type="button"
                className="compare-add"
                disabled={isChosen(item.unit.code)}
                aria-label={t('comparing.add', { unit: item.unit.name })}
                onClick={() => onAdd(item.unit.code, item.unit.name)}
              >
                <span aria-hidden="true">+ </span>
                {item.unit.name}
              </button>{' '}
              <span className="compare-muted">
                {formatRankWords(
                  item.rank,
                  lang,
                  found.data && rankDenominator(item.published?.rank, found.data),
                )}{' '}
                · {formatIndex(item.indexPct, lang)}
                {isChosen(item.unit.code) && ` · ${t('comparing.alreadyChosen')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
