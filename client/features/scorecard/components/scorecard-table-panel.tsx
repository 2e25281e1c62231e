import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Column } from '#client/components/ui/data-table.tsx'
import { PagedTable } from '#client/components/ui/data-table-paged.tsx'
import { Legend } from '#client/components/charts/legend.tsx'
import { WholeListDownloads } from '#client/cohorts/components/whole-list-downloads.tsx'
import { gradeLegend } from '#client/lib/grade-styles.ts'
import { solidLegend } from '../utils/cell-style.ts'
import type { CohortSelection } from '#client/lib/cohort-params.ts'
import { isFocusUnit, useFocusUnit } from '#client/lib/focus-unit.ts'
import { formatIndex, formatRank } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import {
  referenceRows,
  shareOf,
  unitRows,
  type ScorecardTableRow,
} from '../utils/scorecard-rows.ts'
import { fieldSortKey } from '../utils/scorecard-sorts.ts'
import { profileHref } from '#client/lib/profile-link.ts'
import { ScorecardCellView } from './scorecard-cell.tsx'
import { useScorecardPage } from './use-scorecard-page.ts'
import './scorecard.css'

/**
 * The scorecard's table: one page of the cohort's units × fields, sorted (by any field), searched
 * and paged on the server, under the cohort's best and median; the whole table is the CSV/XLSX.
 */
export function ScorecardTablePanel({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const lang = useLang()
  const { table, controls, cohort, data, styles, fieldName } = useScorecardPage(selection)
  const { code: focusCode } = useFocusUnit()
  if (data.year === null || data.ranked === 0 || data.fields.length === 0)
    return (
      <p className="empty-state">
        {t('scorecard.empty', { what: `${selection.label}, ${selection.year}` })}
      </p>
    )
  const year = data.year
  const columns: Column<ScorecardTableRow>[] = [
    {
      key: 'rank',
      header: t('columns.rank'),
      value: (r) => (r.kind === 'unit' ? r.row.rank : null),
      csvAsShown: true,
      render: (r) =>
        r.kind === 'unit'
          ? formatRank(r.row.rank, r.row.amongLoaded ? data.ranked : data.total)
          : '',
      numeric: true,
      sortable: true,
    },
    {
      key: 'name',
      header: t('columns.unit'),
      value: (r) => (r.kind === 'unit' ? r.row.unit.name : t(`scorecard.${r.kind}`)),
      sortable: true,
      sticky: true,
      render: (r) =>
        r.kind === 'unit' ? (
          <Link to={profileHref(r.row.unit.code, year)}>{r.row.unit.name}</Link>
        ) : (
          t(`scorecard.${r.kind}`)
        ),
    },
    {
      key: 'indexPct',
      header: t('scorecard.index'),
      value: (r) => (r.kind === 'unit' ? r.row.indexPct : r.reference.indexPct),
      render: (r) => formatIndex(r.kind === 'unit' ? r.row.indexPct : r.reference.indexPct, lang),
      numeric: true,
      // On a phone the fields come first; the index is one tap away ("More columns").
      extra: true,
    },
    ...data.fields.map((field): Column<ScorecardTableRow> => ({
      key: fieldSortKey(field.code),
      header: fieldName(field.code),
      value: (r) => shareOf(r, field.code),
      numeric: true,
      sortable: true,
      render: (r) =>
        r.kind === 'unit' ? (
          <ScorecardCellView
            cell={r.row.cells[field.code] ?? null}
            field={fieldName(field.code)}
            styles={styles}
          />
        ) : (
          formatIndex(r.reference.cells[field.code] ?? null, lang)
        ),
    })),
  ]
  const caption = t('scorecard.table', { cohort: selection.label, year })
  const previous = data.years.includes(year - 1) ? year - 1 : null
  return (
    <div className="scorecard-table">
      <h2 className="panel-title">{caption}</h2>
      <p className="chart-note">
        {previous === null ? t('scorecard.introNoPrevious') : t('scorecard.intro', { previous })}
      </p>
      <Legend items={solidLegend(gradeLegend(styles, lang))} />
      <PagedTable
        caption={caption}
        captionHidden
        columns={columns}
        rows={unitRows(data)}
        leadRows={referenceRows(data)}
        rowKey={(r) => r.key}
        {...controls}
        matched={data.matched}
        total={data.ranked}
        testId="scorecard-table"
        isFocusRow={(r) => r.kind === 'unit' && isFocusUnit(r.row.unit.code, focusCode)}
        downloads={
          <WholeListDownloads
            path="/api/scorecard"
            cohort={cohort}
            table={table}
            total={data.ranked}
          />
        }
      />
    </div>
  )
}
