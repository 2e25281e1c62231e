import { UNIT_KIND_LABELS, UNIT_TITLE_LABELS, type UnitKind } from '#shared/domain/units.ts'
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

/** "Cấp xã" / "Communes" */
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
  return lang === 'en' ? blockInEnglish(block) : block
}

const plural = (noun: string) => (noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`)

/** The titles a decision names its blocks by, folded ("phuong"), in English ("wards"). */
const TITLES_IN_ENGLISH = new Map(
  Object.values(UNIT_TITLE_LABELS).map((l) => [foldName(l.vi), plural(l.en)]),
)

/**
 * A block named by unit titles ("Phường", "Xã, đặc khu") in English ("Wards", "Communes, special
 * zones"); any other name as the decision wrote it.
 */
function blockInEnglish(block: string): string {
  const words = block.split(/\s*,\s*|\s+và\s+/).map((part) => TITLES_IN_ENGLISH.get(foldName(part)))
  if (words.length === 0 || words.some((w) => w === undefined)) return block
  const text = words.join(', ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}
