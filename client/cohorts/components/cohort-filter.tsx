import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { CohortSummary } from '#shared/dto/cohort.ts'
import {
  cohortSearchSchema,
  findCohort,
  parseSearch,
  selectedCohort,
  type CohortKey,
} from '#client/lib/cohort-params.ts'
import { useLatestSearchParams } from '#client/lib/latest-url.tsx'
import { useLang } from '#client/lib/use-lang.ts'
import { cohortInWords, parentNameIn } from '#client/lib/cohort-label.ts'
import { orderedView, yearForCohort } from '#client/lib/view-state.ts'
import { cohortOptions, cohortOptionValue } from '../utils/cohort-options.ts'
import { CohortOptionList } from './cohort-option-list.tsx'

type Props = {
  items: readonly CohortSummary[]
  /** The cohort shown; undefined when the URL names none that exists. */
  selected: CohortKey | undefined
  year: number | undefined
  years: number[]
}

/**
 * The cohort (parent, level, block) and year pickers. Choosing a cohort writes all three into
 * the URL and keeps the year shown when the cohort has it, else takes its nearest year and says
 * so (the move rides in the history entry's state). Each choice is a history entry. The pickers
 * show the URL just chosen while the view shown is still the one before (its data on the way).
 */
export function CohortFilter(props: Props) {
  const { items } = props
  const { t } = useTranslation()
  const lang = useLang()
  const [params, setParams] = useLatestSearchParams()
  const { selected, year, years } = chosenView(params, props)
  // Built once per list and language, not on every change of the URL (each re-renders the filter).
  const groups = useMemo(() => cohortOptions(items, lang), [items, lang])
  const all = [...groups.present, ...groups.past]
  const value = selected ? cohortOptionValue(selected) : ''
  const update = (changes: Record<string, string | null>, state?: unknown) => {
    const next = new URLSearchParams(params)
    for (const [key, v] of Object.entries(changes)) {
      if (v === null) next.delete(key)
      else next.set(key, v)
    }
    // Another cohort or year starts the table over: its page and search were the other view's.
    if (!('page' in changes)) next.delete('page')
    setParams(orderedView(next), { state })
  }
  return (
    <form className="filters" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      <label className="cohort-select">
        <span>{t('filters.cohort')}</span>
        <select
          value={value}
          onChange={(e) => {
            const option = all.find((o) => o.value === e.target.value)
            if (!option) return
            const c = option.cohort
            // The year the URL names (the one just chosen, while its data may still be on the
            // way), else the one shown.
            const kept = yearForCohort(c.years, Number(params.get('year')) || year)
            update(
              {
                parent: c.parent.code,
                kind: c.kind,
                cohort: c.block,
                year: kept.year === undefined ? null : String(kept.year),
              },
              kept.moved ? { yearMoved: kept.moved } : undefined,
            )
          }}
        >
          {!all.some((o) => o.value === value) && (
            <option value={value}>
              {selected
                ? cohortInWords(
                    { ...selected, parent: { name: parentNameIn(items, selected.parent) } },
                    lang,
                    t,
                  )
                : '–'}
            </option>
          )}
          <CohortOptionList groups={groups} />
        </select>
      </label>
      <label>
        <span>{t('filters.year')}</span>
        <select
          value={year ?? ''}
          onChange={(e) => update({ year: e.target.value })}
          disabled={years.length === 0}
        >
          {year !== undefined && !years.includes(year) && <option value={year}>{year}</option>}
          {[...years].reverse().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </form>
  )
}

/**
 * The cohort and year the URL names, as the page will show them once their data is in: a URL
 * just chosen, ahead of the view on screen. What is shown (the props) when the URL names none.
 */
function chosenView(params: URLSearchParams, shown: Props): Omit<Props, 'items'> {
  const parsed = parseSearch(cohortSearchSchema, params)
  const key = parsed.ok ? selectedCohort(parsed.data, shown.items) : undefined
  const cohort = key && findCohort(shown.items, key)
  if (!parsed.ok || !key || !cohort) return shown
  return {
    selected: key,
    year: parsed.data.year ?? cohort.latestYear,
    years: cohort.years,
  }
}
