import { useSuspenseQuery } from '@tanstack/react-query'
import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { toCohortParams, cohortSearch, type CohortSelection } from '#client/lib/cohort-params.ts'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { summaryEnds } from '#client/cohorts/components/use-cohort-focus.ts'
import { DEFAULT_FOCUS_SIZE } from '#client/lib/focus-units.ts'
import { taskQueries } from '../api/tasks.queries.ts'
import { taskHeadline } from '../utils/task-headline.ts'
import { taskStatusSeries } from '#client/lib/domain-series.ts'
import { useFocusUnit } from '#client/lib/focus-unit.ts'
import { GlanceFocus } from '#client/cohorts/components/glance-focus.tsx'

/** Overview: the cohort's task completion at a glance, as one proportional bar. */
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
  const sum = series.reduce((acc, s) => acc + totals.counts[s.key as keyof typeof totals.counts], 0)
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
          <svg
            viewBox="0 0 100 6"
            preserveAspectRatio="none"
            width="100%"
            height="18"
            role="img"
            aria-label={series
              .map((s) => `${s.label}: ${totals.counts[s.key as keyof typeof totals.counts]}`)
              .join('; ')}
          >
            {
              series.reduce<{ x: number; els: ReactElement[] }>(
                (acc, s) => {
                  const w = sum
                    ? (totals.counts[s.key as keyof typeof totals.counts] / sum) * 100
                    : 0
                  acc.els.push(<rect key={s.key} x={acc.x} width={w} height={6} fill={s.color} />)
                  acc.x += w
                  return acc
                },
                { x: 0, els: [] },
              ).els
            }
          </svg>
          <ul className="legend">
            {series.map((s) => (
              <li key={s.key}>
                <svg width={12} height={12} aria-hidden="true">
                  <rect width={12} height={12} fill={s.color} />
                </svg>
                {s.label}: {formatNumber(totals.counts[s.key as keyof typeof totals.counts], lang)}
              </li>
            ))}
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
