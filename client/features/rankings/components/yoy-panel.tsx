import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import {
  FocusedChart,
  useFocus,
  useFocusNote,
  withFocusNote,
} from '#client/components/charts/focus-controls.tsx'
import { NEGATIVE, POSITIVE } from '#client/components/charts/palette.ts'
import { RankMoveCell } from '#client/components/ui/change-cells.tsx'
import type { Column } from '#client/components/ui/data-table.tsx'
import { cohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { formatDelta, formatNumber, formatRank, formatRankChange } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { NOT_COMPARABLE_REASONS } from '#shared/kpi/comparability.ts'
import { rankingQueries } from '../api/rankings.queries.ts'
import { toYoySeries, type YoyRow } from '../utils/to-yoy-series.ts'
import { usePartialNote } from './partial-cohort-note.tsx'
import { YoyChart } from './yoy-chart.tsx'

/** Beyond this many, units left out of the chart are counted rather than named. */
const MAX_LISTED = 10

/**
 * Overview: change in index points on the previous year, with rank moves (↑7, ↓2). A large
 * cohort shows its largest gains and falls and the units searched for. Changes the product may
 * not claim (ADR 014) are listed under the chart with their reason, never drawn.
 */
export function YoyPanel({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const lang = useLang()
  const { data } = useSuspenseQuery(rankingQueries.list(cohortParams(selection)))
  const { rows, withheld, noPrevious } = toYoySeries(data.items)
  // Largest gains and largest falls at the two ends of a large cohort.
  const focus = useFocus(rows)
  const note = useFocusNote(focus.result)
  const partial = usePartialNote(data)
  const previous = selection.year - 1
  const fmt = (v: number) => formatDelta(v, lang)
  // A withheld rank move is left off the bar's label; the list below the chart says why.
  const label = (r: YoyRow) =>
    r.rankWithheld ? fmt(r.deltaPct) : `${fmt(r.deltaPct)}  ${formatRankChange(r.rankChange)}`
  const names = (units: { name: string }[]) =>
    units.length > MAX_LISTED
      ? t('table.rows', { total: formatNumber(units.length, lang) })
      : units.map((u) => u.name).join(', ')
  const rankWithheld = rows.filter((r) => r.rankWithheld)
  const columns: Column<YoyRow>[] = [
    { key: 'unit', header: t('columns.unit'), value: (r) => r.name },
    {
      key: 'delta',
      header: t('columns.delta'),
      value: (r) => r.deltaPct,
      render: (r) => fmt(r.deltaPct),
      numeric: true,
    },
    {
      key: 'previousRank',
      header: t('columns.previousRank'),
      value: (r) => r.previousRank,
      render: (r) => formatRank(r.previousRank, r.previousTotal),
      numeric: true,
    },
    {
      key: 'rank',
      header: t('columns.rank'),
      value: (r) => r.rank,
      render: (r) => formatRank(r.rank, data.total),
      numeric: true,
    },
    {
      key: 'rankChange',
      header: t('columns.rankChange'),
      value: (r) => r.rankChange,
      render: (r) => (
        <RankMoveCell
          value={r.rankChange}
          notComparable={
            r.rankWithheld && {
              reason: r.rankWithheld,
              rankOnly: true,
              previousYear: previous,
              predecessors: [],
            }
          }
        />
      ),
      numeric: true,
    },
  ]
  return (
    <>
      <ChartFrame
        chartId="change"
        title={t('overview.yoyChart')}
        subtitle={withFocusNote(
          withFocusNote(
            t('overview.yoySubtitle', { cohort: selection.label, year: selection.year, previous }),
            partial,
          ),
          note,
        )}
        cohortLabel={selection.label}
        fileCohort={selection.fileCohort}
        period={selection.year}
        legend={[
          { label: t('overview.gain'), color: POSITIVE },
          { label: t('overview.loss'), color: NEGATIVE, pattern: 'hatch' },
        ]}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        render={(size) => (
          <FocusedChart focus={focus} size={size}>
            <YoyChart rows={focus.result.rows} size={size} formatDelta={fmt} label={label} />
          </FocusedChart>
        )}
        emptyText={t('overview.noChange', { previous })}
      />
      {(rankWithheld.length > 0 || noPrevious.length > 0 || Object.keys(withheld).length > 0) && (
        <ul className="change-notes" data-testid="change-notes">
          {NOT_COMPARABLE_REASONS.filter((reason) => withheld[reason]?.length).map((reason) => (
            <li key={reason}>
              {t('change.withheldList', {
                reason: t(`change.reason.${reason}`),
                units: names(withheld[reason] ?? []),
              })}
            </li>
          ))}
          {NOT_COMPARABLE_REASONS.filter((reason) =>
            rankWithheld.some((r) => r.rankWithheld === reason),
          ).map((reason) => (
            <li key={`rank-${reason}`}>
              {t('change.rankWithheldList', {
                reason: t(`change.reason.${reason}`),
                units: names(rankWithheld.filter((r) => r.rankWithheld === reason)),
              })}
            </li>
          ))}
          {noPrevious.length > 0 && (
            <li>{t('change.noPreviousList', { units: names(noPrevious) })}</li>
          )}
        </ul>
      )}
    </>
  )
}
