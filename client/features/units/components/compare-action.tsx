import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { compareHref } from '#client/lib/compare-link.ts'
import { isFocusUnit, useFocusUnit } from '#client/lib/focus-unit.ts'
import { unitQueries } from '../../../cohorts/api/units.queries.ts'
import './compare-action.css'

/**
 * "So sánh": the compare page with this unit, the cohort it was ranked in that year and the
 * year — and the reader's own unit beside it, when they follow another one.
 */
export function CompareAction({ code, year }: { code: string; year: number }) {
  const { t } = useTranslation()
  const { data } = useSuspenseQuery(unitQueries.profile(code))
  const { code: focus } = useFocusUnit()
  const cohort = data.years.find((y) => y.year === year)?.cohort ?? data.cohort
  const units =
    focus && !isFocusUnit(data.unit.code, focus) ? [data.unit.code, focus] : [data.unit.code]
  const href = compareHref({
    units,
    parent: cohort?.parent.code,
    kind: cohort?.kind,
    block: cohort?.block,
    year,
    focus,
  })
  return (
    <Link
      className="button compare-action"
      to={href}
      aria-label={t('comparing.actionLabel', { unit: data.unit.name })}
      data-testid="compare-action"
    >
      {t('comparing.action')}
    </Link>
  )
}
