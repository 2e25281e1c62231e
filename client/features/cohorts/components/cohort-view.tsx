import { useSuspenseQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { UNIT_KIND_LABELS, type UnitKind } from '#shared/domain/units.ts'
import type { UnitRef } from '#shared/dto/unit.ts'
import { Panel } from '#client/components/ui/panel.tsx'
import { BadParams } from '#client/components/ui/bad-params.tsx'
import {
  cohortSearchSchema,
  fileCohortOf,
  findCohort,
  parseSearch,
  selectedCohort,
  type CohortSearch,
  type CohortSelection,
} from '#client/lib/cohort-params.ts'
import { compareVi } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { cohortQueries } from '../api/cohorts.queries.ts'

type Props = { title: string; children: (selection: CohortSelection) => ReactNode }

/** A cohort page: the URL's filters, validated, with the cohort/year picker above the panels. */
export function CohortView({ title, children }: Props) {
  const [params] = useSearchParams()
  const parsed = parseSearch(cohortSearchSchema, params)
  return (
    <>
      <h1 className="page-title">{title}</h1>
      {parsed.ok ? (
        <Panel className="plain" skeletonHeight={56}>
          <CohortResolver search={parsed.data}>{children}</CohortResolver>
        </Panel>
      ) : (
        <BadParams invalid={parsed.invalid} />
      )}
    </>
  )
}

function CohortResolver({ search, children }: { search: CohortSearch; children: Props['children'] }) {
  const { t } = useTranslation()
  const lang = useLang()
  const { data } = useSuspenseQuery(cohortQueries.list())
  const selected = selectedCohort(search)
  const { parent: parentCode, kind } = selected
  const cohort = findCohort(data.items, selected)
  const kindLabel = UNIT_KIND_LABELS[kind]?.[lang] ?? kind
  if (!cohort) {
    return (
      <>
        <CohortFilter items={data.items} parent={parentCode} kind={kind} year={search.year} years={[]} />
        <p className="empty-state" role="status">{t('state.noCohort', { cohort: `${kindLabel} — ${parentCode}` })}</p>
      </>
    )
  }
  const label = `${cohort.parent.name} (${kindLabel.toLocaleLowerCase(lang)})`
  const year = search.year ?? cohort.latestYear
  const filter = <CohortFilter items={data.items} parent={parentCode} kind={kind} year={year} years={cohort.years} />
  if (!cohort.years.includes(year)) {
    return (
      <>
        {filter}
        <p className="empty-state" role="status">
          {t('state.noYear', { cohort: label, year, years: cohort.years.join(', ') })}
        </p>
      </>
    )
  }
  const selection: CohortSelection = {
    parent: cohort.parent,
    kind: cohort.kind,
    year,
    years: cohort.years,
    label,
    fileCohort: fileCohortOf(cohort.parent.code, cohort.kind),
  }
  return (
    <>
      {filter}
      <div className="panels">{children(selection)}</div>
    </>
  )
}

type FilterProps = {
  items: { parent: UnitRef; kind: UnitKind; latestYear: number }[]
  parent: string
  kind: string
  year: number | undefined
  years: number[]
}

function CohortFilter({ items, parent, kind, year, years }: FilterProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const [params, setParams] = useSearchParams()
  const options = items
    .map((c) => ({ value: `${c.parent.code}|${c.kind}`, label: t('filters.cohortOption', { kind: (UNIT_KIND_LABELS[c.kind]?.[lang] ?? c.kind).toLocaleLowerCase(lang), parent: c.parent.name }) }))
    .sort((a, b) => compareVi(a.label, b.label))
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params)
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key)
      else next.set(key, value)
    }
    setParams(next)
  }
  return (
    <form className="filters" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      <label>
        <span>{t('filters.cohort')}</span>
        <select
          value={`${parent}|${kind}`}
          onChange={(e) => {
            const [p = '', k = ''] = e.target.value.split('|')
            update({ parent: p, kind: k, year: null })
          }}
        >
          {!options.some((o) => o.value === `${parent}|${kind}`) && <option value={`${parent}|${kind}`}>{parent}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filters.year')}</span>
        <select value={year ?? ''} onChange={(e) => update({ year: e.target.value })} disabled={years.length === 0}>
          {year !== undefined && !years.includes(year) && <option value={year}>{year}</option>}
          {[...years].reverse().map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </select>
      </label>
    </form>
  )
}
