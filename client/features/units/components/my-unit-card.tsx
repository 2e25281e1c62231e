import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { isRankAmongLoaded, rankDenominator } from '#shared/kpi/rank-denominator.ts'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { RankingEntry } from '#shared/dto/ranking.ts'
import {
  DeltaCell,
  isIndexChangeWithheld,
  RankMoveCell,
} from '#client/components/ui/change-cells.tsx'
import { UnitFinder } from '#client/cohorts/components/unit-finder.tsx'
import { gradeStyles } from '#client/lib/grade-styles.ts'
import { toCohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { useFocusUnit } from '#client/lib/focus-unit.ts'
import { useFocusAfterChange } from '#client/lib/use-focus-after-change.ts'
import { formatIndex, formatNumber, formatPoints, formatRate } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { unitQueries } from '../../../cohorts/api/units.queries.ts'
import { myUnitSummary } from '../utils/my-unit-summary.ts'
import { rankMoveWords } from '../utils/rank-move-words.ts'
import { fieldLabel } from '../utils/to-profile-series.ts'
import { profileHref } from '#client/lib/profile-link.ts'
import { weakestFields } from '../utils/weakest-fields.ts'
import { MyUnitElsewhere } from './my-unit-elsewhere.tsx'
import './my-unit-card.css'

/**
 * Whether the my-unit panel shows the reader's unit's card (chosen, and ranked in this cohort):
 * on a phone the card then leads the overview. Reads the panel's own request, never a new one.
 */
export function useMyUnitHasCard(selection: CohortSelection): boolean {
  const { code } = useFocusUnit()
  const { data } = useQuery(myUnitSummary(toCohortParams(selection), code))
  return code !== null && data?.focus[0] !== undefined
}

/**
 * The overview's first panel: the search for a unit (always there) and, once the reader has
 * chosen theirs, its card for the year: index, published rank of the cohort's size, change,
 * grade, the summary sentence and the fields furthest from their maximum.
 */
export function MyUnitPanel({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const { code, invalid, setFocusUnit } = useFocusUnit()
  const cohort = toCohortParams(selection)
  // The same request as the ranking chart beside it, which draws the unit too.
  const { data } = useSuspenseQuery(myUnitSummary(cohort, code))
  const entry = data.focus[0]
  // The search result chosen, or "Bỏ chọn", is gone once the choice is drawn: the focus goes to
  // the card's heading (its unit and "Bỏ chọn" the next Tabs), or back to the search.
  const panel = useRef<HTMLElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const focusAfter = useFocusAfterChange(code ?? '')
  const choose = (next: string) => {
    focusAfter(() => [heading.current])
    setFocusUnit(next)
  }
  const clear = () => {
    focusAfter(() => [panel.current?.querySelector<HTMLElement>('.unit-finder input')])
    setFocusUnit(null)
  }
  return (
    <section className="my-unit" aria-labelledby="my-unit-title" data-testid="my-unit" ref={panel}>
      <h2 id="my-unit-title" className="panel-title" tabIndex={-1} ref={heading}>
        {t('myUnit.title')}
      </h2>
      {invalid !== null && (
        <p className="chart-note error" role="alert">
          {t('myUnit.badCode', { code: invalid })}
        </p>
      )}
      {code && entry ? (
        <MyUnitCard
          selection={selection}
          entry={entry}
          total={rankDenominator(entry.published?.rank, data)}
          amongLoaded={isRankAmongLoaded(entry.published?.rank, data)}
          bands={data.gradeBands}
          onClear={clear}
        />
      ) : code ? (
        <MyUnitElsewhere code={code} selection={selection} onClear={clear} />
      ) : (
        <p className="my-unit-prompt">{t('myUnit.choosePrompt')}</p>
      )}
      <UnitFinder selection={selection} focusCode={code} onChoose={choose} />
    </section>
  )
}

type CardProps = {
  selection: CohortSelection
  entry: RankingEntry
  total: number
  /** The rank is one among the units loaded of a partial table. */
  amongLoaded: boolean
  bands: Parameters<typeof gradeStyles>[0]
  onClear: () => void
}

function MyUnitCard({ selection, entry, total, amongLoaded, bands, onClear }: CardProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const { year } = selection
  const code = entry.unit.code
  const { data: summary } = useSuspenseQuery(unitQueries.summary({ code, year, lang }))
  const { data: profile } = useSuspenseQuery(unitQueries.profile(code))
  const fields = profile.years.find((y) => y.year === year)?.fields ?? []
  const weakest = weakestFields(fields)
  const grade =
    gradeStyles(bands, lang).find((s) => s.code === entry.grade)?.label ?? entry.grade ?? '–'
  const profileLink = profileHref(code, year)
  const indexWithheld = isIndexChangeWithheld({
    value: entry.deltaPct,
    notComparable: entry.notComparable,
  })
  return (
    <div className="my-unit-card" data-testid="my-unit-card">
      <p className="my-unit-name">
        <span aria-hidden="true">▶ </span>
        <Link to={profileLink} aria-label={t('myUnit.openProfile', { unit: entry.unit.name })}>
          {entry.unit.name}
        </Link>
        <button type="button" className="button small my-unit-clear" onClick={onClear}>
          {t('myUnit.clear')}
        </button>
      </p>
      <dl className="my-unit-facts">
        <div>
          <dt>{t('myUnit.index')}</dt>
          <dd>{formatIndex(entry.indexPct, lang)}</dd>
        </div>
        <div>
          <dt>{t('myUnit.rank')}</dt>
          <dd data-testid="my-unit-rank">
            {/* Under its label "Rank": the figure alone, as a decision writes it (5/15). */}
            {formatNumber(entry.rank, lang)}/{formatNumber(total, lang)}
            {amongLoaded && ` (${t('rankings.amongLoaded')})`}
          </dd>
        </div>
        <div>
          <dt>{t('myUnit.change', { previous: year - 1 })}</dt>
          <dd>
            <DeltaCell value={entry.deltaPct} notComparable={entry.notComparable} />
            {/* Where the index change is withheld, its note says why for the rank too. */}
            {!indexWithheld && (
              <>
                {' '}
                <RankMoveCell value={entry.rankChange} notComparable={entry.notComparable} />
                {/* "↓1" beside "+0,81" read as a contradiction: the move said in words too. */}
                {entry.rankChange !== null && ` (${rankMoveWords(entry.rankChange, t)})`}
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('myUnit.grade')}</dt>
          <dd>{grade}</dd>
        </div>
      </dl>
      <p className="my-unit-summary" data-testid="my-unit-summary">
        {summary.text}
      </p>
      <h3 className="my-unit-subtitle">{t('myUnit.weakest')}</h3>
      {weakest.length > 0 ? (
        <ol className="my-unit-weakest" data-testid="my-unit-weakest">
          {weakest.map((f) => (
            <li key={f.code}>
              {t('myUnit.weakestItem', {
                field: fieldLabel(f.code, lang),
                // Points short of the field's maximum, not a loss on the previous year.
                short: formatPoints(f.lost, lang),
                points: formatPoints(f.points, lang),
                max: formatNumber(f.maxPoints, lang),
                // One decimal always, so the three shares read alike ("75,0%" beside "78,8%").
                share: `${formatRate(f.share * 100, lang)}%`,
              })}
            </li>
          ))}
        </ol>
      ) : (
        <p className="my-unit-prompt">
          {/* Fields scored, each at its maximum: none falls short, which is not "no points". */}
          {fields.some((f) => (f.maxPoints ?? 0) > 0) ? t('myUnit.noneLost') : t('myUnit.noFields')}
        </p>
      )}
    </div>
  )
}
