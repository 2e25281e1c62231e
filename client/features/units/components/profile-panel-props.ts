// What each panel of the unit profile is given: the unit, the year the page shows, and the name
// its chart files take.

export type ProfileProps = { code: string; year: number; fileCohort: string }
