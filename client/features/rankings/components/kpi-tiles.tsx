import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { summaryEnds } from '#client/cohorts/components/use-cohort-focus.ts'
import { DEFAULT_FOCUS_SIZE } from '#client/lib/focus-units.ts'
import { toCohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { formatIndex, formatNumber, formatRankWords } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { rankingQueries } from '../../../cohorts/api/rankings.queries.ts'
import { gradeStyles } from '#client/lib/grade-styles.ts'
import { Swatch } from '#client/components/charts/legend.tsx'
import { useFocusUnit } from '#client/lib/focus-unit.ts'
import { toKpiTiles, type KpiTileUnit } from '../utils/to-kpi-tiles.ts'
import { usePartialNote } from '#client/cohorts/components/partial-cohort-note.tsx'

/** Overview: average, best, lowest and units per grade, from the cohort-year's summary. */
export function KpiTilesPanel({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const lang = useLang()
  // The same summary as the ranking chart's default view and the my-unit card, the reader's unit
  // included: one request for the three.
  const { code: focusCode } = useFocusUnit()
  const { data } = useSuspenseQuery(
    rankingQueries.summary(toCohortParams(selection), {
      ends: summaryEnds(DEFAULT_FOCUS_SIZE),
      focus: focusCode ? [focusCode] : [],
    }),
  )
  const partial = usePartialNote(data)
  const tiles = toKpiTiles(data, gradeStyles(data.gradeBands, lang))
  if (tiles.count === 0) {
    return (
      <p className="empty-state">
        {t('state.noData', { what: `${selection.label}, ${selection.year}` })}
      </p>
    )
  }
  // A partly loaded cohort-year: each tile says it is of the units loaded, the best and lowest
  // with the rank the decision gave them, so the best loaded is not read as the cohort's first.
  const count = formatNumber(tiles.count, lang)
  const label = (whole: string, loaded: string) =>
    tiles.partialOf === null ? t(whole) : t(loaded, { count })
  const unitNote = (unit: KpiTileUnit | null) => (
    <p className="tile-note">
      {unit?.name}
      {unit?.publishedRank && (
        <span className="tile-rank" data-testid="kpi-published-rank">
          {' · '}
          {formatRankWords(unit.publishedRank.rank, lang, unit.publishedRank.total)}
        </span>
      )}
    </p>
  )
  return (
    <div className="tiles" data-testid="kpi-tiles" data-partial={tiles.partialOf !== null}>
      <div className="tile">
        <p className="tile-label">{label('kpi.average', 'kpi.averageLoaded')}</p>
        <p className="tile-value">{formatIndex(tiles.average, lang)}</p>
        <p className="tile-note">{partial ?? `${t('kpi.units')}: ${count}`}</p>
      </div>
      <div className="tile">
        <p className="tile-label">{label('kpi.best', 'kpi.bestLoaded')}</p>
        <p className="tile-value">{formatIndex(tiles.best?.indexPct, lang)}</p>
        {unitNote(tiles.best)}
      </div>
      <div className="tile">
        <p className="tile-label">{label('kpi.worst', 'kpi.worstLoaded')}</p>
        <p className="tile-value">{formatIndex(tiles.worst?.indexPct, lang)}</p>
        {unitNote(tiles.worst)}
      </div>
      {tiles.grades.length > 0 && (
        <div className="tile">
          <p className="tile-label">{label('kpi.grades', 'kpi.gradesLoaded')}</p>
          <ul className="grade-list">
            {tiles.grades.map((g) => (
              <li key={g.code}>
                {/* Colour and texture as the ranking chart draws the grade. */}
                <Swatch color={g.color} pattern={g.pattern} size={12} />
                {g.label}: <strong>{formatNumber(g.count, lang)}</strong>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
