import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { toCohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { useFocusUnit } from '#client/lib/focus-unit.ts'
import { DEFAULT_FOCUS_SIZE } from '#client/lib/focus-units.ts'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { rankingQueries } from '../api/rankings.queries.ts'
import { summaryEnds } from './use-cohort-focus.ts'

/** "Đã nhập 6 trên 34 đơn vị được xếp hạng": the table's ranks are of the whole cohort. */
export function usePartialNote(cohort: { ranked: number; total: number }): string | null {
  const { t } = useTranslation()
  const lang = useLang()
  if (cohort.ranked >= cohort.total) return null
  return t('rankings.partial', {
    ranked: formatNumber(cohort.ranked, lang),
    total: formatNumber(cohort.total, lang),
  })
}

/** The partial-cohort note, shown where the ranks are: above a chart or table. */
export function PartialCohortNote({
  ranked,
  total,
  help = false,
}: {
  ranked: number
  total: number
  help?: boolean
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const note = usePartialNote({ ranked, total })
  if (!note) return null
  return (
    <p className="chart-note partial-note" data-testid="partial-cohort-note">
      <strong>{note}.</strong>
      {help && ` ${t('rankings.partialHelp', { total: formatNumber(total, lang) })}`}
    </p>
  )
}

/**
 * The cohort-year's size as its ranking gives it (the size the decision published, and the units
 * ranked here), from the summary the overview's tiles read and the tasks and awards pages' loaders
 * start beside their own; null until it is in, or when the year has no ranking.
 */
export function useCohortYearSize(
  selection: CohortSelection,
): { ranked: number; total: number } | null {
  const { code: focusCode } = useFocusUnit()
  const { data } = useQuery(
    rankingQueries.summary(toCohortParams(selection), {
      ends: summaryEnds(DEFAULT_FOCUS_SIZE),
      focus: focusCode ? [focusCode] : [],
    }),
  )
  if (!data || data.ranked === 0) return null
  return { ranked: data.ranked, total: data.total }
}

/**
 * The figures of fewer units than the cohort holds (a partial cohort-year: tasks or awards of 18 of
 * Tây Ninh's 82 communes) say so where their totals are: those totals are of the units loaded.
 */
export function LoadedFiguresNote({
  selection,
  loaded,
}: {
  selection: CohortSelection
  /** Units whose figures the totals count. */
  loaded: number
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const size = useCohortYearSize(selection)
  if (!size || loaded <= 0 || loaded >= size.total) return null
  return (
    <p className="chart-note partial-note" data-testid="loaded-figures-note">
      <strong>
        {t('cohortPages.loadedFigures', {
          loaded: formatNumber(loaded, lang),
          total: formatNumber(size.total, lang),
        })}
        .
      </strong>
    </p>
  )
}
