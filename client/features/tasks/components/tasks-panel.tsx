import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import { FocusedChart, useFocus, useFocusNote, withFocusNote } from '#client/components/charts/focus-controls.tsx'
import { StackedBarChart } from '#client/components/charts/stacked-bar-chart.tsx'
import type { Column } from '#client/components/ui/data-table.tsx'
import { cohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { labelFocusedRows } from '#client/lib/focus-label.ts'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { taskQueries } from '../api/tasks.queries.ts'
import { taskStatusSeries } from '#client/lib/domain-series.ts'
import { toTaskSeries, type TaskRow } from '../utils/to-task-series.ts'

/** Tasks page: each unit's plan by status, with completion and on-time rates in the table. */
export function TasksPanel({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const lang = useLang()
  const { data } = useSuspenseQuery(taskQueries.list(cohortParams(selection)))
  const rows = toTaskSeries(data.items).filter((r) => r.planned > 0)
  // Best and lowest completion at the two ends of a large cohort, plus the units searched for.
  const focus = useFocus(rows)
  const note = useFocusNote(focus.result)
  const drawn = labelFocusedRows(focus.result)
  const series = taskStatusSeries(lang)
  const fmt = (v: number) => formatNumber(v, lang)
  const columns: Column<TaskRow>[] = [
    { key: 'unit', header: t('columns.unit'), value: (r) => r.name },
    { key: 'planned', header: t('columns.planned'), value: (r) => r.planned, numeric: true },
    ...series.map((s) => ({ key: s.key, header: s.label, value: (r: TaskRow) => r[s.key as keyof TaskRow] as number, numeric: true })),
    { key: 'completionPct', header: t('columns.completionPct'), value: (r) => r.completionPct, render: (r) => formatNumber(r.completionPct, lang, 1), numeric: true },
    { key: 'onTimePct', header: t('columns.onTimePct'), value: (r) => r.onTimePct, render: (r) => formatNumber(r.onTimePct, lang, 1), numeric: true },
  ]
  return (
    <ChartFrame
      chartId="tasks"
      title={t('tasks.chart')}
      subtitle={withFocusNote(`${selection.label}, ${selection.year}`, note)}
      cohortLabel={selection.label}
      fileCohort={selection.fileCohort}
      period={selection.year}
      legend={series.map((s) => ({ label: s.label, color: s.color, pattern: s.pattern }))}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.code}
      render={(size) => (
        <FocusedChart focus={focus} size={size}>
          <StackedBarChart rows={drawn} series={series} size={size} formatValue={fmt} />
        </FocusedChart>
      )}
    />
  )
}
