import { useTranslation } from 'react-i18next'
import { Panel } from '#client/components/ui/panel.tsx'
import { CohortView } from '#client/cohorts/components/cohort-view.tsx'
import { KpiTilesPanel } from '#client/features/rankings/components/kpi-tiles.tsx'
import { RankingPanel } from '#client/features/rankings/components/ranking-panel.tsx'
import { YoyPanel } from '#client/features/rankings/components/yoy-panel.tsx'
import { TasksGlance } from '#client/features/tasks/components/tasks-glance.tsx'
import { AwardsGlance } from '#client/features/awards/components/awards-glance.tsx'
import { ReportMenu } from '#client/features/report/components/report-menu.tsx'
import { MyUnitPanel } from '#client/features/units/components/my-unit-card.tsx'
import { useDocumentTitle } from '#client/app/use-document-title.ts'
import { toCohortParams } from '#client/lib/cohort-params.ts'

export function OverviewPage() {
  useDocumentTitle('overview')
  const { t } = useTranslation()
  return (
    <CohortView title={t('overview.title')}>
      {(selection) => (
        <>
          <ReportMenu
            target={{
              type: 'cohort',
              cohort: toCohortParams(selection),
            }}
          />
          {/* A phone shows the reader's own unit first once its card is drawn (my-unit-card.css). */}
          <Panel title={t('myUnit.title')} skeletonHeight={160}>
            <MyUnitPanel selection={selection} />
          </Panel>
          <Panel className="plain" skeletonHeight={110}>
            <KpiTilesPanel selection={selection} />
          </Panel>
          <Panel
            className="half ranking-first"
            // Named before the data say whether a scheme grades the year: no grades promised.
            title={t('overview.rankingChartNoGrades')}
            skeletonHeight={480}
          >
            <RankingPanel selection={selection} />
          </Panel>
          <Panel className="half" title={t('overview.yoyChart')} skeletonHeight={480} deferred>
            <YoyPanel selection={selection} />
          </Panel>
          <Panel className="half" title={t('overview.tasks')} skeletonHeight={160} deferred>
            <TasksGlance selection={selection} />
          </Panel>
          <Panel className="half" title={t('overview.awards')} skeletonHeight={160} deferred>
            <AwardsGlance selection={selection} />
          </Panel>
        </>
      )}
    </CohortView>
  )
}
