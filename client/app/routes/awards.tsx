import { useTranslation } from 'react-i18next'
import { Panel } from '#client/components/ui/panel.tsx'
import { CohortView } from '#client/cohorts/components/cohort-view.tsx'
import { AwardsPanel } from '#client/features/awards/components/awards-panel.tsx'
import { AwardsTablePanel } from '#client/features/awards/components/awards-table-panel.tsx'
import { useDocumentTitle } from '#client/app/use-document-title.ts'

export function AwardsPage() {
  useDocumentTitle('awards')
  const { t } = useTranslation()
  return (
    <CohortView title={t('awards.title')} figuresOtherThanIndex>
      {(selection) => (
        <>
          <Panel title={t('awards.chart')} skeletonHeight={480}>
            <AwardsPanel selection={selection} />
          </Panel>
          <Panel
            title={t('cohortPages.awardsTable', { cohort: selection.label, year: selection.year })}
            skeletonHeight={520}
          >
            <AwardsTablePanel selection={selection} />
          </Panel>
        </>
      )}
    </CohortView>
  )
}
