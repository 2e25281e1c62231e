import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { reportedImageSource } from '#client/components/charts/reported-source.ts'
import { useFocusUnit } from '#client/lib/focus-unit.ts'
import type { Column } from '#client/components/ui/data-table.tsx'
import {
  CohortStackedBars,
  useSummaryRows,
} from '#client/cohorts/components/cohort-stacked-bars.tsx'
import { useCohortFocus } from '#client/cohorts/components/use-cohort-focus.ts'
import { toCohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { FOCUS_THRESHOLD, MAX_HIGHLIGHTS } from '#client/lib/focus-units.ts'
import { formatRate } from '#client/lib/format.ts'
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
  const cohort = toCohortParams(selection)
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
  const rows = useSummaryRows<TaskRow>({
    state,
    head: data.top.map(toTaskRow),
    tail: data.bottom.map(toTaskRow),
    found,
    matched: search.data?.matched ?? 0,
    total: data.unitsWithPlan,
    focusRow: data.focus.map(toTaskRow).find((r) => r.planned > 0),
    compare: compareCompletion,
  })
  const series = taskStatusSeries(lang)
  const columns: Column<TaskRow>[] = [
    { key: 'unit', header: t('columns.unit'), value: (r) => r.name },
    { key: 'planned', header: t('columns.planned'), value: (r) => r.planned, numeric: true },
    ...series.map((s) => ({
      key: s.key,
      header: s.label,
      value: (r: TaskRow) => r[s.key as keyof TaskRow] as number,
      numeric: true,
      // On a phone: the plan and its rates; the counts by status on request.
      extra: true,
    })),
    {
      key: 'completionPct',
      header: t('columns.completionPct'),
      value: (r) => r.completionPct,
      render: (r) => formatRate(r.exact.completionPct, lang),
      numeric: true,
    },
    {
      key: 'onTimePct',
      header: t('columns.onTimePct'),
      value: (r) => r.onTimePct,
      render: (r) => formatRate(r.exact.onTimePct, lang),
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
      <CohortStackedBars
        chartId="tasks"
        title={t('tasks.chart')}
        selection={selection}
        source={reportedImageSource([selection.year])}
        series={series}
        columns={columns}
        rows={rows}
        valueLabel={t('chartExport.axis.tasks')}
        // The bars are ordered by completion, which their lengths (plans of different sizes) do
        // not show: each bar ends with its rate.
        endLabel={(r) =>
          r.exact.completionPct === null ? null : `${formatRate(r.exact.completionPct, lang)}%`
        }
      />
    </>
  )
}
