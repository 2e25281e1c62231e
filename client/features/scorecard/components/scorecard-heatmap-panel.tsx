import { useTranslation } from 'react-i18next'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import type { Column } from '#client/components/ui/data-table.tsx'
import { gradeLegend } from '#client/lib/grade-styles.ts'
import type { CohortSelection } from '#client/lib/cohort-params.ts'
import { isFocusUnit, useFocusUnit } from '#client/lib/focus-unit.ts'
import { formatIndex } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { INK } from '#client/lib/palette.ts'
import { solidLegend } from '../utils/cell-style.ts'
import {
  cellOf,
  referenceRows,
  shareOf,
  unitRows,
  type ScorecardTableRow,
} from '../utils/scorecard-rows.ts'
import { heatmapSubtitle } from '../utils/heatmap-subtitle.ts'
import { ScorecardHeatmap, type HeatmapRow } from './scorecard-heatmap.tsx'
import { ScorecardHeatmapStacked } from './scorecard-heatmap-stacked.tsx'
import { usePhone } from '#client/lib/use-phone.ts'
import { useScorecardPage } from './use-scorecard-page.ts'

/**
 * The scorecard page shown as a heat map (PNG, SVG), with its numbers as a table and CSV: the
 * cohort's best and median, then the units of the table's page in its order.
 */
export function ScorecardHeatmapPanel({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const lang = useLang()
  const { data, styles, fieldName, table } = useScorecardPage(selection)
  const { code: focusCode } = useFocusUnit()
  const phone = usePhone()
  if (data.year === null || data.ranked === 0 || data.fields.length === 0) return null
  const rows = [...referenceRows(data), ...unitRows(data)]
  const label = (r: ScorecardTableRow) =>
    r.kind === 'unit' ? r.row.unit.name : t(`scorecard.${r.kind}`)
  const drawn: HeatmapRow[] = rows.map((r) => ({
    key: r.key,
    label: label(r),
    reference: r.kind !== 'unit',
    focused: r.kind === 'unit' && isFocusUnit(r.row.unit.code, focusCode),
    cells: data.fields.map((f) => {
      const share = shareOf(r, f.code)
      const cell = cellOf(r, f.code)
      return {
        share: share === null ? null : formatIndex(share, lang),
        band: cell?.band ?? null,
        delta: cell?.deltaPct ?? null,
      }
    }),
  }))
  const columns: Column<ScorecardTableRow>[] = [
    { key: 'unit', header: t('columns.unit'), value: label },
    {
      key: 'indexPct',
      header: t('scorecard.index'),
      value: (r) => (r.kind === 'unit' ? r.row.indexPct : r.reference.indexPct),
      render: (r) => formatIndex(r.kind === 'unit' ? r.row.indexPct : r.reference.indexPct, lang),
      numeric: true,
    },
    ...data.fields.flatMap((f): Column<ScorecardTableRow>[] => [
      {
        key: `${f.code}-share`,
        header: `${fieldName(f.code)} (%)`,
        value: (r) => shareOf(r, f.code),
        render: (r) => formatIndex(shareOf(r, f.code), lang),
        numeric: true,
      },
      {
        key: `${f.code}-change`,
        header: `${fieldName(f.code)}: ${t('columns.delta')}`,
        value: (r) => cellOf(r, f.code)?.deltaPct ?? null,
        numeric: true,
        extra: true,
      },
    ]),
  ]
  const said = heatmapSubtitle({
    offset: data.offset,
    shown: data.items.length,
    matched: data.matched,
    query: table.q,
  })
  const subtitle = t(said.key, { cohort: selection.label, year: data.year, ...said.values })
  return (
    <ChartFrame
      chartId="scorecard"
      title={t('scorecard.heatmap')}
      subtitle={subtitle}
      cohortLabel={selection.label}
      fileCohort={selection.fileCohort}
      period={data.year}
      legend={[
        ...solidLegend(gradeLegend(styles, lang)),
        // The arrows keyed where any is drawn: an exported heat map has no page note beside it.
        ...(drawn.some((r) => r.cells.some((c) => c.delta !== null))
          ? [
              {
                label: t('scorecard.arrowKey', { previous: data.year - 1 }),
                color: INK,
                shape: 'none' as const,
              },
            ]
          : []),
      ]}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      source={{ cohorts: [selection] }}
      exportContent={{ kind: 'rows', rows: rows.length }}
      isFocusRow={(r) => r.kind === 'unit' && isFocusUnit(r.row.unit.code, focusCode)}
      focusName={(r) => (r.kind === 'unit' ? r.row.unit.name : '')}
      render={(size) => {
        const fields = data.fields.map((f) => fieldName(f.code))
        const described = `${t('scorecard.heatmap')} — ${subtitle}`
        // A phone's page: each unit's name over its strip of cells, all fields in view.
        if (!size && phone)
          return (
            <ScorecardHeatmapStacked
              rows={drawn}
              fields={fields}
              styles={styles}
              label={described}
            />
          )
        const heatmap = (
          <ScorecardHeatmap
            rows={drawn}
            fields={fields}
            styles={styles}
            size={size}
            label={described}
          />
        )
        // On the page a wide heat map scrolls sideways; an export draws the bare SVG at its size.
        return size ? heatmap : <div className="scorecard-heatmap-scroll">{heatmap}</div>
      }}
    />
  )
}
