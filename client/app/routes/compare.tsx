import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { COMPARE_MAX_UNITS, COMPARE_MIN_UNITS } from '#shared/schemas/compare.schema.ts'
import { unitCodeSchema } from '#shared/schemas/units.schema.ts'
import { BadParams } from '#client/components/ui/bad-params.tsx'
import { Panel } from '#client/components/ui/panel.tsx'
import { ComparePicker } from '#client/features/compare/components/compare-picker.tsx'
import {
  CompareDifferencesPanel,
  CompareFieldsPanel,
  CompareYearsPanel,
} from '#client/features/compare/components/compare-panels.tsx'
import { unitQueries } from '#client/features/units/api/units.queries.ts'
import { cohortQueries } from '#client/features/cohorts/api/cohorts.queries.ts'
import { rankingQueries } from '#client/features/rankings/api/rankings.queries.ts'
import { keyOf } from '#client/lib/cohort-params.ts'
import { landingCohort } from '#client/lib/landing-cohort.ts'
import { useDocumentTitle } from '#client/lib/use-document-title.ts'

/** Parses `?units=A,B` leniently: duplicates dropped; bad codes named; the count checked apart. */
function parseUnits(raw: string | null) {
  const codes = [
    ...new Set(
      (raw ?? '')
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    ),
  ]
  const bad = codes.filter((c) => !unitCodeSchema.safeParse(c).success)
  return { codes, bad }
}

export function ComparePage() {
  useDocumentTitle('compare')
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const { codes, bad } = parseUnits(params.get('units'))
  if (bad.length > 0) return <BadParams invalid={[`units (${bad.join(', ')})`]} />
  const setUnits = (next: string[]) => {
    const p = new URLSearchParams(params)
    if (next.length) p.set('units', next.join(','))
    else p.delete('units')
    setParams(p)
  }
  const ready = codes.length >= COMPARE_MIN_UNITS && codes.length <= COMPARE_MAX_UNITS
  return (
    <>
      <h1 className="page-title">{t('compare.title')}</h1>
      <Panel className="plain" skeletonHeight={48}>
        <PickerWithUnits codes={codes} onChange={setUnits} />
      </Panel>
      {codes.length < COMPARE_MIN_UNITS && (
        <p className="empty-state" role="status">
          {t('compare.needTwo')}
        </p>
      )}
      {codes.length > COMPARE_MAX_UNITS && (
        <p className="empty-state" role="alert">
          {t('compare.tooMany')}
        </p>
      )}
      {ready && (
        <div className="panels">
          <Panel className="half" title={t('compare.byField')} skeletonHeight={420}>
            <CompareFieldsPanel units={codes} />
          </Panel>
          <Panel className="half" title={t('compare.overYears')} skeletonHeight={420}>
            <CompareYearsPanel units={codes} />
          </Panel>
          <Panel title={t('compare.differences')} skeletonHeight={300}>
            <CompareDifferencesPanel units={codes} />
          </Panel>
        </div>
      )}
    </>
  )
}

/**
 * The picker offers the units ranked with the first chosen unit in its latest year (its cohort,
 * block included), or those of the landing cohort before any is chosen.
 */
function PickerWithUnits({
  codes,
  onChange,
}: {
  codes: string[]
  onChange: (codes: string[]) => void
}) {
  const first = codes[0]
  const { data: cohorts } = useSuspenseQuery(cohortQueries.list())
  const landing = landingCohort(cohorts.items)
  const fallback = landing ? { ...keyOf(landing), year: landing.latestYear } : null
  return first ? (
    <PickerFromUnit code={first} codes={codes} fallback={fallback} onChange={onChange} />
  ) : (
    <PickerFromCohort cohort={fallback} codes={codes} onChange={onChange} />
  )
}

type CohortYear = Parameters<typeof rankingQueries.list>[0]
type PickerProps = { codes: string[]; onChange: (codes: string[]) => void }

function PickerFromUnit({
  code,
  fallback,
  ...props
}: PickerProps & { code: string; fallback: CohortYear | null }) {
  const { data } = useSuspenseQuery(unitQueries.profile(code))
  const last = data.years[data.years.length - 1]
  const cohort = last
    ? {
        parent: last.cohort.parent.code,
        kind: last.cohort.kind,
        block: last.cohort.block,
        year: last.year,
      }
    : fallback
  return (
    <PickerFromCohort
      cohort={cohort}
      {...props}
      extra={[{ code: data.unit.code, name: data.unit.name }]}
    />
  )
}

function PickerFromCohort({
  cohort,
  codes,
  onChange,
  extra = [],
}: PickerProps & { cohort: CohortYear | null; extra?: { code: string; name: string }[] }) {
  if (!cohort) return <ComparePicker selected={codes} options={extra} onChange={onChange} />
  return <RankedPicker cohort={cohort} codes={codes} onChange={onChange} extra={extra} />
}

function RankedPicker({
  cohort,
  codes,
  onChange,
  extra,
}: PickerProps & { cohort: CohortYear; extra: { code: string; name: string }[] }) {
  const { data } = useSuspenseQuery(rankingQueries.list(cohort))
  const ranked = data.items.map((item) => item.unit)
  const options = [...ranked, ...extra.filter((u) => !ranked.some((r) => r.code === u.code))]
  return <ComparePicker selected={codes} options={options} onChange={onChange} />
}
