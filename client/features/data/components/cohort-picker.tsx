import { useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { UNIT_KIND_LABELS } from '#shared/domain/units.ts'
import { pickLabel, useLang } from '#client/lib/use-lang.ts'
import { dataQueries, type CohortKey } from '../api/data.queries.ts'

export function cohortValue(c: CohortKey): string {
  return `${c.parent}|${c.kind}`
}

function parseCohort(value: string): CohortKey {
  const [parent = '', kind = 'DISTRICT'] = value.split('|')
  return { parent, kind: kind as CohortKey['kind'] }
}

/** Picks a cohort (parent + kind) among those with assessments, drafts included for editors. */
export function CohortPicker({
  value,
  onChange,
}: {
  value: CohortKey | null
  onChange: (cohort: CohortKey) => void
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const id = useId()
  const { data } = useSuspenseQuery(dataQueries.cohorts())
  const items = data.items.filter((c) => c.kind !== 'COUNTRY')
  const first = items[0]
  useEffect(() => {
    if (!value && first) onChange({ parent: first.parent.code, kind: first.kind as CohortKey['kind'] })
  }, [value, first, onChange])
  return (
    <div className="field">
      <label htmlFor={id}>{t('filters.cohort')}</label>
      <select id={id} value={value ? cohortValue(value) : ''} onChange={(e) => onChange(parseCohort(e.target.value))}>
        {items.map((c) => (
          <option key={`${c.parent.code}|${c.kind}`} value={`${c.parent.code}|${c.kind}`}>
            {c.parent.name} — {pickLabel(UNIT_KIND_LABELS[c.kind], lang)}
          </option>
        ))}
      </select>
    </div>
  )
}
