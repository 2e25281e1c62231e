import { useTranslation } from 'react-i18next'
import { Panel } from '#client/components/ui/panel.tsx'
import { CohortView } from '#client/features/cohorts/components/cohort-view.tsx'
import { AwardsPanel } from '#client/features/awards/components/awards-panel.tsx'

export function AwardsPage() {
  const { t } = useTranslation()
  return (
    <CohortView title={t('awards.title')}>
      {(selection) => (
        <Panel title={t('awards.chart')} skeletonHeight={480}>
          <AwardsPanel selection={selection} />
        </Panel>
      )}
    </CohortView>
  )
}
