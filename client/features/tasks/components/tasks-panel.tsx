import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import { StackedBarChart } from '#client/components/charts/stacked-bar-chart.tsx'
import type { Column } from '#client/components/ui/data-table.tsx'
import type { CohortSelection } from '#client/lib/cohort-params.ts'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { taskQueries } from '../api/tasks.queries.ts'
import { taskStatusSeries } from '#client/lib/domain-series.ts'
import { toTaskSeries, type TaskRow } from '../utils/to-task-series.ts'

/** Tasks page: each unit's plan by status, with completion and on-time rates in the table. */
export function TasksPanel({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const lang = useLang()
  const { data } = useSuspenseQuery(taskQueries.list({ parent: selection.parent.code, kind: selection.kind, year: selection.year }))
  const rows = toTaskSeries(data.items)
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
      subtitle={`${selection.label}, ${selection.year}`}
      cohortLabel={selection.label}
      fileCohort={selection.fileCohort}
      period={selection.year}
      legend={series.map((s) => ({ label: s.label, color: s.color, pattern: s.pattern }))}
      columns={columns}
      rows={rows.filter((r) => r.planned > 0)}
      rowKey={(r) => r.code}
      render={(size) => <StackedBarChart rows={rows.filter((r) => r.planned > 0)} series={series} size={size} formatValue={fmt} />}
    />
  )
}
