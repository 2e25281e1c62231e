import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { summaryEnds } from '#client/cohorts/components/use-cohort-focus.ts'
import { DEFAULT_FOCUS_SIZE } from '#client/lib/focus-units.ts'
import { toCohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { formatIndex, formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { rankingQueries } from '../../../cohorts/api/rankings.queries.ts'
import { gradeStyles } from '#client/lib/grade-styles.ts'
import { Swatch } from '#client/components/charts/legend.tsx'
import { useFocusUnit } from '#client/lib/focus-unit.ts'
import { toKpiTiles } from '../utils/to-kpi-tiles.ts'
import { usePartialNote } from './partial-cohort-note.tsx'

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
  return (
    <div className="tiles" data-testid="kpi-tiles">
      <div className="tile">
        <p className="tile-label">{t('kpi.average')}</p>
        <p className="tile-value">{formatIndex(tiles.average, lang)}</p>
        <p className="tile-note">
          {partial ?? `${t('kpi.units')}: ${formatNumber(tiles.count, lang)}`}
        </p>
      </div>
      <div className="tile">
        <p className="tile-label">{t('kpi.best')}</p>
        <p className="tile-value">{formatIndex(tiles.best?.indexPct, lang)}</p>
        <p className="tile-note">{tiles.best?.name}</p>
      </div>
      <div className="tile">
        <p className="tile-label">{t('kpi.worst')}</p>
        <p className="tile-value">{formatIndex(tiles.worst?.indexPct, lang)}</p>
        <p className="tile-note">{tiles.worst?.name}</p>
      </div>
      {tiles.grades.length > 0 && (
        <div className="tile">
          <p className="tile-label">{t('kpi.grades')}</p>
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
