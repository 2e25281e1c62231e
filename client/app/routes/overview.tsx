import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { Panel } from '#client/components/ui/panel.tsx'
import { CohortView } from '#client/cohorts/components/cohort-view.tsx'
import { KpiTilesPanel } from '#client/features/rankings/components/kpi-tiles.tsx'
import { RankingPanel } from '#client/features/rankings/components/ranking-panel.tsx'
import { YoyPanel } from '#client/features/rankings/components/yoy-panel.tsx'
import { TasksGlance } from '#client/features/tasks/components/tasks-glance.tsx'
import { AwardsGlance } from '#client/features/awards/components/awards-glance.tsx'
import { ReportMenu } from '#client/features/report/components/report-menu.tsx'
import { MyUnitPanel, useMyUnitHasCard } from '#client/features/units/components/my-unit-card.tsx'
import { useDocumentTitle } from '#client/app/use-document-title.ts'
import { toCohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { usePhone } from '#client/lib/use-phone.ts'

export function OverviewPage() {
  useDocumentTitle('overview')
  const { t } = useTranslation()
  return (
    <CohortView title={t('overview.title')}>
      {(selection) => <OverviewPanels selection={selection} />}
    </CohortView>
  )
}

function OverviewPanels({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const phone = usePhone()
  const cardFirst = useMyUnitHasCard(selection)
  const report = (
    <ReportMenu key="report" target={{ type: 'cohort', cohort: toCohortParams(selection) }} />
  )
  const myUnit = (
    <Panel key="my-unit" title={t('myUnit.title')} skeletonHeight={160}>
      <MyUnitPanel selection={selection} />
    </Panel>
  )
  const tiles = (
    <Panel key="tiles" className="plain" skeletonHeight={110}>
      <KpiTilesPanel selection={selection} />
    </Panel>
  )
  const ranking = (
    <Panel
      key="ranking"
      className="half"
      // Named before the data say whether a scheme grades the year: no grades promised.
      title={t('overview.rankingChartNoGrades')}
      skeletonHeight={480}
    >
      <RankingPanel selection={selection} />
    </Panel>
  )
  // On a phone the ranking chart comes first (the first screen shows it), or the reader's own
  // unit's card when it has one: a department head's first question is where their unit stands.
  // The panels are placed in that order in the page, not moved by the stylesheet, so Tab and a
  // screen reader go down the page as the eye does.
  const lead: ReactElement[] = !phone
    ? [report, myUnit, tiles, ranking]
    : cardFirst
      ? [myUnit, ranking, report, tiles]
      : [ranking, report, myUnit, tiles]
  return (
    <>
      {lead}
      <Panel
        key="yoy"
        className="half"
        title={t('overview.yoyChart')}
        skeletonHeight={480}
        deferred
      >
        <YoyPanel selection={selection} />
      </Panel>
      <Panel key="tasks" className="half" title={t('overview.tasks')} skeletonHeight={160} deferred>
        <TasksGlance selection={selection} />
      </Panel>
      <Panel
        key="awards"
        className="half"
        title={t('overview.awards')}
        skeletonHeight={160}
        deferred
      >
        <AwardsGlance selection={selection} />
      </Panel>
    </>
  )
}
