import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import { FocusedChart, useFocus, useFocusNote, withFocusNote } from '#client/components/charts/focus-controls.tsx'
import { NEGATIVE, POSITIVE } from '#client/components/charts/palette.ts'
import type { Column } from '#client/components/ui/data-table.tsx'
import type { CohortSelection } from '#client/lib/cohort-params.ts'
import { formatDelta, formatNumber, formatRankChange } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { rankingQueries } from '../api/rankings.queries.ts'
import { toYoySeries, type YoyRow } from '../utils/to-yoy-series.ts'
import { YoyChart } from './yoy-chart.tsx'

/** Beyond this many, units without a previous year are counted rather than named. */
const MAX_LISTED = 10

/**
 * Overview: change in index points on the previous year, with rank moves (↑7, ↓2). A large
 * cohort shows its largest gains and falls and the units searched for.
 */
export function YoyPanel({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const lang = useLang()
  const { data } = useSuspenseQuery(
    rankingQueries.list({ parent: selection.parent.code, kind: selection.kind, year: selection.year }),
  )
  const { rows, notComparable } = toYoySeries(data.items)
  // Largest gains and largest falls at the two ends of a large cohort.
  const focus = useFocus(rows)
  const note = useFocusNote(focus.result)
  const previous = selection.year - 1
  const fmt = (v: number) => formatDelta(v, lang)
  const label = (r: YoyRow) => `${fmt(r.deltaPct)}  ${formatRankChange(r.rankChange)}`
  const columns: Column<YoyRow>[] = [
    { key: 'unit', header: t('columns.unit'), value: (r) => r.name },
    { key: 'delta', header: t('columns.delta'), value: (r) => r.deltaPct, render: (r) => fmt(r.deltaPct), numeric: true },
    { key: 'previousRank', header: t('columns.previousRank'), value: (r) => r.previousRank, numeric: true },
    { key: 'rank', header: t('columns.rank'), value: (r) => r.rank, numeric: true },
    {
      key: 'rankChange',
      header: t('columns.rankChange'),
      value: (r) => r.rankChange,
      render: (r) => formatRankChange(r.rankChange),
      numeric: true,
    },
  ]
  return (
    <>
      <ChartFrame
        chartId="change"
        title={t('overview.yoyChart')}
        subtitle={withFocusNote(t('overview.yoySubtitle', { cohort: selection.label, year: selection.year, previous }), note)}
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
        emptyText={t('state.noData', { what: `${selection.label}, ${previous}–${selection.year}` })}
      />
      {notComparable.length > 0 && (
        <p className="chart-note">
          {t('flags.notComparable')}:{' '}
          {notComparable.length > MAX_LISTED
            ? t('table.rows', { total: formatNumber(notComparable.length, lang) })
            : notComparable.map((u) => u.name).join(', ')}
        </p>
      )}
    </>
  )
}
