import { useSuspenseQuery } from '@tanstack/react-query'
import { Fragment, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useSearchParams } from 'react-router'
import { Panel } from '#client/components/ui/panel.tsx'
import { BadParams } from '#client/components/ui/bad-params.tsx'
import { cohortInWords, parentNameIn, shownBlock } from '#client/lib/cohort-label.ts'
import {
  cohortSearch,
  cohortSearchSchema,
  fileCohortOf,
  findCohort,
  keyOf,
  parseSearch,
  selectedCohort,
  type CohortSearch,
  type CohortSelection,
} from '#client/lib/cohort-params.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { useCompletedUrl } from '#client/lib/use-completed-url.ts'
import { orderedView, yearMovedOf } from '#client/lib/view-state.ts'
import { NoYearNotice, withYear } from '#client/components/ui/no-year.tsx'
import { cohortQueries } from '../api/cohorts.queries.ts'
import { CohortFilter } from './cohort-filter.tsx'
import { PublicationStatus } from '#client/components/ui/publication-status.tsx'

type Props = {
  title: string
  /**
   * The page's figures are not what the cohort-year's decision published (tasks, awards): its
   * publication status says it is the PAR Index's (PublicationStatus).
   */
  figuresOtherThanIndex?: boolean
  children: (selection: CohortSelection) => ReactNode
}

/** A cohort page: the URL's filters, validated, with the cohort/year picker above the panels. */
export function CohortView({ title, figuresOtherThanIndex = false, children }: Props) {
  const [params] = useSearchParams()
  const parsed = parseSearch(cohortSearchSchema, params)
  return (
    <>
      <h1 className="page-title">{title}</h1>
      {parsed.ok ? (
        <Panel className="plain" skeletonHeight={56}>
          <CohortResolver search={parsed.data} ofIndex={figuresOtherThanIndex}>
            {children}
          </CohortResolver>
        </Panel>
      ) : (
        <BadParams invalid={parsed.invalid} />
      )}
    </>
  )
}

function CohortResolver({
  search,
  ofIndex,
  children,
}: {
  search: CohortSearch
  ofIndex: boolean
  children: Props['children']
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const { pathname, search: urlSearch, state } = useLocation()
  const { data } = useSuspenseQuery(cohortQueries.list())
  const key = selectedCohort(search, data.items)
  const cohort = key && findCohort(data.items, key)
  const shownYear = cohort ? (search.year ?? cohort.latestYear) : undefined
  // A URL that leaves the cohort or year to the app (the landing page, an old link) is written
  // out in place, so it names the view it shows and still shows it next year (ADR 025).
  useCompletedUrl(
    cohort && shownYear !== undefined && cohort.years.includes(shownYear)
      ? { ...keyOf(cohort), year: shownYear }
      : null,
  )
  const yearMoved = yearMovedOf(state)
  if (!key || !cohort) {
    const kind = key?.kind ?? search.kind
    const parentCode = key?.parent ?? search.parent
    const parent = { name: parentCode ? parentNameIn(data.items, parentCode) : '–' }
    // Named as the cohort picker names cohorts: "Tỉnh Tây Ninh (cấp huyện)".
    const named = kind
      ? cohortInWords({ parent, kind, block: key?.block ?? search.cohort ?? null }, lang, t)
      : parent.name
    // A link from before blocks (parent and level only) finds the blocks the level is ranked in.
    const blocks = key
      ? data.items.filter((c) => c.block && findCohort([c], { ...key, block: c.block }))
      : []
    return (
      <>
        <CohortFilter items={data.items} selected={key} year={search.year} years={[]} />
        <div className="empty-state" role="status">
          <p>{t('state.noCohort', { cohort: named })}</p>
          {blocks.length > 0 && (
            <p>
              {t('state.rankedInBlocks')}{' '}
              {blocks.map((c, i) => (
                <Fragment key={c.block}>
                  {i > 0 && ', '}
                  <Link
                    to={`${pathname}${cohortSearch({ parent: c.parent.code, kind: c.kind, block: c.block, year: search.year })}`}
                  >
                    {shownBlock(c.kind, c.block, lang) ?? c.block}
                  </Link>
                </Fragment>
              ))}
            </p>
          )}
        </div>
      </>
    )
  }
  const label = cohortInWords(cohort, lang, t)
  const year = shownYear ?? cohort.latestYear
  const filter = <CohortFilter items={data.items} selected={key} year={year} years={cohort.years} />
  if (!cohort.years.includes(year)) {
    return (
      <>
        {filter}
        <NoYearNotice
          what={label}
          year={year}
          years={cohort.years}
          hrefOf={(y) => withYear(pathname, orderedView(new URLSearchParams(urlSearch)), y)}
        />
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
      {yearMoved && yearMoved.to === year && (
        <p className="chart-note year-moved" role="status">
          {t('viewState.yearMoved', { from: yearMoved.from, to: yearMoved.to, cohort: label })}
        </p>
      )}
      <PublicationStatus selection={selection} ofIndex={ofIndex} />
      <div className="panels">{children(selection)}</div>
    </>
  )
}
