import { useTranslation } from 'react-i18next'
import { Panel } from '#client/components/ui/panel.tsx'
import { CohortView } from '#client/cohorts/components/cohort-view.tsx'
import { BumpPanel } from '#client/features/rankings/components/bump-panel.tsx'
import { RankingsTablePanel } from '#client/features/rankings/components/rankings-table-panel.tsx'
import { useDocumentTitle } from '#client/app/use-document-title.ts'

export function RankingsPage() {
  useDocumentTitle('rankings')
  const { t } = useTranslation()
  return (
    <CohortView title={t('rankings.title')}>
      {(selection) => (
        <>
          <Panel title={t('rankings.title')} skeletonHeight={520}>
            <RankingsTablePanel selection={selection} />
          </Panel>
          <Panel title={t('rankings.bumpChart')} skeletonHeight={480}>
            <BumpPanel selection={selection} />
          </Panel>
        </>
      )}
    </CohortView>
  )
}
