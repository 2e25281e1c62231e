import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { CohortRef } from '#shared/dto/cohort.ts'
import type { CohortSelection } from '#client/lib/cohort-params.ts'
import { cohortInWords } from '#client/lib/cohort-label.ts'
import { cohortSearch } from '#client/lib/cohort-search.ts'
import { FOCUS_PARAM } from '#client/lib/focus-unit.ts'
import { formatDate } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { unitQueries } from '../../../cohorts/api/units.queries.ts'
import { focusElsewhere } from '../utils/focus-elsewhere.ts'

type Props = { code: string; selection: CohortSelection; onClear: () => void }

/**
 * The reader's unit when the cohort shown does not hold it that year: named (not by its code),
 * with where it was ranked that year, or its latest result and the day it ended — a district of
 * the old map opened on a 2025 cohort says so and leads back to its last ranking. Read from the
 * unit's profile without suspending: until it answers (or if it fails), the sentence names the
 * code and points to the profile.
 */
export function MyUnitElsewhere({ code, selection, onClear }: Props) {
  const { t } = useTranslation()
  const lang = useLang()
  const { data: profile } = useQuery(unitQueries.profile(code))
  const where = profile ? focusElsewhere(profile, selection.year) : null
  const overviewOf = (cohort: CohortRef, year: number) => {
    const search = cohortSearch({
      parent: cohort.parent.code,
      kind: cohort.kind,
      block: cohort.block,
      year,
    })
    return `/overview${search}&${FOCUS_PARAM}=${encodeURIComponent(code)}`
  }
  return (
    <div className="my-unit-missing" data-testid="my-unit-elsewhere">
      <p>
        {t('myUnit.notInCohort', {
          unit: profile?.unit.name ?? code,
          cohort: selection.label,
          year: selection.year,
        })}{' '}
        {where?.kind === 'otherCohort' ? (
          <>
            {t('myUnit.rankedIn', {
              year: selection.year,
              cohort: cohortInWords(where.cohort, lang, t),
            })}{' '}
            <Link to={overviewOf(where.cohort, selection.year)}>{t('myUnit.openThatCohort')}</Link>
          </>
        ) : where?.kind === 'noResult' ? (
          <>
            {where.endedOn && t('myUnit.endedOn', { date: formatDate(where.endedOn, lang) })}{' '}
            {where.last ? (
              <>
                {t('myUnit.lastResult', {
                  year: where.last.year,
                  cohort: cohortInWords(where.last.cohort, lang, t),
                })}{' '}
                <Link to={overviewOf(where.last.cohort, where.last.year)}>
                  {t('myUnit.openYear', { year: where.last.year })}
                </Link>
              </>
            ) : (
              t('myUnit.noResultYear', { year: selection.year })
            )}
          </>
        ) : (
          t('myUnit.whereRanked')
        )}
      </p>
      <p className="my-unit-missing-actions">
        <Link to={`/units/${code}`}>{t('myUnit.profile')}</Link>{' '}
        <button type="button" className="button small" onClick={onClear}>
          {t('myUnit.clear')}
        </button>
      </p>
    </div>
  )
}
