import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import {
  FocusedChart,
  useFocus,
  useFocusNote,
  withFocusNote,
} from '#client/components/charts/focus-controls.tsx'
import type { Column } from '#client/components/ui/data-table.tsx'
import { cohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { formatNumber, formatRank } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { rankingQueries } from '../api/rankings.queries.ts'
import { gradeLegend, gradeStyles } from '../utils/grade-styles.ts'
import { toRankingSeries, type RankingRow } from '../utils/to-ranking-series.ts'
import { usePartialNote } from './partial-cohort-note.tsx'
import { RankingChart } from './ranking-chart.tsx'

/**
 * Overview: the cohort's PAR Index in rank order, coloured by grade band. A large cohort shows
 * its top and bottom units and the ones searched for; the table and CSV keep every unit.
 */
export function RankingPanel({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const lang = useLang()
  const { data } = useSuspenseQuery(rankingQueries.list(cohortParams(selection)))
  const partial = usePartialNote(data)
  const styles = gradeStyles(data.gradeBands, lang)
  const rows = toRankingSeries(data.items, styles)
  const focus = useFocus(rows)
  const note = useFocusNote(focus.result)
  const shown = focus.result.rows
  const fmt = (v: number) => formatNumber(v, lang)
  const columns: Column<RankingRow>[] = [
    { key: 'rank', header: t('columns.rank'), value: (r) => r.rank, render: (r) => formatRank(r.rank, data.total), numeric: true },
    { key: 'unit', header: t('columns.unit'), value: (r) => r.name },
    {
      key: 'indexPct',
      header: t('columns.indexPct'),
      value: (r) => r.indexPct,
      render: (r) => fmt(r.indexPct),
      numeric: true,
    },
    { key: 'grade', header: t('columns.grade'), value: (r) => r.gradeLabel },
  ]
  return (
    <ChartFrame
      chartId="ranking"
      title={t('overview.rankingChart')}
      subtitle={withFocusNote(withFocusNote(`${selection.label}, ${selection.year}`, partial), note)}
      cohortLabel={selection.label}
      fileCohort={selection.fileCohort}
      period={selection.year}
      legend={gradeLegend(styles, lang)}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.code}
      render={(size) => (
        <FocusedChart focus={focus} size={size} placeLabel="rank" placeOf={(r) => r.rank} rankTotal={data.total}>
          <RankingChart rows={shown} size={size} formatValue={fmt} />
        </FocusedChart>
      )}
      emptyText={t('state.noData', { what: `${selection.label}, ${selection.year}` })}
    />
  )
}
