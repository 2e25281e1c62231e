// The compare page's state lives in its URL: the units, the year compared, the cohort units are
// added from (parent, kind, block) and the reader's unit (focus). Back/forward and a shared link
// restore exactly that view.
import { COMPARE_MAX_UNITS } from '#shared/domain/compare-limits.ts'
import { unitCodeKey, UNIT_CODE_PATTERN } from '#shared/domain/units.ts'
import { cohortSearchSchema, parseSearch, type CohortSearch } from '#client/lib/cohort-params.ts'

export type CompareUrl = {
  units: string[]
  /**
   * The URL names its units, even none (`?units=`): the reader removed every unit, and the page
   * asks for units rather than filling in the defaults a link without `units` opens with.
   */
  unitsNamed: boolean
  cohort: CohortSearch
}

/** `?units=A,B&parent=…&kind=…&cohort=…&year=…`: duplicates dropped; bad codes and params named. */
export function parseCompareUrl(
  params: URLSearchParams,
): { ok: true; value: CompareUrl } | { ok: false; invalid: string[] } {
  const units: string[] = []
  for (const raw of (params.get('units') ?? '').split(',')) {
    const code = raw.trim()
    if (code && !units.some((u) => unitCodeKey(u) === unitCodeKey(code))) units.push(code)
  }
  const bad = units.filter((c) => !UNIT_CODE_PATTERN.test(c))
  const cohort = parseSearch(cohortSearchSchema, params)
  const invalid = [...(bad.length > 0 ? [`units (${bad.join(', ')})`] : [])]
  if (!cohort.ok) invalid.push(...cohort.invalid)
  if (invalid.length > 0) return { ok: false, invalid }
  return {
    ok: true,
    value: { units, unitsNamed: params.has('units'), cohort: cohort.ok ? cohort.data : {} },
  }
}

/** How many units the compare page opens with when the URL names none. */
export const DEFAULT_UNIT_COUNT = 3

/**
 * The units a compare opens with when none are named: the reader's unit (when there is one)
 * first, then the cohort's top units, never the same unit twice.
 */
export function defaultUnits(focus: string | null, top: readonly string[]): string[] {
  const chosen = focus ? [focus] : []
  for (const code of top) {
    if (chosen.length >= Math.min(DEFAULT_UNIT_COUNT, COMPARE_MAX_UNITS)) break
    if (!chosen.some((c) => unitCodeKey(c) === unitCodeKey(code))) chosen.push(code)
  }
  return chosen
}

/** The units with one more (at the end), unless it is already there. */
export function withUnit(units: readonly string[], code: string): string[] {
  return units.some((u) => unitCodeKey(u) === unitCodeKey(code)) ? [...units] : [...units, code]
}
