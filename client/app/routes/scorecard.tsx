import { useTranslation } from 'react-i18next'
import { Panel } from '#client/components/ui/panel.tsx'
import { CohortView } from '#client/cohorts/components/cohort-view.tsx'
import { ScorecardHeatmapPanel } from '#client/features/scorecard/components/scorecard-heatmap-panel.tsx'
import { ScorecardTablePanel } from '#client/features/scorecard/components/scorecard-table-panel.tsx'
import { useDocumentTitle } from '#client/app/use-document-title.ts'

/** Which unit is weak in which field: the cohort's units × fields, as shares of each maximum. */
export function ScorecardPage() {
  useDocumentTitle('scorecard')
  const { t } = useTranslation()
  return (
    <CohortView title={t('scorecard.title')}>
      {(selection) => (
        <>
          <Panel title={t('scorecard.title')} skeletonHeight={520}>
            <ScorecardTablePanel selection={selection} />
          </Panel>
          <Panel title={t('scorecard.heatmap')} skeletonHeight={480}>
            <ScorecardHeatmapPanel selection={selection} />
          </Panel>
        </>
      )}
    </CohortView>
  )
}
