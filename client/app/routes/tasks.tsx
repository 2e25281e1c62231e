import { useTranslation } from 'react-i18next'
import { Panel } from '#client/components/ui/panel.tsx'
import { CohortView } from '#client/cohorts/components/cohort-view.tsx'
import { TasksPanel } from '#client/features/tasks/components/tasks-panel.tsx'
import { TasksTablePanel } from '#client/features/tasks/components/tasks-table-panel.tsx'
import { useDocumentTitle } from '#client/app/use-document-title.ts'

export function TasksPage() {
  useDocumentTitle('tasks')
  const { t } = useTranslation()
  return (
    <CohortView title={t('tasks.title')} figuresOtherThanIndex>
      {(selection) => (
        <>
          <Panel title={t('tasks.chart')} skeletonHeight={480}>
            <TasksPanel selection={selection} />
          </Panel>
          <Panel
            title={t('cohortPages.tasksTable', { cohort: selection.label, year: selection.year })}
            skeletonHeight={520}
          >
            <TasksTablePanel selection={selection} />
          </Panel>
        </>
      )}
    </CohortView>
  )
}
