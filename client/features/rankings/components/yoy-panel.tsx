import { useSuspenseQuery } from '@tanstack/react-query'
import { rankDenominator } from '#shared/kpi/rank-denominator.ts'
import type { NotComparableReason } from '#shared/kpi/comparability.ts'
import type { RankingEntry } from '#shared/dto/ranking.ts'
import type { UnitRef } from '#shared/dto/unit.ts'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import {
  FocusedChart,
  useFocusNote,
  withFocusNote,
  type Focus,
} from '#client/components/charts/focus-controls.tsx'
import { INK, NEGATIVE, POSITIVE } from '#client/lib/palette.ts'
import { RankMoveCell } from '#client/components/ui/change-cells.tsx'
import type { Column } from '#client/components/ui/data-table.tsx'
import { asFocus, useCohortFocus } from '#client/cohorts/components/use-cohort-focus.ts'
import { toCohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { focusFromEnds, withFocusRow } from '#client/lib/focus-units-ends.ts'
import { isFocusUnit, useFocusUnit } from '#client/lib/focus-unit.ts'
import {
  formatDelta,
  formatDeltaTick,
  formatNumber,
  formatRank,
  formatRankChange,
} from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { profileHref } from '#client/lib/profile-link.ts'
import { NOT_COMPARABLE_REASONS } from '#shared/kpi/comparability.ts'
import { rankingQueries } from '../../../cohorts/api/rankings.queries.ts'
import { drawsRankMoves, toYoySeries, type YoyRow } from '../../../cohorts/charts/to-yoy-series.ts'
import { usePartialNote } from '#client/cohorts/components/partial-cohort-note.tsx'
import { CohortLinksNote } from '#client/cohorts/components/cohort-links-note.tsx'
import { useRankingSearch } from './use-ranking-search.ts'
import { YoyChart } from '../../../cohorts/charts/yoy-chart.tsx'
import { UnitNameLink } from '#client/components/ui/unit-name-link.tsx'

/** Beyond this many, units left out of the chart are counted rather than named. */
const MAX_LISTED = 10

type Named = { code: string; name: string }
/** Units named (a small cohort) or counted (a large one, from its summary). */
type Listed = Named[] | number

/** What the chart and the notes under it show: the changes drawn and those not claimed. */
type YoyView = {
  focus: Focus<YoyRow>
  withheld: Partial<Record<NotComparableReason, Listed>>
  /** Rank moves withheld, one group per reason (COHORT_SIZE, AMONG_LOADED). */
  rankWithheld: { reason: NotComparableReason; units: Listed }[]
  noPrevious: Listed
  /** The cohort has no year before this one: every unit is ranked in it for the first time. */
  firstYear: boolean
  total: number
  partial: { ranked: number; total: number }
}

/** The units of a group by name while the summary names them all, else their count. */
function listed(group: { count: number; units: readonly UnitRef[] }): Listed {
  return group.units.length >= group.count
    ? group.units.map((u) => ({ code: u.code, name: u.name }))
    : group.count
}

/**
 * Overview: change in index points on the previous year, with rank moves (↑7, ↓2), from the
 * cohort-year's summary: a small cohort whole (its largest gains and falls cover it), a large one
 * its largest gains and falls and the units searched for. Changes the product may not claim
 * (ADR 014) are listed under the chart with their reason, never drawn.
 */
export function YoyPanel({ selection }: { selection: CohortSelection }) {
  const cohort = toCohortParams(selection)
  const state = useCohortFocus()
  const { code: focusCode } = useFocusUnit()
  const { data } = useSuspenseQuery(
    rankingQueries.summary(cohort, { ends: state.ends, focus: focusCode ? [focusCode] : [] }),
  )
  const { found, matched } = useRankingSearch(cohort, state, data.ranked)
  const changes = data.changes
  const compared = changes ? changes.improved + changes.declined + changes.unchanged : 0
  const rowsOf = (items: readonly RankingEntry[]) => toYoySeries(items).rows
  const byChange = (a: YoyRow, b: YoyRow) => b.deltaPct - a.deltaPct || a.rank - b.rank
  const foundRows = rowsOf(found)
  const order = { keyOf: (r: YoyRow) => r.code, placeOf: (r: YoyRow) => r.rank, compare: byChange }
  const result = withFocusRow(
    focusFromEnds<YoyRow>({
      head: rowsOf(changes?.risers ?? []),
      // Fallers come largest fall first: the end of the order reads the other way.
      tail: rowsOf(changes?.fallers ?? []).sort(byChange),
      found: foundRows,
      total: compared,
      matches: foundRows.length > 0 ? matched : 0,
      size: state.size,
      ...order,
    }),
    // The reader's unit is drawn when it has a change to draw.
    changes ? rowsOf(data.focus)[0] : undefined,
    order,
  )
  const rankWithheldRows = result.rows.filter((r) => r.rankWithheld)
  const withheld: YoyView['withheld'] = {}
  for (const group of changes?.withheld ?? []) withheld[group.reason] = listed(group)
  return (
    <YoyFrame
      selection={selection}
      focusCode={focusCode}
      view={{
        focus: asFocus(state, result),
        withheld,
        // Drawn rows name the units whose rank move is withheld while they are all of them.
        rankWithheld: (changes?.rankWithheldBy ?? []).map(({ reason, count }) => {
          const drawn = rankWithheldRows.filter((r) => r.rankWithheld === reason)
          return { reason, units: drawn.length >= count ? drawn : count }
        }),
        noPrevious: changes ? listed(changes.noPrevious) : [],
        // No year before this one that the reader can see (drafts are an editor's).
        firstYear: !data.years.some((y) => y < selection.year),
        total: data.total,
        partial: data,
      }}
    />
  )
}

function YoyFrame({
  selection,
  view,
  focusCode,
}: {
  selection: CohortSelection
  view: YoyView
  focusCode: string | null
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const profileOf = (r: YoyRow) => profileHref(r.code, selection.year)
  const lang = useLang()
  const { focus, withheld, rankWithheld, noPrevious } = view
  const note = useFocusNote(focus.result, focus.query)
  const partial = usePartialNote(view.partial)
  const previous = selection.year - 1
  const fmt = (v: number) => formatDelta(v, lang)
  // A withheld rank move is left off the bar's label; the list below the chart says why.
  const label = (r: YoyRow) =>
    r.rankWithheld ? fmt(r.deltaPct) : `${fmt(r.deltaPct)}  ${formatRankChange(r.rankChange)}`
  const names = (units: Listed) =>
    typeof units === 'number' || units.length > MAX_LISTED
      ? t('table.rows', {
          total: formatNumber(typeof units === 'number' ? units : units.length, lang),
        })
      : units.map((u) => u.name).join(', ')
  const any = (units: Listed | undefined) =>
    typeof units === 'number' ? units > 0 : (units?.length ?? 0) > 0
  const columns: Column<YoyRow>[] = [
    {
      key: 'unit',
      header: t('columns.unit'),
      value: (r) => r.name,
      render: (r) => (
        <UnitNameLink to={profileOf(r)} name={r.name} focused={isFocusUnit(r.code, focusCode)} />
      ),
    },
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
      csvAsShown: true,
      render: (r) => formatRank(r.previousRank, r.previousTotal),
      numeric: true,
    },
    {
      key: 'rank',
      header: t('columns.rank'),
      value: (r) => r.rank,
      csvAsShown: true,
      render: (r) => formatRank(r.rank, rankDenominator(r.publishedRank, view.partial)),
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
  const withheldReasons = NOT_COMPARABLE_REASONS.filter((reason) => any(withheld[reason]))
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
        source={{ years: [previous, selection.year], cohorts: [selection] }}
        legend={[
          { label: t('overview.gain'), color: POSITIVE },
          { label: t('overview.loss'), color: NEGATIVE, pattern: 'hatch' },
          // The rank moves beside the bars ("+0,81  ↓1"), in words, on screen and in the image;
          // none after a merger, whose moves are all withheld.
          ...(drawsRankMoves(focus.result.rows)
            ? [{ label: t('overview.rankMoveKey'), color: INK, shape: 'none' as const }]
            : []),
        ]}
        columns={columns}
        rows={focus.result.rows}
        rowKey={(r) => r.code}
        isFocusRow={(r) => isFocusUnit(r.code, focusCode)}
        focusName={(r) => r.name}
        render={(size) => (
          <FocusedChart focus={focus} size={size}>
            <YoyChart
              rows={focus.result.rows}
              size={size}
              formatDelta={fmt}
              formatTick={(v) => formatDeltaTick(v, lang)}
              valueLabel={t('chartExport.axis.delta')}
              label={label}
              focusCode={focusCode}
              onSelect={size ? undefined : (r) => void navigate(profileOf(r))}
              hrefOf={profileOf}
            />
          </FocusedChart>
        )}
        // A first year says so, and where earlier results live (a predecessor's, on the profile).
        emptyText={
          view.firstYear
            ? t('overview.firstYear', { previous, year: selection.year })
            : t('overview.noChange', { previous })
        }
      />
      {(withheldReasons.length > 0 || rankWithheld.length > 0 || any(noPrevious)) && (
        <ul className="change-notes" data-testid="change-notes">
          {withheldReasons.map((reason) => (
            <li key={reason}>
              {t('change.withheldList', {
                reason: t(`change.reason.${reason}`),
                units: names(withheld[reason] ?? 0),
              })}
            </li>
          ))}
          {rankWithheld.map(({ reason, units }) => (
            <li key={`rank-${reason}`}>
              {t('change.rankWithheldList', {
                reason: t(`change.reason.${reason}`),
                units: names(units),
              })}
            </li>
          ))}
          {any(noPrevious) && <li>{t('change.noPreviousList', { units: names(noPrevious) })}</li>}
        </ul>
      )}
      {/* Across a change of the map the year before lives in other cohorts: the way to them. */}
      <CohortLinksNote selection={selection} page="/overview" />
    </>
  )
}
