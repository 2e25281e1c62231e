import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import {
  FocusedChart,
  useFocusNote,
  withFocusNote,
} from '#client/components/charts/focus-controls.tsx'
import { categoricalColor } from '#client/lib/palette.ts'
import type { Column } from '#client/components/ui/data-table.tsx'
import { asFocus, useCohortFocus } from '#client/cohorts/components/use-cohort-focus.ts'
import { toCohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { focusFromEnds } from '#client/lib/focus-units-ends.ts'
import { FOCUS_SIZES, FOCUS_THRESHOLD } from '#client/lib/focus-units.ts'
import { formatNumber, formatRank, formatYearSpan, listText } from '#client/lib/format.ts'
import { cohortSizes, standingLabels } from '#client/lib/rank-standing.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { isFocusUnit, useFocusUnit } from '#client/lib/focus-unit.ts'
import { usePhone } from '#client/lib/use-phone.ts'
import { rankSize } from '#shared/kpi/rank-denominator.ts'
import { markFocus } from '#client/components/charts/focus-mark.tsx'
import { fitSize, PHONE_ENDS, PHONE_SIZES, phoneLines } from '../utils/phone-lines.ts'
import { sharedRanks } from '../utils/shared-ranks.ts'
import { rankingQueries } from '../../../cohorts/api/rankings.queries.ts'
import {
  hasSizesThatDiffer,
  logRankAxis,
  schemeBreaks,
  sizeBreaks,
  standingSeries,
  toBumpSeries,
} from '../utils/to-bump-series.ts'
import { BumpChart, type BumpStyle } from './bump-chart.tsx'
import { lineNamedIn } from './bump-line-names.ts'
import { useRankingSearch } from './use-ranking-search.ts'

const DASHES = [undefined, '8 4', '2 3'] as const

/**
 * Rankings page: rank movements over the cohort's years (a bump chart) of the units it draws,
 * asked for by name: a small cohort whole (the top and bottom ends cover it), a large one its top
 * and bottom units (by the latest rank) and the ones searched for, on a rank axis logarithmic
 * from both ends. The table above has every unit, a page at a time.
 */
export function BumpPanel({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const lang = useLang()
  const cohort = toCohortParams(selection)
  const phone = usePhone()
  // A phone starts a large cohort's history at the ends it draws best (PHONE_SIZES).
  const state = useCohortFocus(phone ? PHONE_ENDS : undefined)
  const { code: focusCode } = useFocusUnit()
  const isFocus = (code: string) => isFocusUnit(code, focusCode)
  // The units found by the search come first (from the ranking), then their lines.
  const { data: summary } = useSuspenseQuery(
    rankingQueries.summary(cohort, { ends: state.ends, focus: [] }),
  )
  const ranked = summary.ranked
  const { found, matched } = useRankingSearch(cohort, state, ranked)
  const foundCodes = found.map((e) => e.unit.code)
  const foundEntry = new Map(found.map((e) => [e.unit.code, e]))
  // Only the lines drawn: the top and bottom `ends` of the year and the units found.
  const { data: history } = useSuspenseQuery(
    rankingQueries.history(cohort, {
      ends: state.ends,
      units: focusCode ? [...foundCodes, focusCode] : foundCodes,
    }),
  )
  const series = toBumpSeries(history)
  const large = history.unitCount > FOCUS_THRESHOLD
  const foundSet = new Set(foundCodes)
  // Units gone by the latest year have no latest rank: they are neither top nor bottom. The
  // server sent the whole top and bottom `ends` (≥ size), so the first and last `size` of the
  // lines, in rank order, are the cohort's.
  const current = series.units.filter((u) => u.lastRank !== null)
  // On a phone the picker offers only the ends a phone draws, and the phone draws what it says
  // (so does the image made there); a choice made on a wider screen is drawn at the nearest.
  const sizes = phone ? PHONE_SIZES : FOCUS_SIZES
  const eachEnd = fitSize(state.size, sizes)
  // A unit found whose latest rank is one among the units loaded of a partial table has no rank
  // in the cohort to draw that year (the history leaves it out): its earlier years are drawn, and
  // the search's status gives that rank, of those loaded.
  const latestRank = (u: (typeof series.units)[number]) =>
    u.lastRank ?? foundEntry.get(u.code)?.rank ?? null
  const rankSizeOf = (u: (typeof series.units)[number]) => {
    const entry = u.lastRank === null ? foundEntry.get(u.code) : undefined
    if (!entry) return { total: history.totals.at(-1) ?? summary.total, amongLoaded: false }
    return rankSize(entry.published?.rank, summary)
  }
  const result = focusFromEnds({
    head: large ? current.slice(0, eachEnd) : series.units,
    tail: large ? current.slice(Math.max(0, current.length - eachEnd)) : [],
    // The reader's unit is drawn as if found, whatever its rank.
    found: series.units.filter(
      (u) => foundSet.has(u.code) || (isFocus(u.code) && u.lastRank !== null),
    ),
    total: large ? ranked : series.units.length,
    matches: matched,
    size: eachEnd,
    keyOf: (u) => u.code,
    placeOf: (u) => latestRank(u) ?? 0,
    compare: (a, b) => (a.lastRank ?? Infinity) - (b.lastRank ?? Infinity),
  })
  const focus = asFocus({ ...state, size: eachEnd }, result, phone ? sizes : undefined)
  const note = useFocusNote(result, state.searched)
  const drawn = result.rows
  // 8 colours × 3 dash styles: lines stay distinct without relying on colour alone.
  const styles: BumpStyle[] = drawn.map((u, i) => ({
    code: u.code,
    name: u.name,
    color: categoricalColor(i),
    dash: DASHES[Math.floor(i / 8) % DASHES.length],
    highlighted: u.highlighted && foundSet.has(u.code),
    focused: isFocus(u.code),
  }))
  // A phone has room for a few lines of a cohort drawn whole: the ends and the reader's unit; the
  // table has the rest. A large cohort's are what its picker says.
  const phoneStyles = phone && !focus.enabled ? phoneLines(drawn, isFocus) : drawn
  const phoneCodes = new Set(phoneStyles.map((u) => u.code))
  const shownStyles = styles.filter((s) => phoneCodes.has(s.code))
  const legendItem = (s: BumpStyle) => ({
    label: markFocus(s.name, s.focused ?? false),
    color: s.color,
    shape: 'line' as const,
    dash: s.dash,
    // An image names a line once: at its end, or, where its name had no room there (or the line
    // ends before the last year without a gap to hold it), in the legend.
    unlessDrawn: lineNamedIn(s.code),
  })
  // Ranks of cohorts of different sizes drawn at their place in each (ADR 054), whatever the
  // cohort's size: a logarithmic axis of the largest size would put the last of 34 mid-axis.
  const standing = hasSizesThatDiffer(history)
  const axis =
    large && !standing
      ? logRankAxis(
          series,
          styles.map((s) => s.code),
        )
      : undefined
  const drawnSeries = standing ? standingSeries(series, history.totals) : series
  // A change of the cohort's size and one of its method, each named; in one gap, both.
  const sized = sizeBreaks(history)
  const methods = new Set(schemeBreaks(history))
  const breaks = [...new Set([...sized.map((b) => b.year), ...methods])]
    .sort((a, b) => a - b)
    .map((year) => {
      const size = sized.find((b) => b.year === year)
      const labels = [
        ...(size
          ? [
              t('rankings.sizeBreak', {
                from: formatNumber(size.from, lang),
                to: formatNumber(size.to, lang),
              }),
            ]
          : []),
        ...(methods.has(year) ? [t('profile.schemeChanged')] : []),
      ]
      return { year, label: labels.join('; ') }
    })
  type Row = (typeof series.units)[number]
  const amongLoaded = new Map(
    history.units.flatMap((u) => (u.ranksAmongLoaded ? [[u.unit.code, u.ranksAmongLoaded]] : [])),
  )
  const columns: Column<Row>[] = [
    {
      key: 'unit',
      header: t('columns.unit'),
      // The reader's unit's row is marked as in every table (isFocusRow): bold, tinted, one ▶.
      value: (u) => u.name,
    },
    ...series.rows.map((row, i) => ({
      key: String(row.year),
      header: String(row.year),
      value: (u: Row) => row[u.code] ?? null,
      // A rank among the units loaded of a partial table is not drawn; the table gives it, so.
      csvAsShown: true,
      render: (u: Row) => {
        const loadedRank = amongLoaded.get(u.code)?.[i] ?? null
        return row[u.code] == null && loadedRank !== null
          ? `${formatRank(loadedRank, history.loaded[i])} (${t('rankings.amongLoaded')})`
          : formatRank(row[u.code], history.totals[i])
      },
      numeric: true,
    })),
  ]
  // Lines that meet in one point (a published tie): one dot hides the other, so they are named.
  const nameOf = new Map(drawn.map((u) => [u.code, u.name]))
  const shared = sharedRanks(
    series,
    shownStyles.map((s) => s.code),
  )
  // A published rank the indices do not give is drawn as published (ADR 014): said beside it,
  // for the lines drawn, so a tie it makes is not read as the indices' (the data-quality page
  // flags the same ranks).
  const computedOf = new Map(
    history.units.flatMap((h) => (h.computedRanks ? [[h.unit.code, h.computedRanks]] : [])),
  )
  // The lines on the screen (a phone draws fewer than the image), as the shared-rank note names.
  const differs = drawn
    .filter((u) => phoneCodes.has(u.code))
    .flatMap((u) => {
      const computed = computedOf.get(u.code)
      return (computed ?? []).flatMap((rank, i) => {
        const year = history.years[i]
        const published = series.rows[i]?.[u.code]
        return rank === null || year === undefined || published == null
          ? []
          : [
              t('rankHistory.publishedDiffersItem', {
                unit: u.name,
                year,
                published: formatNumber(published, lang),
                computed: formatNumber(rank, lang),
              }),
            ]
      })
    })
  const first = history.years[0]
  const period =
    first !== undefined && first !== selection.year ? `${first}-${selection.year}` : selection.year
  const cohortYears = `${selection.label}, ${formatYearSpan(first, selection.year)}`
  // A phone draws fewer lines than the image: its subtitle counts those it draws.
  const phoneNote =
    note && shownStyles.length < styles.length
      ? t('focus.showing', {
          shown: formatNumber(shownStyles.length, lang),
          total: formatNumber(result.total, lang),
        })
      : null
  return (
    <>
      <ChartFrame
        chartId="rank-movements"
        title={t('rankings.bumpChart')}
        subtitle={withFocusNote(cohortYears, note)}
        screenSubtitle={phoneNote ? withFocusNote(cohortYears, phoneNote) : undefined}
        cohortLabel={selection.label}
        fileCohort={selection.fileCohort}
        period={period}
        source={{ years: history.years, cohorts: [selection] }}
        exportContent={{ kind: 'plot' }}
        legend={styles.map(legendItem)}
        screenLegend={shownStyles.map(legendItem)}
        columns={columns}
        rows={series.units}
        rowKey={(u) => u.code}
        isFocusRow={(u) => isFocus(u.code)}
        focusName={(u) => u.name}
        render={(size) => (
          <FocusedChart
            focus={focus}
            size={size}
            placeLabel="rank"
            placeOf={(u) => latestRank(u) ?? u.position}
            rankSizeOf={rankSizeOf}
          >
            <BumpChart
              series={drawnSeries}
              styles={size ? styles : shownStyles}
              size={size}
              axis={axis}
              breaks={breaks}
              formatRank={(r) => formatNumber(r, lang)}
              rankLabel={t('rankHistory.axis')}
              standingLabels={standing ? standingLabels(t) : undefined}
            />
          </FocusedChart>
        )}
      />
      {shownStyles.length < styles.length && (
        <p className="chart-note" data-testid="bump-phone-note">
          {t(focusCode ? 'rankHistory.phoneNote' : 'rankHistory.phoneNoteNoFocus', {
            shown: shownStyles.length,
            total: styles.length,
          })}
        </p>
      )}
      {axis && (
        <p className="chart-note" data-testid="bump-log-note">
          {t('rankHistory.logNote')}
        </p>
      )}
      {sized.length > 0 && <p className="chart-note">{t('rankings.sizeBreakNote')}</p>}
      {methods.size > 0 && (
        <p className="chart-note" data-testid="bump-scheme-note">
          {t('rankings.schemeBreakNote')}
        </p>
      )}
      {standing && (
        <p className="chart-note" data-testid="bump-standing-note">
          {t('standing.historyNote', {
            sizes: listText(
              cohortSizes(history.totals).map((n) => formatNumber(n, lang, 0)),
              lang,
            ),
          })}
        </p>
      )}
      {shared.map(({ years, rank, codes }) => (
        <p key={`${rank}-${codes.join()}`} className="chart-note" data-testid="bump-shared-rank">
          {t('rankHistory.sharedRank', {
            years: listText(years.map(String), lang),
            rank: formatNumber(rank, lang),
            units: listText(
              codes.map((c) => nameOf.get(c) ?? c),
              lang,
            ),
          })}
        </p>
      ))}
      {differs.length > 0 && (
        <p className="chart-note" data-testid="bump-published-differs">
          {t('rankHistory.publishedDiffers', { list: listText(differs, lang) })}
        </p>
      )}
      {history.years.length === 1 && (
        <p className="chart-note" data-testid="bump-single-year">
          {t('rankings.singleYear', { year: selection.year })}
        </p>
      )}
    </>
  )
}
