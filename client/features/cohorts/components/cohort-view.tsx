import { useSuspenseQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { Panel } from '#client/components/ui/panel.tsx'
import { BadParams } from '#client/components/ui/bad-params.tsx'
import { kindLabel, shownBlock } from '#client/lib/cohort-label.ts'
import {
  cohortSearchSchema,
  fileCohortOf,
  findCohort,
  parseSearch,
  selectedCohort,
  type CohortSearch,
  type CohortSelection,
} from '#client/lib/cohort-params.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { cohortQueries } from '../api/cohorts.queries.ts'
import { CohortFilter } from './cohort-filter.tsx'

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
  const key = selectedCohort(search, data.items)
  const cohort = key && findCohort(data.items, key)
  if (!key || !cohort) {
    const kind = key?.kind ?? search.kind
    const block = kind ? shownBlock(kind, key?.block ?? search.cohort ?? null) : null
    const named = [...(kind ? [kindLabel(kind, lang)] : []), key?.parent ?? search.parent ?? '–', ...(block ? [block] : [])]
    return (
      <>
        <CohortFilter items={data.items} selected={key} year={search.year} years={[]} />
        <p className="empty-state" role="status">{t('state.noCohort', { cohort: named.join(' — ') })}</p>
      </>
    )
  }
  const block = shownBlock(cohort.kind, cohort.block)
  const kind = kindLabel(cohort.kind, lang).toLocaleLowerCase(lang)
  const label = block
    ? t('filters.cohortLabelBlock', { parent: cohort.parent.name, kind, block })
    : t('filters.cohortLabel', { parent: cohort.parent.name, kind })
  const year = search.year ?? cohort.latestYear
  const filter = <CohortFilter items={data.items} selected={key} year={year} years={cohort.years} />
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
    block: cohort.block,
    year,
    years: cohort.years,
    label,
    fileCohort: fileCohortOf(cohort.parent.code, cohort.kind, cohort.block),
  }
  return (
    <>
      {filter}
      <div className="panels">{children(selection)}</div>
    </>
  )
}
