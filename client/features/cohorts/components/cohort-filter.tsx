import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { CohortSummary } from '#shared/dto/cohort.ts'
import type { CohortKey } from '#client/lib/cohort-params.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { cohortOptions, cohortOptionValue } from '../utils/cohort-options.ts'

type Props = {
  items: readonly CohortSummary[]
  /** The cohort shown; undefined when the URL names none that exists. */
  selected: CohortKey | undefined
  year: number | undefined
  years: number[]
}

/**
 * The cohort (parent, level, block) and year pickers. Choosing a cohort writes all three into
 * the URL and drops the year, so the page opens on that cohort's latest year.
 */
export function CohortFilter({ items, selected, year, years }: Props) {
  const { t } = useTranslation()
  const lang = useLang()
  const [params, setParams] = useSearchParams()
  const groups = cohortOptions(items, lang)
  const all = [...groups.present, ...groups.past]
  const value = selected ? cohortOptionValue(selected) : ''
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params)
    for (const [key, v] of Object.entries(changes)) {
      if (v === null) next.delete(key)
      else next.set(key, v)
    }
    setParams(next)
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
            update({ parent: c.parent.code, kind: c.kind, cohort: c.block, year: null })
          }}
        >
          {!all.some((o) => o.value === value) && (
            <option value={value}>{selected?.parent ?? '–'}</option>
          )}
          {groups.present.length > 0 && (
            <optgroup label={t('filters.presentDay')}>
              {groups.present.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          )}
          {groups.past.length > 0 && (
            <optgroup label={t('filters.beforeNewMap')}>
              {groups.past.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          )}
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
