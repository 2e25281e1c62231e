// Kept apart from cohort-params.ts (zod) so the app shell loads without the schema library.

/** Where the app opens: Long An's districts (the latest year is resolved from the data). */
export const DEFAULT_COHORT = { parent: 'LONG_AN', kind: 'DISTRICT' } as const

/** Search string for a cohort view, e.g. "?parent=LONG_AN&kind=DISTRICT&year=2023". */
export function cohortSearch(c: { parent: string; kind: string; year?: number | null }): string {
  const params = new URLSearchParams({ parent: c.parent, kind: c.kind })
  if (c.year) params.set('year', String(c.year))
  return `?${params.toString()}`
}
