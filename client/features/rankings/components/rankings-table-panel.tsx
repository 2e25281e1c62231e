import { useSuspenseQuery } from '@tanstack/react-query'
import { isRankAmongLoaded, rankDenominator } from '#shared/kpi/rank-denominator.ts'
import { useTranslation } from 'react-i18next'
import type { NotComparable } from '#shared/dto/ranking.ts'
import { DeltaCell, RankMoveCell } from '#client/components/ui/change-cells.tsx'
import type { Column } from '#client/components/ui/data-table.tsx'
import { CohortTable, unitNameColumn } from '#client/cohorts/components/cohort-table.tsx'
import { toCohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { formatIndex, formatNumber, formatPoints, formatRank } from '#client/lib/format.ts'
import { notComparableText, predecessorsText } from '#client/lib/not-comparable.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { Swatch } from '#client/components/charts/legend.tsx'
import { useTableSearch } from '#client/components/ui/use-table-search.ts'
import { rankingQueries } from '../../../cohorts/api/rankings.queries.ts'
import { gradeStyles } from '#client/lib/grade-styles.ts'
import { RANKING_TABLE_SORT } from '../../../cohorts/utils/ranking-sorts.ts'
import { toRankingTableRows, type RankingTableRow } from '../utils/ranking-table-rows.ts'
import { PartialCohortNote } from '#client/cohorts/components/partial-cohort-note.tsx'
import { CohortLinksNote } from '#client/cohorts/components/cohort-links-note.tsx'
import { RankingPrintWhole } from './ranking-print-whole.tsx'

/**
 * "27/30", with the computed rank beside it where it differs (a check on the published one). Of
 * a partly loaded cohort the place among the units loaded is one short line under the published
 * rank, "(1/18 đã nhập)", which a phone's narrow column keeps whole.
 */
function RankCell({
  row,
  cohort,
  oneLine,
}: {
  row: RankingTableRow
  cohort: { total: number; ranked: number }
  /** A phone's table without change columns has the room to keep "(1/18 đã nhập)" whole. */
  oneLine: boolean
}) {
  const { t } = useTranslation()
  const partial = cohort.ranked < cohort.total
  const differs = row.computedRank !== row.rank
  const amongLoaded = isRankAmongLoaded(row.published?.rank, cohort)
  const computed = { rank: row.computedRank, loaded: cohort.ranked }
  return (
    <>
      {formatRank(row.rank, rankDenominator(row.published?.rank, cohort))}
      {amongLoaded && <span className="rank-computed">{t('rankings.amongLoaded')}</span>}
      {differs && (
        <span
          className={
            partial ? `rank-computed rank-loaded${oneLine ? ' one-line' : ''}` : 'rank-computed'
          }
          title={
            partial
              ? t('rankings.computedRankPartialLong', computed)
              : t('rankings.computedRankLong', { rank: row.computedRank })
          }
        >
          {partial
            ? t('rankings.computedRankPartial', computed)
            : t('rankings.computedRank', { rank: row.computedRank })}
        </span>
      )}
    </>
  )
}

/**
 * A first year's unit name with its row's reason under it, for a phone: the change columns that
 * say it wait behind "Thêm cột" there (nothing to compare), and "không so sánh được (đơn vị được
 * sắp xếp lại)" is what tells a ward formed on 1 July 2025 from one merely new to the cohort.
 * Shown on a phone's narrow table only (data-table.css); wider, the columns say it (ADR 072).
 */
function withReason(column: Column<RankingTableRow>): Column<RankingTableRow> {
  return {
    ...column,
    render: (r) => (
      <>
        {column.render ? column.render(r) : r.name}
        {r.notComparable && <RowReason notComparable={r.notComparable} />}
      </>
    ),
  }
}

function RowReason({ notComparable }: { notComparable: NotComparable }) {
  const { t } = useTranslation()
  return (
    <span className="phone-row-reason" data-testid="phone-row-reason">
      {notComparableText(notComparable, t)}
    </span>
  )
}

/**
 * Rankings page: one page of the cohort's ranking, sorted, searched and paged on the server (sort,
 * search and page in the URL), with published-vs-computed flags; the whole list is the CSV.
 */
export function RankingsTablePanel({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const lang = useLang()
  const { table, controls } = useTableSearch(RANKING_TABLE_SORT)
  const cohort = toCohortParams(selection)
  const { data } = useSuspenseQuery(rankingQueries.page(cohort, table))
  const styles = gradeStyles(data.gradeBands, lang)
  const rows = toRankingTableRows(data.items, styles)
  const gradeName = (code: string | null | undefined) =>
    styles.find((s) => s.code === code)?.label ?? code
  const fmt = (v: number | null) => formatIndex(v, lang)
  // Index-only results (a national table of percentages) have no points to show.
  // A year whose cohort has no previous year (a new map, a first year) has no use for columns
  // of dashes; the change columns stay, to say why there is no change, but on a phone they wait
  // behind "More columns" (the note above the table says why they are empty) so the table fits,
  // each row's reason said under its unit's name instead (withReason).
  // Decided for the cohort, not the page, so the columns stay put while paging.
  const anyPrevious = data.years.includes(selection.year - 1)
  // A maximum every unit of the cohort-year shares is named once, in the header; out of 100 the
  // points are the index again, and get no column. Decided for the cohort-year, not the page.
  const sharedMax = data.maxPoints
  const points = (r: RankingTableRow) =>
    r.points === null
      ? '–'
      : sharedMax !== null
        ? formatPoints(r.points, lang)
        : `${formatPoints(r.points, lang)} / ${r.maxPoints === null ? '–' : formatNumber(r.maxPoints, lang)}`
  const notes = (r: RankingTableRow) => [
    ...r.flags.map((flag) =>
      flag === 'PUBLISHED_RANK_DIFFERS'
        ? t('flags.rankDiffers', { computed: r.computedRank })
        : flag === 'PUBLISHED_GRADE_DIFFERS'
          ? t('flags.gradeDiffers', { published: gradeName(r.published?.grade) })
          : t('flags.indexDiffers', { published: fmt(r.published?.indexPct ?? null) }),
    ),
    ...[
      predecessorsText(r.notComparable, lang, t, {
        name: r.name,
        parentCode: data.parent.code,
      }),
    ].filter((text): text is string => text !== null),
    // A row of dashes says why: no result the year before, where the cohort has that year.
    ...(anyPrevious && r.previousIndex === null && !r.notComparable
      ? [t('change.noPreviousUnit', { previous: selection.year - 1 })]
      : []),
  ]
  const columns: Column<RankingTableRow>[] = [
    {
      key: 'rank',
      header: t('columns.rank'),
      value: (r) => r.rank,
      render: (r) => <RankCell row={r} cohort={data} oneLine={!anyPrevious} />,
      numeric: true,
      sortable: true,
    },
    anyPrevious ? unitNameColumn(t, selection.year) : withReason(unitNameColumn(t, selection.year)),
    {
      key: 'indexPct',
      header: t('columns.indexPct'),
      value: (r) => r.indexPct,
      render: (r) => fmt(r.indexPct),
      numeric: true,
      sortable: true,
    },
    ...(sharedMax === 100
      ? []
      : [
          {
            key: 'points',
            header:
              sharedMax === null
                ? `${t('columns.points')} / ${t('columns.maxPoints')}`
                : t('columns.pointsOf', { max: formatNumber(sharedMax, lang) }),
            value: (r: RankingTableRow) => r.points,
            render: points,
            numeric: true,
            sortable: true,
            extra: true,
          },
        ]),
    // A scheme without grades (an index-only national table) gets no column of dashes.
    ...(data.gradeBands.length > 0
      ? [
          {
            key: 'grade',
            header: t('columns.grade'),
            extra: true,
            value: (r: RankingTableRow) => r.gradeLabel,
            render: (r: RankingTableRow) => (
              <span className="grade-chip">
                {/* Colour and texture as the ranking chart draws the grade. */}
                <Swatch color={r.gradeColor} pattern={r.gradePattern} size={10} />
                {r.gradeLabel}
              </span>
            ),
          },
        ]
      : []),
    ...(anyPrevious
      ? [
          {
            key: 'previousIndex',
            header: `${t('columns.previous')} (${selection.year - 1})`,
            value: (r: RankingTableRow) => r.previousIndex,
            render: (r: RankingTableRow) => fmt(r.previousIndex),
            numeric: true,
            extra: true,
          },
          {
            key: 'previousRank',
            header: t('columns.previousRank'),
            value: (r: RankingTableRow) => r.previousRank,
            csvAsShown: true,
            render: (r: RankingTableRow) => formatRank(r.previousRank, r.previousTotal),
            numeric: true,
            extra: true,
          },
        ]
      : []),
    {
      key: 'deltaPct',
      header: t('columns.delta'),
      value: (r) => r.deltaPct,
      render: (r) => <DeltaCell value={r.deltaPct} notComparable={r.notComparable} />,
      numeric: true,
      sortable: true,
      extra: !anyPrevious,
    },
    {
      key: 'rankChange',
      header: t('columns.rankChange'),
      value: (r) => r.rankChange,
      render: (r) => <RankMoveCell value={r.rankChange} notComparable={r.notComparable} />,
      numeric: true,
      sortable: true,
      extra: !anyPrevious,
    },
    {
      key: 'flags',
      header: t('columns.flags'),
      wrap: true,
      extra: true,
      value: (r) => notes(r).join('; ') || null,
      render: (r) =>
        notes(r).map((text, i) =>
          i < r.flags.length ? (
            <span key={text} className="flag" title={text}>
              ⚑ {text}
            </span>
          ) : (
            <span key={text} className="predecessors">
              {text}
            </span>
          ),
        ),
    },
  ]
  const flagged = rows.filter((r) => r.flags.length > 0).length
  const paged = data.matched > rows.length
  if (data.total === 0 || data.year === null)
    return (
      <p className="empty-state">
        {t('state.noData', { what: `${selection.label}, ${selection.year}` })}
      </p>
    )
  const caption = t('rankings.table', { cohort: selection.label, year: selection.year })
  return (
    <>
      <h2 className="panel-title">{caption}</h2>
      <PartialCohortNote ranked={data.ranked} total={data.total} help />
      {/* The change columns stay to say why there is none: the dashes are said here once. */}
      {!anyPrevious && (
        <p className="chart-note" data-testid="rankings-no-previous-year">
          {data.years[0] === selection.year
            ? t('rankings.firstYearNoChange', { year: selection.year })
            : t('rankings.gapYearNoChange', { previous: selection.year - 1 })}
        </p>
      )}
      {/* Across a change of the map the year before (or after) lives in other cohorts. */}
      <CohortLinksNote selection={selection} page="/rankings" />
      {/* A whole cohort whose published table gave no ranks: the ranks shown are the product's. */}
      {data.publishedRanks === 0 &&
        data.ranked >= data.total &&
        data.items.length > 0 &&
        data.items.every((item) => item.status === 'PUBLISHED') && (
          <p className="chart-note" data-testid="rankings-ranks-worked-out">
            {t('rankings.ranksWorkedOut')}
          </p>
        )}
      {flagged > 0 && (
        <p className="chart-note">
          ⚑{' '}
          {paged
            ? t('cohortPages.flaggedOnPage', { count: flagged })
            : t('rankings.flagged', { count: flagged })}
        </p>
      )}
      <RankingPrintWhole
        cohort={cohort}
        table={table}
        shown={rows.length}
        matched={data.matched}
        total={data.ranked}
        columns={columns}
        toRows={(items) => toRankingTableRows(items, styles)}
        caption={caption}
      />
      <CohortTable
        cohort={cohort}
        path="/api/rankings"
        caption={caption}
        columns={columns}
        rows={rows}
        matched={data.matched}
        total={data.ranked}
        testId="rankings-table"
        controls={controls}
        table={table}
      />
    </>
  )
}
