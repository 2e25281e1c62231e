import { useTranslation } from 'react-i18next'
import type { CohortOptionGroups } from '../utils/cohort-options.ts'

/** A cohort select's options: today's map first, then the cohorts before the 2025 map, each titled. */
export function CohortOptionList({ groups }: { groups: CohortOptionGroups }) {
  const { t } = useTranslation()
  return (
    <>
      {groups.present.length > 0 && (
        <optgroup label={t('filters.presentDay')}>
          {groups.present.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </optgroup>
      )}
      {groups.past.length > 0 && (
        <optgroup label={t('filters.beforeNewMap')}>
          {groups.past.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </optgroup>
      )}
    </>
  )
}
