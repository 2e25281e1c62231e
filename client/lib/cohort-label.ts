import {
  blockInEnglish,
  UNIT_KIND_LABELS,
  unitCodeKey,
  type UnitKind,
} from '#shared/domain/units.ts'
import { foldName } from './focus-units.ts'
import type { Language } from './format.ts'

/**
 * The first year of the map of 1 July 2025 (ADR 014). Cohorts with data from that year on, under
 * a parent that still exists, are today's; the rest are listed apart as history.
 */
export const NEW_MAP_YEAR = 2025

/** A present-day cohort: its parent exists today and it has results in the new map. */
export function isPresentDay(c: { current: boolean; latestYear: number }): boolean {
  return c.current && c.latestYear >= NEW_MAP_YEAR
}

/** "Cấp xã" / "Commune level" */
export function kindLabel(kind: UnitKind, lang: Language): string {
  return UNIT_KIND_LABELS[kind]?.[lang] ?? kind
}

/**
 * The block as worth showing, in the reader's language: null for the default cohort, and for a
 * block named like its level ("Sở, ban, ngành" for departments), which would only repeat it.
 */
export function shownBlock(kind: UnitKind, block: string | null, lang: Language): string | null {
  if (!block) return null
  const label = UNIT_KIND_LABELS[kind]
  const same = label && [label.vi, label.en].some((l) => foldName(l) === foldName(block))
  if (same) return null
  if (lang === 'vi') return block
  // Named by unit titles, in English ("Wards"); any other name as the decision wrote it.
  const english = blockInEnglish(block)
  return english ? `${english.charAt(0).toUpperCase()}${english.slice(1)}` : block
}

type Translate = (key: string, options?: Record<string, unknown>) => string

/** "Tỉnh Long An (cấp huyện)", "Tỉnh Tây Ninh (cấp xã — Phường)": a cohort named in a sentence. */
export function cohortInWords(
  cohort: { parent: { name: string }; kind: UnitKind; block: string | null },
  lang: Language,
  t: Translate,
): string {
  const block = shownBlock(cohort.kind, cohort.block, lang)
  const kind = kindLabel(cohort.kind, lang).toLocaleLowerCase(lang)
  return block
    ? t('filters.cohortLabelBlock', { parent: cohort.parent.name, kind, block })
    : t('filters.cohortLabel', { parent: cohort.parent.name, kind })
}

/**
 * A parent unit's name as the cohort list knows it (any of its cohorts names it), else its code:
 * a link to a level the parent has no results for still names the province, not TAY_NINH.
 */
export function parentNameIn(
  cohorts: readonly { parent: { code: string; name: string } }[],
  code: string,
): string {
  const key = unitCodeKey(code)
  return cohorts.find((c) => unitCodeKey(c.parent.code) === key)?.parent.name ?? code
}
