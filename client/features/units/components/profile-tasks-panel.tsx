// The unit profile's tasks in the year shown, by field and status, with their completion rates.
import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import { reportedImageSource } from '#client/components/charts/reported-source.ts'
import { StackedBarChart } from '#client/components/charts/stacked-bar-chart.tsx'
import type { Column } from '#client/components/ui/data-table.tsx'
import { taskStatusSeries } from '#client/lib/domain-series.ts'
import { formatNumber, formatRate, type Language } from '#client/lib/format.ts'
import type { TaskCounts } from '#shared/domain/task-statuses.ts'
import { doneOfDue, taskRates } from '#shared/kpi/task-completion.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { INK } from '#client/lib/palette.ts'
import { unitQueries } from '../../../cohorts/api/units.queries.ts'
import { fieldLabel, sortByField } from '../utils/to-profile-series.ts'
import type { ProfileProps } from './profile-panel-props.ts'

/** "7/10 — 70,0%": a field's tasks done of its tasks due, null where none is due. */
function doneOfDueText(counts: TaskCounts, lang: Language) {
  const rate = taskRates(counts).completionPct
  if (rate === null) return null
  const { done, due } = doneOfDue(counts)
  return `${formatNumber(done, lang)}/${formatNumber(due, lang)} — ${formatRate(rate, lang)}%`
}

export function ProfileTasksPanel({ code, year, fileCohort }: ProfileProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const { data } = useSuspenseQuery(unitQueries.profile(code))
  const tasks = data.years.find((y) => y.year === year)?.tasks
  const series = taskStatusSeries(lang)
  const fields = sortByField(tasks?.byField ?? [])
  const rows = fields.map((f) => ({
    code: f.field,
    name: fieldLabel(f.field, lang),
    planned: f.planned,
    completionPct: f.completionPct,
    exactCompletionPct: taskRates(f.counts).completionPct,
    ...f.counts,
  }))
  type Row = (typeof rows)[number]
  // The legend keys what the bars draw: a status no field has (often "Điều chỉnh / hủy") has no
  // segment to key. The table keeps every status's column.
  const drawn = series.filter((s) => rows.some((r) => (r[s.key as keyof Row] as number) > 0))
  const statusLegend = drawn.map((s) => ({ label: s.label, color: s.color, pattern: s.pattern }))
  // The image keys the figure at a bar's end in words, with the first bar's own: the page says it
  // in the note under the chart, which a pasted image leaves behind.
  const keyed = fields.find((f) => doneOfDueText(f.counts, lang) !== null)
  const endKey = keyed && {
    label: t('profile.tasksEndKey', {
      figure: doneOfDueText(keyed.counts, lang),
      done: formatNumber(doneOfDue(keyed.counts).done, lang),
      count: doneOfDue(keyed.counts).due,
    }),
    color: INK,
    shape: 'none' as const,
  }
  const columns: Column<Row>[] = [
    { key: 'field', header: t('columns.field'), value: (r) => r.name },
    { key: 'planned', header: t('columns.planned'), value: (r) => r.planned, numeric: true },
    ...series.map((s) => ({
      key: s.key,
      header: s.label,
      value: (r: Row) => r[s.key as keyof Row] as number,
      numeric: true,
    })),
    {
      key: 'completionPct',
      header: t('columns.completionPct'),
      value: (r) => r.completionPct,
      render: (r) => formatRate(r.exactCompletionPct, lang),
      numeric: true,
    },
  ]
  return (
    <>
      <ChartFrame
        chartId="unit-tasks"
        title={t('profile.tasks')}
        subtitle={`${data.unit.name}, ${year}`}
        emptyText={t('profile.noTasks', { unit: data.unit.name, year })}
        cohortLabel={data.unit.name}
        fileCohort={fileCohort}
        period={year}
        source={reportedImageSource([year])}
        legend={endKey ? [...statusLegend, endKey] : statusLegend}
        screenLegend={statusLegend}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        render={(size) => (
          <StackedBarChart
            rows={rows}
            series={series}
            size={size}
            formatValue={(v) => formatNumber(v, lang)}
            valueLabel={t('chartExport.axis.tasks')}
            // Each bar ends with what its table's rate says: done of due ("7/10 — 70%"), the
            // cancelled counted in neither; the award charts beside it write their figures too.
            endLabels={fields.map((f) => doneOfDueText(f.counts, lang))}
          />
        )}
      />
      {/* The table's rates are of the tasks due, as the tasks list's are: said here too. */}
      {rows.length > 0 && (
        <p className="chart-note" data-testid="profile-tasks-due-note">
          {t('tasks.dueNote')}
        </p>
      )}
    </>
  )
}
