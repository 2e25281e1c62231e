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
import { formatNumber, formatRate } from '#client/lib/format.ts'
import { TASK_STATUS_LABELS } from '#shared/domain/task-statuses.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { taskQueries } from '../api/tasks.queries.ts'
import { taskStatusSeries } from '#client/lib/domain-series.ts'
import { TASK_TABLE_SORT } from '../utils/task-sorts.ts'
import { taskHeadline } from '../utils/task-headline.ts'
import { DUE_STATUSES, shareKey, taskShareSeries } from '../utils/task-shares.ts'
import '#client/components/ui/headline.css'
import { compareCompletion, toTaskRow, type TaskRow } from '../utils/to-task-series.ts'
import { LoadedFiguresNote } from '#client/cohorts/components/partial-cohort-note.tsx'
import { useRunningHeaderPart } from '#client/lib/running-header.ts'
import { reportedSourceLine } from '#shared/text/source-line.ts'

/**
 * Tasks page: each unit's tasks due as one bar of 100 % split by status (ordered and labelled by
 * the completion rate its done segments draw), from the cohort-year's summary: a small cohort whole, a
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
  // A printed page's footer names where the figures come from: the units' reports, not the
  // decision that published the index (the status beside the year says it is the index's).
  useRunningHeaderPart('source', reportedSourceLine(lang, [selection.year]))
  const statuses = taskStatusSeries(lang)
  const series = taskShareSeries(statuses)
  const count = (key: string, header: string, value: (r: TaskRow) => number, extra = true) => ({
    key,
    header,
    value,
    render: (r: TaskRow) => formatNumber(value(r), lang),
    numeric: true,
    extra,
  })
  // The table gives the counts the bars' shares come from; the file adds the shares drawn. Read
  // left to right: the plan, less the adjusted or cancelled tasks, is the tasks due (each bar).
  const columns: Column<TaskRow>[] = [
    { key: 'unit', header: t('columns.unit'), value: (r) => r.name, sticky: true },
    count('planned', t('columns.planned'), (r) => r.planned),
    count('CANCELLED', TASK_STATUS_LABELS.CANCELLED[lang], (r) => r.CANCELLED),
    count('due', t('tasks.due'), (r) => r.due, false),
    // On a phone: the tasks due and their rates; the counts by status on request.
    ...DUE_STATUSES.map((status) =>
      count(status, TASK_STATUS_LABELS[status][lang], (r) => r[status]),
    ),
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
    ...DUE_STATUSES.map((status): Column<TaskRow> => ({
      key: shareKey(status),
      header: t('tasks.shareColumn', { status: TASK_STATUS_LABELS[status][lang] }),
      value: (r) => (r.due > 0 ? r.fileShares[shareKey(status)] : null),
      numeric: true,
      csvOnly: true,
    })),
  ]
  return (
    <>
      {data.totals.planned > 0 && (
        <>
          <p className="headline" data-testid="tasks-headline">
            {taskHeadline(data.totals, lang, t)}
          </p>
          <LoadedFiguresNote selection={selection} loaded={data.unitsWithData} />
        </>
      )}
      <CohortStackedBars
        chartId="tasks"
        title={t('tasks.chart')}
        selection={selection}
        source={reportedImageSource([selection.year])}
        series={series}
        columns={columns}
        rows={rows}
        valueLabel={t('tasks.axisShare')}
        // Each bar ends with the rate it is ordered by: its green and blue (done) are that long.
        endLabel={(r) =>
          r.exact.completionPct === null ? null : `${formatRate(r.exact.completionPct, lang)}%`
        }
      />
      {data.totals.planned > 0 && (
        <p className="chart-note" data-testid="tasks-share-note">
          {t('tasks.shareNote', { cancelled: formatNumber(data.totals.counts.CANCELLED, lang) })}
        </p>
      )}
    </>
  )
}
