import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import { reportedImageSource } from '#client/components/charts/reported-source.ts'
import {
  FocusedChart,
  useFocusNote,
  withFocusNote,
} from '#client/components/charts/focus-controls.tsx'
import { StackedBarChart } from '#client/components/charts/stacked-bar-chart.tsx'
import { isFocusUnit, useFocusUnit } from '#client/lib/focus-unit.ts'
import type { Column } from '#client/components/ui/data-table.tsx'
import { asFocus, useCohortFocus } from '#client/features/cohorts/components/use-cohort-focus.ts'
import { cohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { focusFromEnds, labelEnds, withFocusRow } from '#client/lib/focus-units-ends.ts'
import { FOCUS_THRESHOLD, MAX_HIGHLIGHTS } from '#client/lib/focus-units.ts'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { taskQueries } from '../api/tasks.queries.ts'
import { taskStatusSeries } from '#client/lib/domain-series.ts'
import { TASK_TABLE_SORT } from '../utils/task-sorts.ts'
import { taskHeadline } from '../utils/task-headline.ts'
import '#client/components/ui/headline.css'
import { compareCompletion, toTaskRow, type TaskRow } from '../utils/to-task-series.ts'

/**
 * Tasks page: each unit's plan by status, from the cohort-year's summary: a small cohort whole, a
 * large one its best and lowest completion and the units searched for (found on the server).
 */
export function TasksPanel({ selection }: { selection: CohortSelection }) {
  const { code: focusCode } = useFocusUnit()
  const { t } = useTranslation()
  const lang = useLang()
  const cohort = cohortParams(selection)
  const state = useCohortFocus()
  const { data } = useSuspenseQuery(
    taskQueries.summary(cohort, state.ends, focusCode ? [focusCode] : []),
  )
  const searching = data.unitsWithPlan > FOCUS_THRESHOLD && state.searched !== ''
  const search = useQuery({
    ...taskQueries.page(
      cohort,
      { ...TASK_TABLE_SORT.initial, q: state.searched, page: 1 },
      MAX_HIGHLIGHTS,
    ),
    enabled: searching,
    placeholderData: keepPreviousData,
  })
  const found = searching
    ? (search.data?.items ?? []).map(toTaskRow).filter((r) => r.planned > 0)
    : []
  const order = {
    keyOf: (r: TaskRow) => r.code,
    // The server gives no place in the completion order for a unit found in the middle.
    placeOf: () => Number.NaN,
    compare: compareCompletion,
  }
  // The reader's unit is drawn whatever its place (the summary answers it beside the ends).
  const result = withFocusRow(
    focusFromEnds<TaskRow>({
      head: data.top.map(toTaskRow),
      tail: data.bottom.map(toTaskRow),
      found,
      total: data.unitsWithPlan,
      matches: found.length > 0 ? (search.data?.matched ?? 0) : 0,
      size: state.size,
      ...order,
    }),
    data.focus.map(toTaskRow).find((r) => r.planned > 0),
    order,
  )
  const focus = asFocus(state, result)
  const note = useFocusNote(result)
  const drawn = labelEnds(result)
  const series = taskStatusSeries(lang)
  const fmt = (v: number) => formatNumber(v, lang)
  const columns: Column<TaskRow>[] = [
    { key: 'unit', header: t('columns.unit'), value: (r) => r.name },
    { key: 'planned', header: t('columns.planned'), value: (r) => r.planned, numeric: true },
    ...series.map((s) => ({
      key: s.key,
      header: s.label,
      value: (r: TaskRow) => r[s.key as keyof TaskRow] as number,
      numeric: true,
    })),
    {
      key: 'completionPct',
      header: t('columns.completionPct'),
      value: (r) => r.completionPct,
      render: (r) => formatNumber(r.completionPct, lang, 1),
      numeric: true,
    },
    {
      key: 'onTimePct',
      header: t('columns.onTimePct'),
      value: (r) => r.onTimePct,
      render: (r) => formatNumber(r.onTimePct, lang, 1),
      numeric: true,
    },
  ]
  return (
    <>
      {data.totals.planned > 0 && (
        <p className="headline" data-testid="tasks-headline">
          {taskHeadline(data.totals, lang, t)}
        </p>
      )}
      <ChartFrame
        chartId="tasks"
        title={t('tasks.chart')}
        subtitle={withFocusNote(`${selection.label}, ${selection.year}`, note)}
        cohortLabel={selection.label}
        fileCohort={selection.fileCohort}
        period={selection.year}
        source={reportedImageSource([selection.year])}
        legend={series.map((s) => ({ label: s.label, color: s.color, pattern: s.pattern }))}
        columns={columns}
        rows={result.rows}
        rowKey={(r) => r.code}
        isFocusRow={(r) => isFocusUnit(r.code, focusCode)}
        exportContent={{ kind: 'rows', rows: drawn.length }}
        render={(size) => (
          <FocusedChart focus={focus} size={size}>
            <StackedBarChart
              rows={drawn}
              series={series}
              size={size}
              formatValue={fmt}
              valueLabel={t('chartExport.axis.tasks')}
              focusCode={focusCode}
            />
          </FocusedChart>
        )}
      />
    </>
  )
}
