// The awards page's chart in its frame: the cohort's units (a small cohort whole, a large one its
// ends, the units searched for and the reader's unit), each drawn in two parts, received from a
// level above and given at its own level (AwardsDirectionChart, ADR 056); its table and CSV give
// the same two sums and each award in each part.
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import { awardsImageSource } from '#client/components/charts/awards-image-source.ts'
import { FocusedChart, withFocusNote } from '#client/components/charts/focus-controls.tsx'
import type { Column } from '#client/components/ui/data-table.tsx'
import type { useSummaryRows } from '#client/cohorts/components/cohort-stacked-bars.tsx'
import type { CohortSelection } from '#client/lib/cohort-params.ts'
import { isFocusUnit, useFocusUnit } from '#client/lib/focus-unit.ts'
import { profileHref } from '#client/lib/profile-link.ts'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { usePhone } from '#client/lib/use-phone.ts'
import type { AwardCohortSummary } from '#shared/dto/award.ts'
import {
  awardLegend,
  directedAwardSeries,
  directionSum,
  type AwardRow,
} from '../utils/to-award-series.ts'
import { AwardsDirectionChart } from './awards-direction-chart.tsx'

type Props = {
  data: AwardCohortSummary
  selection: CohortSelection
  rows: ReturnType<typeof useSummaryRows<AwardRow>>
}

export function AwardsChart({ data, selection, rows }: Props) {
  const { t } = useTranslation()
  const lang = useLang()
  const { code: focusCode } = useFocusUnit()
  const phone = usePhone()
  const fmt = (v: number) => formatNumber(v, lang)
  const series = directedAwardSeries(data.byAwardAndRecipient, lang)
  const headings = { RECEIVED: t('awards.fromAbove'), GIVEN: t('awards.ownLevel') }
  // On a phone: the unit, kept in view, and its two parts; each award in each part on request.
  const columns: Column<AwardRow>[] = [
    { key: 'unit', header: t('columns.unit'), value: (r) => r.name, sticky: true },
    { key: 'total', header: t('columns.total'), value: (r) => r.total, numeric: true },
    {
      key: 'received',
      header: headings.RECEIVED,
      value: (r) => directionSum(r, series, 'RECEIVED'),
      numeric: true,
    },
    {
      key: 'given',
      header: headings.GIVEN,
      value: (r) => directionSum(r, series, 'GIVEN'),
      numeric: true,
    },
    ...series.map((s): Column<AwardRow> => ({
      key: s.key,
      header: `${headings[s.direction]}: ${s.label}`,
      value: (r) => r.directed[s.key] ?? 0,
      numeric: true,
      extra: true,
    })),
  ]
  return (
    <ChartFrame
      chartId="awards"
      title={t('awards.chart')}
      subtitle={withFocusNote(`${selection.label}, ${selection.year}`, rows.note)}
      cohortLabel={selection.label}
      fileCohort={selection.fileCohort}
      period={selection.year}
      source={awardsImageSource(data.decisions, data.year ?? selection.year)}
      legend={awardLegend(series).map((s) => ({
        label: s.label,
        color: s.color,
        pattern: s.pattern,
      }))}
      columns={columns}
      rows={rows.result.rows}
      rowKey={(r) => r.code}
      isFocusRow={(r) => isFocusUnit(r.code, focusCode)}
      focusName={(r) => r.name}
      exportContent={{ kind: 'rows', rows: rows.drawn.length + 1 }}
      render={(size) => (
        <FocusedChart focus={rows.focus} size={size}>
          <AwardsDirectionChart
            rows={rows.drawn}
            series={series}
            headings={headings}
            size={size}
            formatValue={fmt}
            totalText={(total) => t('awards.chartTotal', { total })}
            valueLabel={t('chartExport.axis.awards')}
            focusCode={focusCode}
            // The page's chart on a phone; an image keeps its size's layout.
            stacked={phone}
            links={rows.result.rows.map((r) => ({
              href: profileHref(r.code, selection.year),
              name: r.name,
            }))}
          />
        </FocusedChart>
      )}
    />
  )
}
