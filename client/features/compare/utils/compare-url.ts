// The compare page's state lives in its URL: the units, the year compared, the cohort units are
// added from (parent, kind, block) and the reader's unit (focus). Back/forward and a shared link
// restore exactly that view.
import { COMPARE_MAX_UNITS } from '#shared/domain/compare-limits.ts'
import { unitCodeKey, UNIT_CODE_PATTERN } from '#shared/domain/units.ts'
import { cohortSearchSchema, parseSearch, type CohortSearch } from '#client/lib/cohort-params.ts'

/**
 * Who chose the units compared. The reader's are `units` (even none: `?units=` says the reader
 * removed every unit, and the page asks for units rather than choosing them again); the page's
 * are `defaults`, the units it opened on when the link named none, kept apart so that they give
 * way to the reader's choice instead of standing in its way. Null: neither yet, the page chooses.
 */
export type ChosenBy = 'reader' | 'page' | null

export type CompareUrl = {
  /** The units compared: the reader's, else the page's. */
  units: string[]
  chosenBy: ChosenBy
  cohort: CohortSearch
}

/** The parameter of the page's own units; `units` is the reader's. */
export const DEFAULTS_PARAM = 'defaults'

/**
 * `?units=A,B&parent=…&kind=…&cohort=…&year=…` (or `defaults=A,B`, the page's units, when there
 * is no `units`): duplicates dropped; bad codes and params named.
 */
export function parseCompareUrl(
  params: URLSearchParams,
): { ok: true; value: CompareUrl } | { ok: false; invalid: string[] } {
  const key = params.has('units') ? 'units' : DEFAULTS_PARAM
  const units = codeList(params.get(key))
  const bad = units.filter((c) => !UNIT_CODE_PATTERN.test(c))
  const cohort = parseSearch(cohortSearchSchema, params)
  const invalid = [...(bad.length > 0 ? [`${key} (${bad.join(', ')})`] : [])]
  if (!cohort.ok) invalid.push(...cohort.invalid)
  if (invalid.length > 0) return { ok: false, invalid }
  const chosenBy: ChosenBy =
    key === 'units' ? 'reader' : params.has(DEFAULTS_PARAM) && units.length > 0 ? 'page' : null
  return { ok: true, value: { units, chosenBy, cohort: cohort.ok ? cohort.data : {} } }
}

/** "A, a,B" → ["A", "B"]: trimmed, each code once whatever its case. */
function codeList(raw: string | null): string[] {
  const codes: string[] = []
  for (const part of (raw ?? '').split(',')) {
    const code = part.trim()
    if (code && !codes.some((u) => unitCodeKey(u) === unitCodeKey(code))) codes.push(code)
  }
  return codes
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
