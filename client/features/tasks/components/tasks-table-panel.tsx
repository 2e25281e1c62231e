import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Column } from '#client/components/ui/data-table.tsx'
import { PagedTable } from '#client/components/ui/data-table-paged.tsx'
import { isFocusUnit, useFocusUnit } from '#client/lib/focus-unit.ts'
import { WholeListDownloads } from '#client/features/cohorts/components/whole-list-downloads.tsx'
import { cohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { taskStatusSeries } from '#client/lib/domain-series.ts'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { useTableSearch } from '#client/lib/use-table-search.ts'
import type { TaskStatus } from '#shared/domain/task-statuses.ts'
import { taskQueries } from '../api/tasks.queries.ts'
import { TASK_STATUS_SORT, TASK_TABLE_SORT } from '../utils/task-sorts.ts'
import { toTaskRow, type TaskRow } from '../utils/to-task-series.ts'

/** Tasks page: every unit's plan, a page at a time, sorted and searched on the server. */
export function TasksTablePanel({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const { code: focusCode } = useFocusUnit()
  const lang = useLang()
  const { table, controls } = useTableSearch(TASK_TABLE_SORT)
  const cohort = cohortParams(selection)
  const { data } = useSuspenseQuery(taskQueries.page(cohort, table))
  const rows = data.items.map(toTaskRow)
  const n = (v: number | null) => formatNumber(v, lang)
  const columns: Column<TaskRow>[] = [
    {
      key: 'name',
      header: t('columns.unit'),
      value: (r) => r.name,
      sortable: true,
      // On a phone the name stays in view while the counts scroll under it.
      sticky: true,
      render: (r) => <Link to={`/units/${r.code}?year=${selection.year}`}>{r.name}</Link>,
    },
    {
      key: 'planned',
      header: t('columns.planned'),
      value: (r) => r.planned,
      render: (r) => n(r.planned),
      numeric: true,
      sortable: true,
    },
    ...taskStatusSeries(lang).map((s) => ({
      key: TASK_STATUS_SORT[s.key as TaskStatus],
      header: s.label,
      value: (r: TaskRow) => r[s.key as TaskStatus],
      render: (r: TaskRow) => n(r[s.key as TaskStatus]),
      numeric: true,
      sortable: true,
    })),
    {
      key: 'completionPct',
      header: t('columns.completionPct'),
      value: (r) => r.completionPct,
      render: (r) => formatNumber(r.completionPct, lang, 1),
      numeric: true,
      sortable: true,
    },
    {
      key: 'onTimePct',
      header: t('columns.onTimePct'),
      value: (r) => r.onTimePct,
      render: (r) => formatNumber(r.onTimePct, lang, 1),
      numeric: true,
      sortable: true,
    },
  ]
  if (data.total === 0)
    return (
      <p className="empty-state">
        {t('state.noData', { what: `${selection.label}, ${selection.year}` })}
      </p>
    )
  const caption = t('cohortPages.tasksTable', { cohort: selection.label, year: selection.year })
  return (
    <>
      <h2 className="panel-title">{caption}</h2>
      <PagedTable
        caption={caption}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        {...controls}
        matched={data.matched}
        total={data.total}
        testId="tasks-table"
        isFocusRow={(r) => isFocusUnit(r.code, focusCode)}
        downloads={
          <WholeListDownloads path="/api/tasks" cohort={cohort} table={table} total={data.total} />
        }
      />
    </>
  )
}
