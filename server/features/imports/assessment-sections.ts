// What the section headings of an assessments file make of the rows under them: the block they
// are ranked in and the size of their ranking, each heading reported with what was made of it; a
// heading printed just above the header is left out of the title lines' warning.
import type { ImportIssues } from './import-issues.ts'
import type { KindContext } from './import-kind.ts'
import type { PlannedAssessment } from './planned-assessment.ts'
import type { Sheet } from './sheet.ts'
import type { Section } from './table-sections.ts'

/**
 * The title lines set aside, without a group's heading printed last above the header: that line
 * heads the group's rows (table-sections.ts), and its own warning says so.
 */
export function narrowTitleWarning(
  sheet: Sheet,
  sections: readonly Section[],
  issues: ImportIssues,
) {
  const heading = sections.find((s) => s.row === sheet.headerRow - 1)
  const first = sheet.titleRows[0]?.row
  if (!heading || first === undefined) return
  const last = heading.row - 1
  const params = { first, last, header: sheet.headerRow }
  issues.rewordWarning(sheet.headerRow, 'TITLE_ROWS_SKIPPED', last < first ? null : params)
}

/**
 * What a file's section headings make of the rows under them, without a `cohort` column. Units
 * of one level under two headings, each counting its ranks from 1, are ranked apart (wards and
 * communes, "xếp thứ 3/52 phường"): each heading names a block. A heading whose level no other
 * heading shares only separates levels ("Khối sở, ban, ngành" above the districts), and headings
 * whose ranks run on from one to the next are one ranking: their units rank in their level's
 * default cohort, as does a heading naming a unit. A size a heading announces is its cohort's
 * where the rows give none and its units are all of that one cohort, and the counts of groups
 * ranked as one add up (announcedSizes). Each heading is reported on its row once the blocks
 * are settled (warnSections).
 */
export function applySections(
  sheet: { index: Map<string, number> },
  sections: readonly Section[],
  planned: readonly PlannedAssessment[],
  kinds: ReadonlyMap<PlannedAssessment, string>,
): Set<Section> {
  const sized = new Set<Section>()
  if (sections.length === 0) return sized
  const under = new Map<Section, PlannedAssessment[]>(sections.map((s) => [s, []]))
  for (const item of planned) if (item.section) under.get(item.section)?.push(item)
  const levelsOf = (s: Section) => new Set((under.get(s) ?? []).map((i) => kinds.get(i)))
  const apart = sections.filter((s) => !s.namesUnit && startsAgain(s, under.get(s) ?? []))
  const blockOf = new Map<Section, string>()
  for (const s of sections) {
    const levels = levelsOf(s)
    const shared = apart.some((o) => o !== s && [...levelsOf(o)].some((k) => levels.has(k)))
    blockOf.set(s, !sheet.index.has('cohort') && apart.includes(s) && shared ? s.title : '')
  }
  for (const section of sections) {
    const block = blockOf.get(section) ?? ''
    if (block === '') continue
    for (const item of under.get(section) ?? []) {
      item.assessment.cohort_block = block
      item.given.add('cohort')
    }
  }
  const sizes = announcedSizes(sections, under, kinds)
  for (const section of sections) {
    const size = sizes.get(section) ?? null
    if (size === null || sheet.index.has('cohort_size')) continue
    sized.add(section)
    for (const item of under.get(section) ?? []) {
      // A size printed with the row's rank ("3/52") is the row's own: kept, and checked.
      if (item.assessment.published_cohort_size !== null) continue
      item.assessment.published_cohort_size = size
      item.given.add('cohort_size')
    }
  }
  return sized
}

/**
 * Each heading reported on its row with the rows read under it and the block they are ranked
 * in, once every block is settled (a heading that makes none leaves its rows the block their
 * units had in other years, block-of-other-years.ts). A heading that makes no block while its
 * ranks start again from 1 beside other rows of its cohort-year could not be placed: its rows
 * are ranked with those, said with where they are and how to say otherwise (a `Khối` column).
 */
export function warnSections(
  sections: readonly Section[],
  sized: ReadonlySet<Section>,
  planned: readonly PlannedAssessment[],
  kinds: ReadonlyMap<PlannedAssessment, string>,
  ctx: KindContext,
): void {
  if (sections.length === 0) return
  const cohortOf = (i: PlannedAssessment) =>
    `${i.assessment.cohort_parent_code}|${kinds.get(i)}|${i.assessment.cohort_block}|${i.assessment.year}`
  const under = new Map<Section, PlannedAssessment[]>(sections.map((s) => [s, []]))
  const inCohort = new Map<string, PlannedAssessment[]>()
  for (const item of planned) {
    if (item.section) under.get(item.section)?.push(item)
    const key = cohortOf(item)
    inCohort.set(key, [...(inCohort.get(key) ?? []), item])
  }
  for (const section of sections) {
    const items = under.get(section) ?? []
    const blocks = new Set(items.map((i) => i.assessment.cohort_block))
    const [block = ''] = blocks.size === 1 ? blocks : []
    const rows = rowsText(items.map((i) => i.r.row))
    const size = sized.has(section) ? (items[0]?.assessment.published_cohort_size ?? '') : ''
    const beside = besideRows(section, items, inCohort, cohortOf)
    if (block === '' && !section.namesUnit && startsAgain(section, items) && rankedAgain(beside)) {
      ctx.issues.warn(section.row, null, 'SECTION_NOT_PLACED', {
        title: section.heading,
        units: items.length,
        rows,
        others: beside.length,
        otherRows: rowsText(beside.map((i) => i.r.row)),
      })
      continue
    }
    ctx.issues.warn(section.row, null, 'SECTION_ROW', {
      title: section.heading,
      block,
      size,
      units: items.length,
      rows,
    })
  }
}

/** Rows of the heading's cohort-years read under no heading or another one. */
function besideRows(
  section: Section,
  items: readonly PlannedAssessment[],
  inCohort: ReadonlyMap<string, readonly PlannedAssessment[]>,
  cohortOf: (i: PlannedAssessment) => string,
): PlannedAssessment[] {
  const keys = new Set(items.map(cohortOf))
  return [...keys].flatMap((k) => (inCohort.get(k) ?? []).filter((i) => i.section !== section))
}

/** Another ranking from 1 among the rows: a heading's starting again, or rows under none ranked 1st. */
function rankedAgain(rows: readonly PlannedAssessment[]): boolean {
  const groups = new Map<Section | undefined, PlannedAssessment[]>()
  for (const i of rows) groups.set(i.section, [...(groups.get(i.section) ?? []), i])
  return [...groups].some(([section, items]) =>
    section ? startsAgain(section, items) : items.some((i) => i.assessment.published_rank === 1),
  )
}

/** The heading's rows rank from 1 again (their published ranks, else their numbers). */
function startsAgain(section: Section, items: readonly PlannedAssessment[]): boolean {
  const ranks = items.flatMap((i) => i.assessment.published_rank ?? [])
  return ranks.length > 0 ? ranks.includes(1) : section.firstNumber === 1
}

/** "5–6", "5, 7–9": the spreadsheet rows, runs joined. */
function rowsText(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b)
  const runs: [number, number][] = []
  for (const row of sorted) {
    const last = runs.at(-1)
    if (last && row === last[1] + 1) last[1] = row
    else runs.push([row, row])
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ')
}

/**
 * The size of the ranking each heading's units are in, from the counts the headings announce.
 * A heading whose units are all of one cohort announces that cohort's size when it alone holds
 * the cohort's rows ("II. Khối phường (45 đơn vị)"). Headings whose units rank in one cohort
 * (their ranks running on) are the groups of one ranking, each announcing its own count: the
 * Ministry of Home Affairs prints the provinces' index in "Nhóm A" (90% and more, 7 provinces in
 * 2023) and "Nhóm B" (56), ranked 1 to 63. The ranking's size is then their sum, where each of
 * them announces one. No size where a heading's units are of several cohorts, where the rows
 * outnumber it, or where a published rank runs past it (a group's count, the rest of the
 * ranking not headed in the file).
 */
function announcedSizes(
  sections: readonly Section[],
  under: ReadonlyMap<Section, readonly PlannedAssessment[]>,
  kinds: ReadonlyMap<PlannedAssessment, string>,
): Map<Section, number> {
  const keyOf = (i: PlannedAssessment) =>
    `${i.assessment.cohort_parent_code}|${kinds.get(i)}|${i.assessment.cohort_block}|${i.assessment.year}`
  const keysOf = new Map(sections.map((s) => [s, new Set((under.get(s) ?? []).map(keyOf))]))
  const feeders = new Map<string, Section[]>()
  for (const [s, keys] of keysOf)
    for (const key of keys) feeders.set(key, [...(feeders.get(key) ?? []), s])
  const out = new Map<Section, number>()
  for (const parts of feeders.values()) {
    if (parts.some((s) => s.size === null || keysOf.get(s)?.size !== 1)) continue
    const size = parts.reduce((sum, s) => sum + (s.size ?? 0), 0)
    const items = parts.flatMap((s) => under.get(s) ?? [])
    // No spread into Math.max: a heading may hold tens of thousands of rows.
    const highest = items.reduce((max, i) => Math.max(max, i.assessment.published_rank ?? 0), 0)
    if (items.length > size || highest > size) continue
    for (const s of parts) out.set(s, size)
  }
  return out
}
