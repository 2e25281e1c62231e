import { useSuspenseQuery } from '@tanstack/react-query'
import { rankDenominator, rankSize } from '#shared/kpi/rank-denominator.ts'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import {
  FocusedChart,
  useFocusNote,
  withFocusNote,
} from '#client/components/charts/focus-controls.tsx'
import type { Column } from '#client/components/ui/data-table.tsx'
import { asFocus, useCohortFocus } from '#client/cohorts/components/use-cohort-focus.ts'
import { toCohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { focusFromEnds, withFocusRow } from '#client/lib/focus-units-ends.ts'
import { isFocusUnit, useFocusUnit } from '#client/lib/focus-unit.ts'
import { formatIndex, formatRank, formatTick } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { profileHref } from '#client/lib/profile-link.ts'
import { rankingQueries } from '../../../cohorts/api/rankings.queries.ts'
import { gradeLegend, gradeStyles } from '#client/lib/grade-styles.ts'
import { toRankingSeries, type RankingRow } from '../../../cohorts/charts/to-ranking-series.ts'
import { usePartialNote } from '#client/cohorts/components/partial-cohort-note.tsx'
import { RankingChart } from '../../../cohorts/charts/ranking-chart.tsx'
import { useRankingSearch } from './use-ranking-search.ts'
import { UnitNameLink } from '#client/components/ui/unit-name-link.tsx'

/**
 * Overview: the cohort's PAR Index in rank order, coloured by grade band, from the cohort-year's
 * summary: a small cohort whole, a large one its top and bottom units and the ones searched for
 * (found on the server). The table twin lists what the chart draws; the rankings page has all.
 */
export function RankingPanel({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const lang = useLang()
  const cohort = toCohortParams(selection)
  const state = useCohortFocus()
  const navigate = useNavigate()
  const { code: focusCode } = useFocusUnit()
  const { data } = useSuspenseQuery(
    rankingQueries.summary(cohort, { ends: state.ends, focus: focusCode ? [focusCode] : [] }),
  )
  const { found, matched } = useRankingSearch(cohort, state, data.ranked)
  const partial = usePartialNote(data)
  const styles = gradeStyles(data.gradeBands, lang)
  const series = (items: Parameters<typeof toRankingSeries>[0]) => toRankingSeries(items, styles)
  const order = {
    keyOf: (r: RankingRow) => r.code,
    placeOf: (r: RankingRow) => r.rank,
    compare: (a: RankingRow, b: RankingRow) => a.rank - b.rank,
  }
  const result = withFocusRow(
    focusFromEnds<RankingRow>({
      head: series(data.top),
      tail: series(data.bottom),
      found: series(found),
      total: data.ranked,
      matches: matched,
      size: state.size,
      ...order,
    }),
    series(data.focus)[0],
    order,
  )
  const profileOf = (r: RankingRow) => profileHref(r.code, selection.year)
  const focus = asFocus(state, result)
  const note = useFocusNote(result, state.searched)
  const fmt = (v: number) => formatIndex(v, lang)
  const columns: Column<RankingRow>[] = [
    {
      key: 'rank',
      header: t('columns.rank'),
      value: (r) => r.rank,
      csvAsShown: true,
      render: (r) => formatRank(r.rank, rankDenominator(r.publishedRank, data)),
      numeric: true,
    },
    {
      key: 'unit',
      header: t('columns.unit'),
      value: (r) => r.name,
      render: (r) => (
        <UnitNameLink to={profileOf(r)} name={r.name} focused={isFocusUnit(r.code, focusCode)} />
      ),
    },
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
      // A year no scheme grades (the national cohort's) promises no grades in its title.
      title={t(
        data.gradeBands.length > 0 ? 'overview.rankingChart' : 'overview.rankingChartNoGrades',
      )}
      subtitle={withFocusNote(
        withFocusNote(`${selection.label}, ${selection.year}`, partial),
        note,
      )}
      cohortLabel={selection.label}
      fileCohort={selection.fileCohort}
      period={selection.year}
      source={{ cohorts: [selection] }}
      legend={gradeLegend(styles, lang)}
      columns={columns}
      rows={result.rows}
      rowKey={(r) => r.code}
      isFocusRow={(r) => isFocusUnit(r.code, focusCode)}
      focusName={(r) => r.name}
      render={(size) => (
        <FocusedChart
          focus={focus}
          size={size}
          placeLabel="rank"
          placeOf={(r) => r.rank}
          rankSizeOf={(r) => rankSize(r.publishedRank, data)}
        >
          <RankingChart
            rows={result.rows}
            size={size}
            formatValue={fmt}
            formatTick={(v) => formatTick(v, lang)}
            valueLabel={t('chartExport.axis.indexPct')}
            focusCode={focusCode}
            onSelect={size ? undefined : (r) => void navigate(profileOf(r))}
            hrefOf={profileOf}
          />
        </FocusedChart>
      )}
      emptyText={t('state.noData', { what: `${selection.label}, ${selection.year}` })}
    />
  )
}
