import { useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { isPresentDay, kindLabel, shownBlock } from '#client/lib/cohort-label.ts'
import { compareVi } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { cohortQueries } from '#client/cohorts/api/cohorts.queries.ts'
import type { CohortKey } from '../api/data.queries.ts'
import { yearSpanText } from '#shared/text/source-line.ts'

/** A select value for a cohort; the unit separator cannot occur in a code or a block name. */
export function cohortValue(c: CohortKey): string {
  return [c.parent, c.kind, c.block ?? ''].join('\u001f')
}

/** The cohorts a picker offers, each with its label ("Tỉnh Tây Ninh — Sở, ban, ngành"). */
function useCohortOptions() {
  const lang = useLang()
  const { data } = useSuspenseQuery(cohortQueries.list())
  const options = data.items
    .filter((c) => c.kind !== 'COUNTRY')
    .map((c) => {
      const key: CohortKey = { parent: c.parent.code, kind: c.kind as CohortKey['kind'], block: c.block }
      const block = shownBlock(c.kind, c.block, lang)
      const label = [c.parent.name, kindLabel(c.kind, lang), ...(block ? [block] : [])].join(' — ')
      return { key, value: cohortValue(key), label, present: isPresentDay(c), years: c.years }
    })
  // A block named like its level is not shown (shownBlock): beside the level's default cohort it
  // would read the same. Two cohorts the picker would name alike are told apart by their years.
  const seen = new Map<string, number>()
  for (const o of options) seen.set(o.label, (seen.get(o.label) ?? 0) + 1)
  return options
    .map(({ years, ...o }) =>
      (seen.get(o.label) ?? 0) > 1 ? { ...o, label: `${o.label} (${yearSpanText(years)})` } : o,
    )
    .sort((a, b) => compareVi(a.label, b.label))
}

/** A cohort named as the picker names it, for a sentence about it (a confirmation). */
export function useCohortLabel(cohort: CohortKey): string {
  const value = cohortValue(cohort)
  return useCohortOptions().find((o) => o.value === value)?.label ?? cohort.parent
}

/**
 * Picks a cohort (parent, level and block) among those with assessments, drafts included for
 * editors; today's cohorts and those of the old map in two groups.
 */
export function CohortPicker({
  value,
  onChange,
}: {
  value: CohortKey | null
  onChange: (cohort: CohortKey) => void
}) {
  const { t } = useTranslation()
  const id = useId()
  const options = useCohortOptions()
  const first = options.find((o) => o.present) ?? options[0]
  useEffect(() => {
    if (!value && first) onChange(first.key)
  }, [value, first, onChange])
  const group = (present: boolean, label: string) => {
    const items = options.filter((o) => o.present === present)
    return items.length === 0 ? null : (
      <optgroup label={label}>
        {items.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </optgroup>
    )
  }
  return (
    <div className="field">
      <label htmlFor={id}>{t('filters.cohort')}</label>
      <select
        id={id}
        value={value ? cohortValue(value) : ''}
        onChange={(e) => {
          const picked = options.find((o) => o.value === e.target.value)
          if (picked) onChange(picked.key)
        }}
      >
        {group(true, t('filters.presentDay'))}
        {group(false, t('filters.beforeNewMap'))}
      </select>
    </div>
  )
}
