// Kept apart from cohort-params.ts so the app shell (router, panels' error links) loads without
// the URL validation code.

/** A cohort as the URL names it: `block` null (or absent) is the default cohort of the level. */
export type CohortLink = {
  parent: string
  kind: string
  block?: string | null
  year?: number | null
}

/**
 * Search string for a cohort view, e.g. "?parent=TAY_NINH&kind=COMMUNE&cohort=Ph%C6%B0%E1%BB%9Dng&year=2025".
 * The block goes in `cohort`, the name the API gives the parameter (shared/schemas/cohorts.schema.ts).
 */
export function cohortSearch(c: CohortLink): string {
  const params = new URLSearchParams({ parent: c.parent, kind: c.kind })
  if (c.block) params.set('cohort', c.block)
  if (c.year) params.set('year', String(c.year))
  return `?${params.toString()}`
}

/** Where "the default view" links go: the overview, which opens on the landing cohort. */
export const DEFAULT_VIEW = '/overview'
