// The compare page's URL, built where a link to it is drawn (a unit's profile, the compare page
// itself): the units, the cohort units are added from, the year and the reader's unit.

/** What a link to the compare page names. */
export type CompareLink = {
  units?: readonly string[]
  parent?: string
  kind?: string
  block?: string | null
  year?: number
  focus?: string | null
}

/** "/compare?units=A,B&parent=LONG_AN&kind=DISTRICT&year=2023&focus=A" (only what is given). */
export function compareHref(link: CompareLink): string {
  const params = new URLSearchParams()
  if (link.units && link.units.length > 0) params.set('units', link.units.join(','))
  if (link.parent) params.set('parent', link.parent)
  if (link.kind) params.set('kind', link.kind)
  if (link.block) params.set('cohort', link.block)
  if (link.year !== undefined) params.set('year', String(link.year))
  if (link.focus) params.set('focus', link.focus)
  const search = params.toString()
  return search ? `/compare?${search}` : '/compare'
}
