import { useSuspenseQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { toCohortParams, cohortSearch, type CohortSelection } from '#client/lib/cohort-params.ts'
import { formatNumber, formatRate, type Language } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { summaryEnds } from '#client/cohorts/components/use-cohort-focus.ts'
import { DEFAULT_FOCUS_SIZE } from '#client/lib/focus-units.ts'
import { taskQueries } from '../api/tasks.queries.ts'
import { taskHeadline } from '../utils/task-headline.ts'
import { taskStatusSeries, type StackSeries } from '#client/lib/domain-series.ts'
import { Swatch } from '#client/components/charts/legend.tsx'
import { fillOf, PatternDef } from '#client/components/charts/pattern-defs.tsx'
import type { TaskCounts, TaskStatus } from '#shared/domain/task-statuses.ts'
import { DUE_STATUSES, shareKey, taskShares } from '../utils/task-shares.ts'
import { useFocusUnit } from '#client/lib/focus-unit.ts'
import { GlanceFocus } from '#client/cohorts/components/glance-focus.tsx'
import { LoadedFiguresNote } from '#client/cohorts/components/partial-cohort-note.tsx'

/** Overview: the cohort's task completion at a glance, as one bar of its tasks due. */
export function TasksGlance({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const lang = useLang()
  // One summary for the cohort's totals and the reader's own unit: the one the page's loader
  // starts, and the one the tasks page asks (with the same ends and unit).
  const { code: focusCode } = useFocusUnit()
  const { data } = useSuspenseQuery(
    taskQueries.summary(
      toCohortParams(selection),
      summaryEnds(DEFAULT_FOCUS_SIZE),
      focusCode ? [focusCode] : [],
    ),
  )
  const focused = data.focus[0]
  const { totals } = data
  const series = taskStatusSeries(lang)
  const cancelled = series.find((s) => s.key === 'CANCELLED')
  return (
    <div className="glance">
      <h2 className="panel-title">{t('overview.tasks')}</h2>
      {totals.planned === 0 ? (
        <p className="empty-state">
          {t('state.noData', { what: `${selection.label}, ${selection.year}` })}
        </p>
      ) : (
        <>
          <p className="big">{taskHeadline(totals, lang, t)}</p>
          <LoadedFiguresNote selection={selection} loaded={data.unitsWithData} />
          <DueBar counts={totals.counts} series={series} lang={lang} />
          <ul className="legend">
            {series
              .filter((s) => s.key !== 'CANCELLED')
              .map((s) => (
                <li key={s.key}>
                  <Swatch color={s.color} pattern={s.pattern} size={12} />
                  {s.label}: {formatNumber(totals.counts[s.key as TaskStatus], lang)}
                </li>
              ))}
            {cancelled && totals.counts.CANCELLED > 0 && (
              <li data-testid="tasks-glance-cancelled">
                {t('tasks.glanceCancelled', {
                  label: cancelled.label,
                  count: formatNumber(totals.counts.CANCELLED, lang),
                })}
              </li>
            )}
          </ul>
          {focused && (
            <GlanceFocus unit={focused.unit.name} text={taskHeadline(focused, lang, t)} />
          )}
          <Link to={`/tasks${cohortSearch(toCohortParams(selection))}`}>
            {t('overview.moreTasks')}
          </Link>
        </>
      )}
    </div>
  )
}

/**
 * The cohort's tasks due as one bar, each status its share in its colour and texture: the green
 * and blue are as long as the headline's rate. The adjusted or cancelled tasks, outside that
 * rate's denominator, are outside the bar (the legend names their count).
 */
function DueBar(props: { counts: TaskCounts; series: StackSeries[]; lang: Language }) {
  const { counts, series, lang } = props
  const id = useId().replace(/:/g, '')
  const shares = taskShares(counts)
  const parts = DUE_STATUSES.flatMap((status) => {
    const s = series.find((x) => x.key === status)
    return s ? [{ ...s, count: counts[status], share: shares[shareKey(status)] }] : []
  })
  let x = 0
  return (
    <svg
      width="100%"
      height="18"
      role="img"
      data-testid="tasks-glance-bar"
      aria-label={parts
        .map((p) => `${p.label}: ${formatNumber(p.count, lang)} (${formatRate(p.share, lang)}%)`)
        .join('; ')}
    >
      <defs>
        {parts.map((p) => (
          <PatternDef key={p.key} id={`${id}-${p.key}`} color={p.color} kind={p.pattern} />
        ))}
      </defs>
      {parts.map((p) => {
        const from = x
        x += p.share
        return p.share > 0 ? (
          <rect
            key={p.key}
            data-status={p.key}
            data-share={p.share}
            x={`${from}%`}
            width={`${p.share}%`}
            height={18}
            fill={fillOf(`${id}-${p.key}`, p.color, p.pattern)}
          />
        ) : null
      })}
    </svg>
  )
}
