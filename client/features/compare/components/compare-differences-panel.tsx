import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Column } from '#client/components/ui/data-table.tsx'
import { formatIndex, formatRank } from '#client/lib/format.ts'
import { toCompareChanges } from '../utils/to-compare-series.ts'
import { rankGap, resultIn, shareGap, toCompareShareRows } from '../utils/to-compare-shares.ts'
import { CompareChanges } from './compare-changes.tsx'
import { DirectionText } from './direction-text.tsx'
import { shareText } from './share-text.ts'
import { UnitTable } from './unit-blocks.tsx'
import { useComparison } from './use-comparison.ts'

/**
 * Differences from the first unit in the year compared: the index in its points, said as the
 * change below it is ("cao hơn 14,38 điểm"), fields as shares of each unit's maximum ("cao hơn
 * 3,43 điểm %"); ranks only between units of one cohort. On a phone, a block per unit (its
 * figures, each over its difference) in place of a column per unit, too wide for the screen.
 */
export function CompareDifferencesPanel({ units, year }: { units: string[]; year: number }) {
  const { t } = useTranslation()
  const { data, series, fieldName, lang } = useComparison(units)
  const reference = series[0]
  if (!reference) return null
  const resultOf = (code: string) => resultIn(data, code, year)
  const referenceResult = resultOf(reference.key)
  const shareRows = toCompareShareRows(data, year)
  type Row = {
    code: string
    label: string
    /** The unit's value (a share, an index or a rank) and its text. */
    value: (unit: string) => number | null
    text: (unit: string) => string
    gap: (unit: string) => ReactNode
  }
  const indexGap = (unit: string) => {
    const gap = shareGap(referenceResult?.indexPct ?? null, resultOf(unit)?.indexPct ?? null)
    return gap === null ? null : <DirectionText value={gap} kind="indexGap" />
  }
  const rows: Row[] = [
    {
      code: 'INDEX',
      label: t('columns.indexPct'),
      value: (u) => resultOf(u)?.indexPct ?? null,
      text: (u) => formatIndex(resultOf(u)?.indexPct, lang),
      gap: indexGap,
    },
    {
      code: 'RANK',
      label: t('columns.rank'),
      value: (u) => resultOf(u)?.rank ?? null,
      // Ranks are shown of their cohort's size ("15/34"): units may be ranked in different cohorts.
      text: (u) => {
        const r = resultOf(u)
        return r ? formatRank(r.rank, r.total) : '–'
      },
      gap: (u) => {
        const other = resultOf(u)
        if (!referenceResult || !other) return null
        const gap = rankGap(referenceResult, other)
        return gap === null ? (
          <span className="compare-muted">{t('comparing.otherCohort')}</span>
        ) : (
          <DirectionText value={gap} kind="rankGap" />
        )
      },
    },
    ...shareRows.map((r) => ({
      code: r.code,
      label: fieldName(r.code),
      value: (u: string) => r.cells[u]?.sharePct ?? null,
      text: (u: string) => shareText(r.cells[u], lang, t),
      gap: (u: string) => {
        const gap = shareGap(r.cells[reference.key]?.sharePct ?? null, r.cells[u]?.sharePct ?? null)
        return gap === null ? null : <DirectionText value={gap} kind="shareGap" />
      },
    })),
  ]
  const columns: Column<Row>[] = [
    {
      key: 'label',
      header: `${t('columns.field')} (${year})`,
      value: (r) => r.label,
      sticky: true,
    },
    {
      key: reference.key,
      header: reference.label,
      value: (r) => r.value(reference.key),
      render: (r) => r.text(reference.key),
      numeric: true,
    },
    ...series.slice(1).map((s) => ({
      key: s.key,
      header: `${s.label} (${t('columns.difference')})`,
      value: (r: Row) => r.value(s.key),
      render: (r: Row) => {
        const gap = r.gap(s.key)
        return (
          <span className="compare-gap">
            {r.text(s.key)}
            {gap && <> · {gap}</>}
          </span>
        )
      },
      numeric: true,
      wrap: true,
    })),
  ]
  const title = t('comparing.differences', { year })
  return (
    <>
      <h2 className="panel-title">{title}</h2>
      <p className="chart-subtitle">{t('comparing.differenceNote', { unit: reference.label })}</p>
      <UnitTable
        title={title}
        heading="h3"
        testId="compare-differences"
        columns={columns}
        rows={rows}
        blocks={() =>
          series.map((s) => ({
            key: s.key,
            name: s.label,
            lines: rows.map((r) => ({
              key: r.code,
              label: r.label,
              value: r.text(s.key),
              // The first unit is what the others are compared with: it has no difference.
              note: s.key === reference.key ? null : r.gap(s.key),
            })),
          }))
        }
      />
      <CompareChanges changes={toCompareChanges(data, year)} />
    </>
  )
}
