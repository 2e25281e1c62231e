import { useSuspenseQuery } from '@tanstack/react-query'
import { formatRate } from '#client/lib/format.ts'
import { useTranslation } from 'react-i18next'
import type { Column } from '#client/components/ui/data-table.tsx'
import {
  CohortTable,
  numberColumn,
  unitNameColumn,
} from '#client/cohorts/components/cohort-table.tsx'
import { toCohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { taskStatusSeries } from '#client/lib/domain-series.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { useTableSearch } from '#client/components/ui/use-table-search.ts'
import type { TaskStatus } from '#shared/domain/task-statuses.ts'
import { taskQueries } from '../api/tasks.queries.ts'
import { TASK_STATUS_SORT, TASK_TABLE_SORT } from '../utils/task-sorts.ts'
import { toTaskRow, type TaskRow } from '../utils/to-task-series.ts'

/** Tasks page: every unit's plan, a page at a time, sorted and searched on the server. */
export function TasksTablePanel({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const lang = useLang()
  const { table, controls } = useTableSearch(TASK_TABLE_SORT)
  const cohort = toCohortParams(selection)
  const { data } = useSuspenseQuery(taskQueries.page(cohort, table))
  const columns: Column<TaskRow>[] = [
    unitNameColumn(t, selection.year),
    numberColumn('planned', t('columns.planned'), (r) => r.planned, lang),
    // The rates the list is sorted by next to the plan, the counts they come from after them.
    numberColumn('completionPct', t('columns.completionPct'), (r) => r.completionPct, lang, {
      render: (r) => formatRate(r.exact.completionPct, lang),
    }),
    numberColumn('onTimePct', t('columns.onTimePct'), (r) => r.onTimePct, lang, {
      render: (r) => formatRate(r.exact.onTimePct, lang),
    }),
    ...taskStatusSeries(lang).map((s) =>
      numberColumn<TaskRow>(
        TASK_STATUS_SORT[s.key as TaskStatus],
        s.label,
        (r) => r[s.key as TaskStatus],
        lang,
        // On a phone: the plan and its rates, by which the list is sorted; the counts on request.
        { extra: true },
      ),
    ),
  ]
  // The chart's panel above already says the cohort-year has no data: no second card saying it.
  if (data.total === 0) return null
  const caption = t('cohortPages.tasksTable', { cohort: selection.label, year: selection.year })
  return (
    <>
      <h2 className="panel-title">{caption}</h2>
      <CohortTable
        cohort={cohort}
        path="/api/tasks"
        caption={caption}
        columns={columns}
        rows={data.items.map(toTaskRow)}
        matched={data.matched}
        total={data.total}
        testId="tasks-table"
        controls={controls}
        table={table}
      />
      <p className="chart-note" data-testid="tasks-due-note">
        {t('tasks.dueNote')}
      </p>
    </>
  )
}
