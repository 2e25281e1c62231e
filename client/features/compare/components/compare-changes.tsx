import { useTranslation } from 'react-i18next'
import { NotComparableNote } from '#client/components/ui/change-cells.tsx'
import type { Column } from '#client/components/ui/data-table.tsx'
import { formatIndex, formatRank } from '#client/lib/format.ts'
import { predecessorsText } from '#client/lib/not-comparable.ts'
import { useLang } from '#client/lib/use-lang.ts'
import type { CompareChangeRow } from '../utils/to-compare-series.ts'
import { DirectionText } from './direction-text.tsx'
import { UnitTable, type UnitBlock } from './unit-blocks.tsx'

/**
 * Each unit's change on the previous year, or why it has none (ADR 014). On a phone, a block per
 * unit with the table's columns as its lines: six columns are wider than the screen.
 */
export function CompareChanges({ changes }: { changes: CompareChangeRow[] }) {
  const { t } = useTranslation()
  const lang = useLang()
  const year = changes[0]?.year
  if (year === undefined) return null
  const columns: Column<CompareChangeRow>[] = [
    { key: 'unit', header: t('columns.unit'), value: (r) => r.name, sticky: true },
    {
      key: 'indexPct',
      header: t('columns.indexPct'),
      value: (r) => r.indexPct,
      render: (r) => formatIndex(r.indexPct, lang),
      numeric: true,
    },
    {
      key: 'rank',
      header: t('columns.rank'),
      value: (r) => r.rank,
      csvAsShown: true,
      render: (r) => formatRank(r.rank, r.total),
      numeric: true,
    },
    {
      key: 'delta',
      header: t('comparing.changeIndex', { previous: year - 1 }),
      value: (r) => r.deltaPct,
      render: (r) => <ChangeWords value={r.deltaPct} kind="indexChange" row={r} />,
      numeric: true,
      wrap: true,
    },
    {
      key: 'rankChange',
      header: t('comparing.changeRank', { previous: year - 1 }),
      value: (r) => r.rankChange,
      render: (r) => <ChangeWords value={r.rankChange} kind="rankChange" row={r} />,
      numeric: true,
      wrap: true,
    },
    {
      key: 'notes',
      header: t('columns.flags'),
      wrap: true,
      value: (r) =>
        predecessorsText(r.notComparable, lang, t, { name: r.name, parentCode: r.parentCode }),
    },
  ]
  const title = t('compare.changes', { year, previous: year - 1 })
  return (
    <>
      <h3 className="panel-title compare-changes-title">{title}</h3>
      <UnitTable
        title={title}
        heading="h4"
        testId="compare-changes"
        columns={columns}
        rows={changes}
        blocks={() => changes.map((r) => toBlock(r, columns))}
      />
    </>
  )
}

/** A unit's row as its block: the name its heading, each other column a line; no empty notes. */
function toBlock(row: CompareChangeRow, columns: Column<CompareChangeRow>[]): UnitBlock {
  return {
    key: row.code,
    name: row.name,
    lines: columns.flatMap((c) => {
      if (c.key === 'unit') return []
      const value = c.render ? c.render(row) : c.value(row)
      if (value === null) return []
      // The notes are sentences naming each predecessor's result: read as a paragraph.
      return [{ key: c.key, label: c.header, value, prose: c.key === 'notes' }]
    }),
  }
}

/** A change in words ("tăng 8 hạng"), or why it is withheld (ADR 014), or a dash without a previous year. */
function ChangeWords({
  value,
  kind,
  row,
}: {
  value: number | null
  kind: 'indexChange' | 'rankChange'
  row: CompareChangeRow
}) {
  if (value !== null) return <DirectionText value={value} kind={kind} />
  if (row.notComparable) return <NotComparableNote notComparable={row.notComparable} />
  return <>–</>
}
