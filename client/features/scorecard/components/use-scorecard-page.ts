import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { toCohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { useTableSearch } from '#client/components/ui/use-table-search.ts'
import { gradeStyles } from '#client/lib/grade-styles.ts'
import { scorecardQueries } from '../api/scorecard.queries.ts'
import { SCORECARD_TABLE_SORT } from '../utils/scorecard-sorts.ts'

/**
 * The scorecard page the URL asks for (sort, search and page kept there), with the band styles
 * and the fields' short names: what the table and the heat map both draw.
 */
export function useScorecardPage(selection: CohortSelection) {
  const { t } = useTranslation()
  const lang = useLang()
  const search = useTableSearch(SCORECARD_TABLE_SORT)
  const cohort = toCohortParams(selection)
  const { data } = useSuspenseQuery(scorecardQueries.page(cohort, search.table))
  const styles = gradeStyles(data.gradeBands, lang)
  const fieldName = (code: string) => t(`scorecard.fieldShort.${code}`, { defaultValue: code })
  return { ...search, cohort, data, styles, fieldName }
}
