// What a first visit to a page needs before it can render, named so the server can ask for it in
// index.html (server/static-client.ts). Without it, a phone fetches the page's code only once the
// app's code has run, and a cohort page's list of cohorts only after that: two more round trips
// on a slow network before the page's first data. The build turns `module` into the page chunk and
// the chunks it imports (vite.config.ts, par-page-preloads); page-preloads.test.ts keeps this
// table in step with the router.

/** The list of cohorts every cohort page resolves its cohort from first. */
const COHORT_LIST = '/api/cohorts'

export type PagePreload = {
  /** The page's module under client/app/routes/. */
  module: string
  /**
   * API paths the page asks for first; `:code` stands for the URL's second segment
   * (/units/:code → /api/units/:code/profile).
   */
  fetches: string[]
}

/** By the URL's first segment; '' is the root, which opens the default view (/overview). */
export const PAGE_PRELOADS: Record<string, PagePreload> = {
  '': { module: 'overview', fetches: [COHORT_LIST] },
  overview: { module: 'overview', fetches: [COHORT_LIST] },
  rankings: { module: 'rankings', fetches: [COHORT_LIST] },
  tasks: { module: 'tasks', fetches: [COHORT_LIST] },
  awards: { module: 'awards', fetches: [COHORT_LIST] },
  scorecard: { module: 'scorecard', fetches: [COHORT_LIST] },
  compare: { module: 'compare', fetches: [COHORT_LIST] },
  units: { module: 'unit-profile', fetches: ['/api/units/:code/profile'] },
  data: { module: 'data', fetches: [] },
  admin: { module: 'admin', fetches: [] },
  login: { module: 'login', fetches: [] },
}
