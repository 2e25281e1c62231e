import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { toCohortParams, cohortSearch, type CohortSelection } from '#client/lib/cohort-params.ts'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { summaryEnds } from '#client/cohorts/components/use-cohort-focus.ts'
import { DEFAULT_FOCUS_SIZE } from '#client/lib/focus-units.ts'
import { awardQueries } from '../api/awards.queries.ts'
import { awardHeadline } from '../utils/award-headline.ts'
import { byAwardType } from '#client/lib/domain-series.ts'
import { useFocusUnit } from '#client/lib/focus-unit.ts'
import { GlanceFocus } from '#client/cohorts/components/glance-focus.tsx'
import { LoadedFiguresNote } from '#client/cohorts/components/partial-cohort-note.tsx'

/** Overview: the cohort's awards at a glance. */
export function AwardsGlance({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const lang = useLang()
  // One summary for the cohort's totals and the reader's own unit: the one the page's loader
  // starts, and the one the awards page asks (with the same ends and unit).
  const { code: focusCode } = useFocusUnit()
  const { data } = useSuspenseQuery(
    awardQueries.summary(
      toCohortParams(selection),
      summaryEnds(DEFAULT_FOCUS_SIZE),
      focusCode ? [focusCode] : [],
    ),
  )
  const focused = data.focus[0]
  const { totals } = data
  const types = byAwardType(totals, lang)
  return (
    <div className="glance">
      <h2 className="panel-title">{t('overview.awards')}</h2>
      {totals.total === 0 ? (
        <p className="empty-state">
          {t('state.noData', { what: `${selection.label}, ${selection.year}` })}
        </p>
      ) : (
        <>
          <p className="big">{awardHeadline(totals, lang, t)}</p>
          <LoadedFiguresNote selection={selection} loaded={data.unitsWithData} />
          <ul className="meta-list">
            {types.slice(0, 6).map((row) => (
              <li key={row.key}>
                {row.label}: <strong>{formatNumber(row.count, lang)}</strong>
              </li>
            ))}
          </ul>
          {focused && (
            <GlanceFocus unit={focused.unit.name} text={awardHeadline(focused, lang, t)} />
          )}
          <Link to={`/awards${cohortSearch(toCohortParams(selection))}`}>
            {t('overview.moreAwards')}
          </Link>
        </>
      )}
    </div>
  )
}
