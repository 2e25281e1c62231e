import type { CohortSummary } from '#shared/dto/cohort.ts'
import { compareVi } from './compare-vi.ts'
import { UNIT_KINDS } from '#shared/domain/units.ts'

/** Units loaded over the cohort's published size (1 when the size was not published). */
export function loadedShare(c: Pick<CohortSummary, 'unitCount' | 'publishedSize'>): number {
  return c.publishedSize && c.publishedSize > 0 ? Math.min(1, c.unitCount / c.publishedSize) : 1
}

/**
 * Orders cohorts as candidates for the page the app opens on (ADR 014: the latest published year
 * of a present-day cohort):
 * 1. present-day first (`current`: the parent still exists): visitors ask about today's units;
 * 2. the latest year first;
 * 3. the most complete first (units loaded over the published size): a partial table reads as
 *    ranks with gaps ("4/34", then "15/34"), which a first view should not have to explain —
 *    this, not its level, is why the national provinces cohort of the demo (6 of 34 loaded)
 *    gives way to a province's fully loaded block;
 * 4. the largest (units loaded) first;
 * 5. then by parent name, level and block, so the choice never depends on the API's order.
 */
export function compareLanding(a: CohortSummary, b: CohortSummary): number {
  return (
    Number(b.current) - Number(a.current) ||
    b.latestYear - a.latestYear ||
    loadedShare(b) - loadedShare(a) ||
    b.unitCount - a.unitCount ||
    compareVi(a.parent.name, b.parent.name) ||
    UNIT_KINDS.indexOf(a.kind) - UNIT_KINDS.indexOf(b.kind) ||
    compareVi(a.block ?? '', b.block ?? '')
  )
}

/**
 * The cohort the app opens on when the URL names none (see compareLanding); undefined if none.
 * The first in landing order, the first listed among equals (as a stable sort would put it), in
 * one pass rather than a sort: the page's title, picker and loader each ask on every render.
 */
export function landingCohort<C extends CohortSummary>(items: readonly C[]): C | undefined {
  let first: C | undefined
  for (const item of items) if (!first || compareLanding(item, first) < 0) first = item
  return first
}
