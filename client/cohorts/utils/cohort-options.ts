import type { UnitKind } from '#shared/domain/units.ts'
import type { UnitRef } from '#shared/dto/unit.ts'
import { isPresentDay, kindLabel, shownBlock } from '#client/lib/cohort-label.ts'
import { compareVi, type Language } from '#client/lib/format.ts'

type Listed = {
  parent: UnitRef
  kind: UnitKind
  block: string | null
  current: boolean
  latestYear: number
  years: number[]
  unitCount: number
  publishedSize: number | null
}

export type CohortOption<C extends Listed = Listed> = {
  /** A stable option value (a select's value is a string). */
  value: string
  /** "Tỉnh Tây Ninh — Cấp xã — Phường" */
  label: string
  cohort: C
}

export type CohortOptionGroups<C extends Listed = Listed> = {
  present: CohortOption<C>[]
  past: CohortOption<C>[]
}

/** A select value for a cohort; the unit separator cannot occur in a code or a block name. */
export function cohortOptionValue(c: {
  parent: { code: string } | string
  kind: string
  block: string | null
}) {
  const parent = typeof c.parent === 'string' ? c.parent : c.parent.code
  return [parent.toUpperCase(), c.kind, c.block ?? ''].join('\u001f')
}

/** "Tỉnh Tây Ninh — Cấp xã — Phường"; the block is left out where it only repeats the level. */
export function cohortOptionLabel(
  c: Pick<Listed, 'parent' | 'kind' | 'block'>,
  lang: Language,
): string {
  const block = shownBlock(c.kind, c.block, lang)
  return [c.parent.name, kindLabel(c.kind, lang), ...(block ? [block] : [])].join(' — ')
}

/**
 * The cohort picker's options, by name: present-day cohorts (isPresentDay) in one group, cohorts
 * of the old map in another, so a reader never picks a 2024 district by mistake for today's.
 */
export function cohortOptions<C extends Listed>(
  items: readonly C[],
  lang: Language,
): CohortOptionGroups<C> {
  const options = items
    .map((cohort) => ({
      value: cohortOptionValue(cohort),
      label: cohortOptionLabel(cohort, lang),
      cohort,
    }))
    .sort((a, b) => compareVi(a.label, b.label))
  return {
    present: options.filter((o) => isPresentDay(o.cohort)),
    past: options.filter((o) => !isPresentDay(o.cohort)),
  }
}
