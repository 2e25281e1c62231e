import { useTranslation } from 'react-i18next'
import { Panel } from '#client/components/ui/panel.tsx'
import { CohortView } from '#client/features/cohorts/components/cohort-view.tsx'
import { TasksPanel } from '#client/features/tasks/components/tasks-panel.tsx'

export function TasksPage() {
  const { t } = useTranslation()
  return (
    <CohortView title={t('tasks.title')}>
      {(selection) => (
        <Panel title={t('tasks.chart')} skeletonHeight={480}>
          <TasksPanel selection={selection} />
        </Panel>
      )}
    </CohortView>
  )
}
