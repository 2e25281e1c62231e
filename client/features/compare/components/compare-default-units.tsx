import { useSuspenseQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { cohortQueries } from '#client/cohorts/api/cohorts.queries.ts'
import { rankingQueries } from '#client/cohorts/api/rankings.queries.ts'
import { unitQueries } from '#client/cohorts/api/units.queries.ts'
import {
  findCohort,
  selectedCohort,
  toCohortParams,
  type CohortParams,
  type CohortKey,
  type CohortSearch,
} from '#client/lib/cohort-params.ts'
import { DEFAULT_UNIT_COUNT, DEFAULTS_PARAM, defaultUnits } from '../utils/compare-url.ts'
import { CompareControls } from './compare-controls.tsx'
import { useCompareUrl } from './use-compare-url.ts'

type Props = { cohort: CohortSearch; focus: string | null }

/**
 * A compare opened without units (the nav link): the reader's unit and the top of the cohort
 * the URL names — or of the reader's unit's cohort, or of the landing cohort — written into the
 * URL (replacing the entry: a completion, not a step), so the page is never empty. They are
 * written as the page's (`defaults`), not the reader's (`units`): they give way to the reader's
 * choice (compare-controls.tsx).
 */
export function CompareDefaultUnits({ cohort, focus }: Props) {
  if (!(cohort.parent && cohort.kind) && focus)
    return <FromFocusCohort cohort={cohort} focus={focus} />
  return <FromCohort cohort={cohort} focus={focus} home={undefined} />
}

/** The reader's unit's cohort in the year asked (or its latest year). */
function FromFocusCohort({ cohort, focus }: { cohort: CohortSearch; focus: string }) {
  const { data } = useSuspenseQuery(unitQueries.profile(focus))
  const result = data.years.find((y) => y.year === cohort.year) ?? data.years[data.years.length - 1]
  const home = result && {
    parent: result.cohort.parent.code,
    kind: result.cohort.kind,
    block: result.cohort.block,
  }
  return <FromCohort cohort={cohort} focus={focus} home={home} />
}

function FromCohort({
  cohort,
  focus,
  home,
}: {
  cohort: CohortSearch
  focus: string | null
  home: CohortKey | undefined
}) {
  const { data: cohorts } = useSuspenseQuery(cohortQueries.list())
  const key = home ?? selectedCohort(cohort, cohorts.items)
  const listed = key && findCohort(cohorts.items, key)
  if (!listed) return <NoDefault />
  const year =
    cohort.year !== undefined && listed.years.includes(cohort.year)
      ? cohort.year
      : listed.latestYear
  return <TopUnits params={toCohortParams({ ...listed, year })} focus={focus} />
}

function TopUnits({ params, focus }: { params: CohortParams; focus: string | null }) {
  const { t } = useTranslation()
  const update = useCompareUrl()
  // One more than needed: the reader's unit may be among the top ones.
  const { data } = useSuspenseQuery(rankingQueries.search(params, '', DEFAULT_UNIT_COUNT + 1))
  const units = defaultUnits(
    focus,
    data.items.map((i) => i.unit.code),
  )
  const changes = {
    [DEFAULTS_PARAM]: units.join(','),
    parent: params.parent,
    kind: params.kind,
    cohort: params.block,
    year: String(params.year),
  }
  useEffect(() => {
    if (units.length > 0) update(changes, true)
  })
  if (units.length === 0) return <NoDefault />
  return (
    <p className="empty-state" role="status">
      {t('comparing.choosing')}
    </p>
  )
}

function NoDefault() {
  const { t } = useTranslation()
  return (
    <>
      <CompareControls
        url={{ units: [], chosenBy: null, cohort: {} }}
        year={undefined}
        years={[]}
      />
      <p className="empty-state" role="status">
        {t('comparing.noDefault')}
      </p>
    </>
  )
}
