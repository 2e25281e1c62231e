import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useLocation, useParams, useSearchParams } from 'react-router'
import { isUnitCode } from '#shared/domain/units.ts'
import { BadParams } from '#client/components/ui/bad-params.tsx'
import { Panel } from '#client/components/ui/panel.tsx'
import { NoYearNotice, withYear } from '#client/components/ui/no-year.tsx'
import { unitQueries } from '#client/cohorts/api/units.queries.ts'
import { ProfileHeader, SummaryPanel } from '#client/features/units/components/profile-header.tsx'
import { UnitTimeline } from '#client/features/units/components/unit-timeline.tsx'
import { ReportMenu } from '#client/features/report/components/report-menu.tsx'
import { CompareAction } from '#client/features/units/components/compare-action.tsx'
import { IndexYearsPanel } from '#client/features/units/components/profile-index-years-panel.tsx'
import { FieldsPanel } from '#client/features/units/components/profile-fields-panel.tsx'
import { ProfileTasksPanel } from '#client/features/units/components/profile-tasks-panel.tsx'
import { ProfileAwardsPanel } from '#client/features/units/components/profile-awards-panel.tsx'
import { parseSearch, profileSearchSchema } from '#client/lib/cohort-params.ts'
import { useDocumentTitle } from '#client/app/use-document-title.ts'
import { UnitNotFound } from './unit-not-found.tsx'
import { profileYear } from '#client/features/units/utils/profile-year.ts'

export function UnitProfilePage() {
  useDocumentTitle('profile')
  const { t } = useTranslation()
  const { code = '' } = useParams()
  const [params] = useSearchParams()
  const codeOk = isUnitCode(code)
  const parsed = parseSearch(profileSearchSchema, params)
  if (!codeOk || !parsed.ok)
    return (
      <BadParams invalid={[...(codeOk ? [] : ['code']), ...(parsed.ok ? [] : parsed.invalid)]} />
    )
  return (
    // Keyed by the unit: another unit's address (a unit found from a not-found page) starts over.
    <Panel
      key={code}
      className="plain"
      title={t('profile.title')}
      skeletonHeight={120}
      notFound={<UnitNotFound code={code} />}
    >
      <Profile code={code} year={parsed.data.year} />
    </Panel>
  )
}

function Profile({ code, year: asked }: { code: string; year: number | undefined }) {
  const { t } = useTranslation()
  const { pathname, search } = useLocation()
  const { data } = useSuspenseQuery(unitQueries.profile(code))
  const years = data.years.map((y) => y.year)
  const year = profileYear(years, asked)
  if (year === undefined || !years.includes(year)) {
    return (
      <>
        <h1 className="page-title">{data.unit.name}</h1>
        {years.length === 0 ? (
          <p className="empty-state" role="status">
            {t('state.noResults', { unit: data.unit.name })}
          </p>
        ) : (
          <NoYearNotice
            what={data.unit.name}
            year={year ?? '–'}
            years={years}
            hrefOf={(y) => withYear(pathname, search, y)}
          />
        )}
        {/* A unit without results (a commune merged away) still has a history to tell. */}
        <div className="panels after-notice">
          <Panel title={t('profile.history')} skeletonHeight={160}>
            <UnitTimeline code={code} />
          </Panel>
        </div>
      </>
    )
  }
  const props = { code, year, fileCohort: code.toLowerCase().replace(/[_.]+/g, '-') }
  return (
    <>
      <ProfileHeader code={code} year={year} />
      {/* One row of actions: the report menu and the comparison, side by side. */}
      <div className="page-actions">
        <ReportMenu target={{ type: 'unit', code, year }} />
        <CompareAction code={code} year={year} />
      </div>
      <div className="panels">
        <Panel title={t('profile.summary')} skeletonHeight={120}>
          <SummaryPanel code={code} year={year} />
        </Panel>
        <Panel className="half" title={t('profile.indexOverYears')} skeletonHeight={360}>
          <IndexYearsPanel {...props} />
        </Panel>
        <Panel className="half" title={t('profile.fields')} skeletonHeight={360} deferred>
          <FieldsPanel {...props} />
        </Panel>
        <Panel title={t('profile.history')} skeletonHeight={160}>
          <UnitTimeline code={code} />
        </Panel>
        <Panel className="half" title={t('profile.tasks')} skeletonHeight={320} deferred>
          <ProfileTasksPanel {...props} />
        </Panel>
        <Panel className="half" title={t('profile.awards')} skeletonHeight={320} deferred>
          <ProfileAwardsPanel {...props} />
        </Panel>
      </div>
    </>
  )
}
