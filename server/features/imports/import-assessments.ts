// kind=assessments: one row per unit and year. The index and grade are computed (points ÷
// maximum; the covering scheme's bands); the file's rank, grade and index are stored as the
// published values and compared, never trusted over the computation. A row with the index alone
// (a national table of percentages) is ranked on it. Each row records the cohort the decision
// ranked it in (ADR 014): the parent in force that year (or the import's `?parent=` / the
// `cohort_parent` column when that is an ancestor), the block (`cohort`) and the size published.
import type { FieldPoint } from '#server/db/field-points.ts'
import type { AssessmentRow } from '#server/db/schema.ts'
import {
  gradeFor,
  indexSchemes,
  loadSchemes,
  schemeForUnit,
  type FullScheme,
} from '#server/write-path/schemes.repository.ts'
import { foldLabel } from '#shared/text/fold-unit-name.ts'
import { diffRows } from '#server/write-path/change-set.ts'
import { existingRowsByKey } from '#server/write-path/existing-rows-by-key.ts'
import { assessmentChange } from './assessment-changes.ts'
import { DuplicateGuard, readYear, type KindContext, type KindHandler } from './import-kind.ts'
import { RowReader, type Sheet } from './import-sheet.ts'
import type { ImportIssues } from './import-issues.ts'
import { round } from './parse-value.ts'
import { ancestors, parentIn, unitByCode } from '#server/write-path/unit-directory.ts'
import { namesChild, resolveUnit } from './resolve-unit.ts'
import { impliedCohortSize, publishedRankRowOf } from '#shared/kpi/implied-cohort-size.ts'
import { type Section, splitSections } from './table-sections.ts'

type Planned = {
  row: number
  r: RowReader
  scheme: FullScheme | undefined
  assessment: Omit<AssessmentRow, 'status' | 'import_batch_id' | 'field_points'>
  fields: FieldPoint[]
  /** The file names the cohort's parent (`cohort_parent` or `?parent=`). */
  explicitParent: boolean
  /** The section heading the row is under, if any (its block and size, table-sections.ts). */
  section?: Section
  /** Columns a section heading gave the row (`cohort`, `cohort_size`): given, as the file's are. */
  given: Set<string>
}

/** The first row that gave a cohort-year's published size, to report a file disagreeing with itself. */
type SizeSeen = Map<string, { row: number; size: number }>

export const importAssessments: KindHandler = async (sheet, ctx) => {
  const schemes = indexSchemes((await loadSchemes(ctx.db)).values())
  const dup = new DuplicateGuard()
  const planned: Planned[] = []
  const kinds = new Map<Planned, string>()
  const schemeByScope = new Map<string, FullScheme | undefined>()
  const sizes: SizeSeen = new Map()
  const { rows, sectionOf, sections } = splitSections(
    sheet,
    // A heading's text naming a unit of the import's parent is a unit row, not a heading.
    (name) => (name !== '' && ctx.parentCode ? namesChild(ctx.units, ctx.parentCode, name) : null),
    (row, label) => ctx.issues.warn(row, null, 'SUMMARY_ROW_SKIPPED', { label }),
  )
  narrowTitleWarning(sheet, sections, ctx.issues)
  for (const tableRow of rows) {
    const r = new RowReader(sheet, tableRow)
    const year = readYear(r)
    const unit = resolveUnit(r, ctx.units, ctx.parentCode, year ?? undefined)
    if (!unit || !year) continue
    const placed = parentIn(unit, year)
    // A unit's scheme depends only on its parent chain, kind and year: found once per cohort.
    const scope = `${placed ?? ''}|${unit.kind}|${year}`
    const chain = ancestors(ctx.units, unit, year).map((u) => u.code)
    let scheme = schemeByScope.get(scope)
    if (!schemeByScope.has(scope)) {
      schemeByScope.set(scope, (scheme = schemeForUnit(schemes, chain, unit.kind, year)))
    }
    const cohortParent = readCohortParent(r, ctx, unit.code, year, placed, chain)
    if (cohortParent === undefined) continue
    const item = readAssessment(r, ctx, unit.code, year, scheme)
    if (!item || r.failed || !dup.check(r, `${unit.code}|${year}`)) continue
    item.assessment.cohort_parent_code = cohortParent
    item.explicitParent = r.text('cohort_parent') !== '' || ctx.parentCode !== undefined
    item.section = sectionOf.get(r.row)
    kinds.set(item, unit.kind)
    planned.push(item)
  }
  applySections(sheet, sections, planned, kinds, ctx)
  for (const item of planned) {
    const { r, assessment: a } = item
    checkSize(
      r,
      sizes,
      `${a.cohort_parent_code}|${kinds.get(item)}|${a.cohort_block}|${a.year}`,
      item,
    )
  }
  if (ctx.issues.errorCount > 0) return
  await planAssessments(ctx, planned, kinds)
}

/**
 * The title lines set aside, without a group's heading printed last above the header: that line
 * heads the group's rows (table-sections.ts), and its own warning says so.
 */
function narrowTitleWarning(sheet: Sheet, sections: readonly Section[], issues: ImportIssues) {
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
 * ranked as one add up (announcedSizes). Each heading is reported
 * on its row with what was made of it.
 */
function applySections(
  sheet: { index: Map<string, number> },
  sections: readonly Section[],
  planned: readonly Planned[],
  kinds: ReadonlyMap<Planned, string>,
  ctx: KindContext,
): void {
  if (sections.length === 0) return
  const under = new Map<Section, Planned[]>(sections.map((s) => [s, []]))
  for (const item of planned) if (item.section) under.get(item.section)?.push(item)
  const levelsOf = (s: Section) => new Set((under.get(s) ?? []).map((i) => kinds.get(i)))
  // Each counts from 1: its published ranks, else the table's own numbering of its rows.
  const restarts = (s: Section) => {
    const ranks = (under.get(s) ?? []).flatMap((i) => i.assessment.published_rank ?? [])
    return ranks.length > 0 ? ranks.includes(1) : s.firstNumber === 1
  }
  const apart = sections.filter((s) => !s.namesUnit && restarts(s))
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
    const items = under.get(section) ?? []
    const size = sizes.get(section) ?? null
    const sized = size !== null && !sheet.index.has('cohort_size')
    if (sized)
      for (const item of items) {
        // A size printed with the row's rank ("3/52") is the row's own: kept, and checked.
        if (item.assessment.published_cohort_size !== null) continue
        item.assessment.published_cohort_size = size
        item.given.add('cohort_size')
      }
    ctx.issues.warn(section.row, null, 'SECTION_ROW', {
      title: section.heading,
      block: blockOf.get(section) ?? '',
      size: sized ? size : '',
    })
  }
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
  under: ReadonlyMap<Section, readonly Planned[]>,
  kinds: ReadonlyMap<Planned, string>,
): Map<Section, number> {
  const keyOf = (i: Planned) =>
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

/**
 * The parent the decision ranked the unit under: the `cohort_parent` column, else the import's
 * `?parent=`, when either is the unit's parent or an ancestor that year (a province ranking its
 * communes across districts); else the parent in force that year.
 */
function readCohortParent(
  r: RowReader,
  ctx: KindContext,
  unitCode: string,
  year: number,
  placed: string | null,
  chain: string[],
): string | null | undefined {
  const written = r.text('cohort_parent')
  const named = written !== '' ? written : ctx.parentCode
  if (named === undefined) return placed
  const parent = unitByCode(ctx.units, named)
  if (parent && (parent.code === placed || chain.includes(parent.code))) return parent.code
  return r.error(written !== '' ? 'cohort_parent' : 'unit_code', 'COHORT_PARENT', {
    unit: unitCode,
    value: named,
    year,
    current: placed ?? '—',
  })
}

/** One published size per cohort-year: a file that gives two is refused on the later row. */
function checkSize(r: RowReader, sizes: SizeSeen, key: string, item: Planned) {
  const size = item.assessment.published_cohort_size
  if (size === null) return
  const seen = sizes.get(key)
  if (!seen) sizes.set(key, { row: r.row, size })
  else if (seen.size !== size)
    r.error('cohort_size', 'INCONSISTENT_VALUE', {
      value: size,
      other: seen.size,
      row: seen.row,
      what: 'cohort-year',
    })
}

function readAssessment(
  r: RowReader,
  ctx: KindContext,
  unitCode: string,
  year: number,
  scheme: FullScheme | undefined,
): Planned | undefined {
  const max = r.number('max_points')
  if (typeof max === 'number' && max <= 0)
    r.error('max_points', 'OUT_OF_RANGE', { value: max, min: '> 0', max: '…' })
  const points = r.number('points')
  if (typeof points === 'number' && typeof max === 'number' && max > 0)
    r.range('points', points, 0, max)
  const published = r.number('index_pct')
  if (typeof published === 'number') r.range('index_pct', published, 0, 100)
  if (points === null && published === null)
    r.error(r.column('points') ? 'points' : 'index_pct', 'POINTS_OR_INDEX_REQUIRED')
  const printed = readPrintedRank(r)
  const rank = printed ? printed.rank : r.integer('rank')
  if (typeof rank === 'number' && rank < 1)
    r.error('rank', 'OUT_OF_RANGE', { value: rank, min: 1, max: '…' })
  const size = readCohortSize(r, printed?.of ?? null)
  if (typeof size === 'number' && size < 1)
    r.error('cohort_size', 'OUT_OF_RANGE', { value: size, min: 1, max: '…' })
  if (typeof rank === 'number' && typeof size === 'number' && size >= 1 && rank > size)
    r.error('rank', 'OUT_OF_RANGE', { value: rank, min: 1, max: size })
  const decisionDate = r.date('decision_date')
  const fieldMax = readFieldMaxima(r, scheme)
  const fields = readFields(r, unitCode, year, max ?? 100, scheme, fieldMax)
  if (
    r.failed ||
    max === undefined ||
    points === undefined ||
    published === undefined ||
    rank === undefined ||
    size === undefined ||
    decisionDate === undefined
  )
    return
  if (
    typeof points === 'number' &&
    fields.length > 0 &&
    fields.length === r.sheet.fieldColumns.length
  ) {
    const sum = round(
      fields.reduce((s, f) => s + f.points, 0),
      4,
    )
    if (Math.abs(sum - points) > Math.max(0.01, 0.005 * fields.length) + 1e-9) {
      r.error('points', 'FIELD_SUM_MISMATCH', { sum, total: points })
      return
    }
  }
  const grade = r.text('grade')
  return {
    row: r.row,
    r,
    scheme,
    fields,
    explicitParent: false,
    // A size printed with the rank ("3/52") is given as a size column's would be.
    given: new Set(printed?.of != null ? ['cohort_size'] : []),
    assessment: {
      unit_code: unitCode,
      year,
      max_points: max ?? NaN,
      points,
      index_pct: NaN,
      grade: null,
      decision_no: r.text('decision_no') || null,
      decision_date: decisionDate,
      published_rank: rank,
      published_grade: grade === '' ? null : bandCode(scheme, grade),
      published_index_pct: published,
      updated_at: ctx.now,
      cohort_parent_code: null,
      cohort_block: r.text('cohort').normalize('NFC'),
      published_cohort_size: size,
    },
  }
}

/**
 * A rank as officials print it: "3", "03", "Thứ 3", "Hạng 3", or with the cohort's size, "3/52",
 * "3/52 phường" (DOMAIN: "xếp thứ 3/52 phường"). Undefined for any other text, which is then read
 * as a whole number and refused as one.
 */
const PRINTED_RANK =
  /^(?:(?:xếp\s+)?(?:thứ|hạng)\s+)?0*(\d{1,9})(?:\s*\/\s*0*(\d{1,9})(?:\s+\p{L}[\p{L}\s]*)?)?$/iu

function readPrintedRank(r: RowReader): { rank: number; of: number | null } | undefined {
  // Cells are NFC as read (read-table.ts); a plain number is left to the integer reader.
  const text = r.text('rank')
  const match = PRINTED_RANK.exec(text)
  if (!match || (match[2] === undefined && /^\d+$/.test(text))) return undefined
  return { rank: Number(match[1]), of: match[2] === undefined ? null : Number(match[2]) }
}

/** The cohort's size: its column's, or the one printed with the rank; both must agree. */
function readCohortSize(r: RowReader, printed: number | null): number | null | undefined {
  const size = r.integer('cohort_size')
  if (printed === null || size === undefined) return size
  if (size !== null && size !== printed)
    return r.error('cohort_size', 'RANK_SIZE_DIFFERS', { value: size, rank: r.text('rank') })
  return printed
}

/** `field_max:CODE` cells: the unit's own maximum per field (0: does not apply to it). */
function readFieldMaxima(r: RowReader, scheme: FullScheme | undefined): Map<string, number> {
  const out = new Map<string, number>()
  for (const col of r.sheet.fieldMaxColumns) {
    const cell = (r.cells[col.index] ?? '').trim()
    const value = r.number(col.header, false, cell)
    if (value === null || value === undefined) continue
    const schemeMax = scheme?.fields.find((f) => f.field_code === col.code)?.max_points
    if (value < 0 || (schemeMax !== undefined && value > schemeMax)) {
      r.sheet.issues.error(r.row, col.header, 'OUT_OF_RANGE', {
        value,
        min: 0,
        max: schemeMax ?? '…',
      })
      r.failed = true
      continue
    }
    out.set(col.code, value)
  }
  return out
}

/**
 * The stored row after this file: a column the file lacks keeps its stored value; a missing
 * maximum defaults to the scheme's total (or 100). Index and grade are then computed.
 */
function merge(p: Planned, before: AssessmentRow | undefined): AssessmentRow | undefined {
  const { r, assessment: a } = p
  const has = (key: string) => r.sheet.index.has(key) || p.given.has(key)
  const schemeMax =
    p.scheme && p.scheme.fields.length > 0
      ? p.scheme.fields.reduce((s, f) => s + f.max_points, 0)
      : 100
  const points = has('points') ? a.points : (before?.points ?? null)
  const published = has('index_pct') ? a.published_index_pct : (before?.published_index_pct ?? null)
  // The maximum: as given; else, with points and the index both from the file, what they imply
  // (points ÷ index); else as stored, the scheme's total or 100. Index-only rows have none. Points
  // and an index from two tables are checked against each other (INDEX_MISMATCH), never made to
  // fit by a maximum no table printed, whichever came first.
  let max: number | null
  if (points === null) max = null
  else if (!Number.isNaN(a.max_points)) max = a.max_points
  else if (has('points') && has('index_pct') && published !== null && published > 0)
    max = round((points / published) * 100)
  else max = before?.max_points ?? schemeMax
  if (points !== null && max !== null && points > max + 1e-9)
    return r.error('points', 'OUT_OF_RANGE', { value: points, min: 0, max })
  const indexPct =
    points !== null && max !== null && max > 0 ? round((points / max) * 100) : (published as number)
  if (published !== null && Math.abs(published - indexPct) > 0.01 + 1e-9) {
    r.warn('index_pct', 'INDEX_MISMATCH', {
      published,
      computed: indexPct,
      points: points ?? '',
      max: max ?? '',
      // A maximum no column of this file gave: as stored, the scheme's or 100.
      assumed: Number.isNaN(a.max_points) ? 'yes' : '',
    })
  }
  // A rank within its cohort's size once merged: the file may give one and the stored row the other.
  const rank = has('rank') ? a.published_rank : (before?.published_rank ?? null)
  const size = has('cohort_size')
    ? a.published_cohort_size
    : (before?.published_cohort_size ?? null)
  if (rank !== null && size !== null && rank > size)
    return has('rank')
      ? r.error('rank', 'OUT_OF_RANGE', { value: rank, min: 1, max: size })
      : r.error('cohort_size', 'OUT_OF_RANGE', { value: size, min: rank, max: '…' })
  return {
    // Every column listed (no spread): one object shape for the ~10^5 rows of a large file.
    unit_code: a.unit_code,
    year: a.year,
    max_points: max,
    points,
    index_pct: indexPct,
    grade: gradeFor(p.scheme, indexPct),
    status: before?.status ?? 'DRAFT',
    decision_no: a.decision_no ?? before?.decision_no ?? null,
    decision_date: a.decision_date ?? before?.decision_date ?? null,
    published_rank: has('rank') ? a.published_rank : (before?.published_rank ?? null),
    published_grade: has('grade') ? a.published_grade : (before?.published_grade ?? null),
    published_index_pct: published,
    import_batch_id: null,
    updated_at: a.updated_at,
    // Set from the file's fields and the stored ones by assessmentChange().
    field_points: before?.field_points ?? null,
    // The cohort a decision ranked the row in stays as stored unless the file names it.
    cohort_parent_code: p.explicitParent
      ? a.cohort_parent_code
      : (before?.cohort_parent_code ?? a.cohort_parent_code),
    cohort_block: has('cohort') ? a.cohort_block : (before?.cohort_block ?? a.cohort_block),
    published_cohort_size: has('cohort_size')
      ? a.published_cohort_size
      : (before?.published_cohort_size ?? null),
  }
}

function readFields(
  r: RowReader,
  unitCode: string,
  year: number,
  max: number,
  scheme: FullScheme | undefined,
  unitMax: Map<string, number>,
): FieldPoint[] {
  const out: FieldPoint[] = []
  for (const col of r.sheet.fieldColumns) {
    const cell = (r.cells[col.index] ?? '').trim()
    const value = r.number(col.header, false, cell)
    if (value === null || value === undefined) continue
    const field = scheme?.fields.find((f) => f.field_code === col.code)
    if (scheme && scheme.fields.length > 0 && !field) {
      r.sheet.issues.error(r.row, col.header, 'UNKNOWN_FIELD', {
        value: col.code,
        scheme: scheme.scheme.id,
      })
      r.failed = true
      continue
    }
    const own = unitMax.get(col.code)
    const fieldMax = own ?? field?.max_points ?? max
    // Bonus/penalty points may be negative; every other field lies within 0..maximum.
    const min = col.code === 'ADJUSTMENT' ? -fieldMax : 0
    if (value < min || value > fieldMax) {
      r.sheet.issues.error(r.row, col.header, 'OUT_OF_RANGE', { value, min, max: fieldMax })
      r.failed = true
      continue
    }
    out.push({
      unit_code: unitCode,
      year,
      field_code: col.code,
      points: value,
      max_points: own ?? field?.max_points ?? null,
    })
  }
  // A field the unit is not assessed on (maximum 0) is recorded even without points, so it is
  // shown as not applicable rather than as points lost.
  for (const [code, own] of unitMax) {
    if (own === 0 && !out.some((f) => f.field_code === code))
      out.push({ unit_code: unitCode, year, field_code: code, points: 0, max_points: 0 })
  }
  return out
}

/** The published grade as the scheme's band code when it names one ("Tốt" → GOOD), else as written. */
function bandCode(scheme: FullScheme | undefined, grade: string): string {
  if (!scheme) return grade
  let byLabel = bandLabels.get(scheme)
  if (!byLabel) {
    byLabel = new Map()
    for (const b of [...scheme.bands].reverse())
      for (const l of [b.label_en, b.label_vi, b.grade_code])
        byLabel.set(foldLabel(l), b.grade_code)
    bandLabels.set(scheme, byLabel)
  }
  let code = byLabel.get(grade)
  if (code === undefined) byLabel.set(grade, (code = byLabel.get(foldLabel(grade)) ?? grade))
  return code
}
// Each scheme's band labels (and each grade as written) are folded once, not once per row.
const bandLabels = new WeakMap<FullScheme, Map<string, string>>()

async function planAssessments(
  ctx: KindContext,
  planned: Planned[],
  kinds: ReadonlyMap<Planned, string>,
) {
  const units = new Set(planned.map((p) => p.assessment.unit_code))
  const years = new Set(planned.map((p) => p.assessment.year))
  const existing = await existingRowsByKey(ctx.db, 'assessment', units, years)
  const merged: Merged[] = []
  for (const p of planned) {
    const { row, r, fields } = p
    const key = `${p.assessment.unit_code}|${p.assessment.year}`
    const before = existing.get(key)
    const after = merge(p, before)
    if (!after) continue
    merged.push({ p, after, kind: kinds.get(p) ?? '' })
    const rowDiff = before ? (diffRows(before, after) ?? undefined) : undefined
    const { changes, diff } = assessmentChange(key, before, after, rowDiff, fields)
    if (before?.status === 'PUBLISHED' && changes.length > 0) {
      r.warn(null, 'PUBLISHED_CHANGED', { key: `${after.unit_code} ${after.year}` })
    }
    ctx.set.record(row, key, !before, changes, diff)
  }
  await warnRanksPastRows(ctx, merged)
}

/** A row as it will be stored, with the level it is ranked at. */
type Merged = { p: Planned; after: AssessmentRow; kind: string }

/**
 * A cohort-year this file leaves without a size and with a published rank past every unit it
 * holds (the first and the last three of fifteen): part of a ranking it does not size, shown of
 * its highest rank (implied-cohort-size.ts). Said on the file's row of that rank. Rows as they
 * will be stored (a size stored earlier stands), with the cohort-year's other stored units (a
 * file completing a table already partly loaded makes it whole), read only for a cohort-year
 * the file's own rows run past.
 */
async function warnRanksPastRows(ctx: KindContext, merged: readonly Merged[]): Promise<void> {
  const groups = new Map<string, Merged[]>()
  for (const m of merged) {
    const key = `${m.after.cohort_parent_code}|${m.kind}|${m.after.cohort_block}|${m.after.year}`
    const group = groups.get(key)
    if (group) group.push(m)
    else groups.set(key, [m])
  }
  for (const group of groups.values()) {
    const own = group.map((m) => m.after)
    if (impliedCohortSize(own) === null || own.some((a) => a.published_cohort_size !== null))
      continue
    const { after: first, kind } = group[0] as Merged
    const inFile = new Set(own.map((a) => a.unit_code))
    const others = (
      await ctx.db
        .selectFrom('assessment as a')
        .innerJoin('unit as u', 'u.code', 'a.unit_code')
        .select(['a.unit_code', 'a.published_rank', 'a.published_cohort_size'])
        .where('a.cohort_parent_code', '=', first.cohort_parent_code)
        .where('a.cohort_block', '=', first.cohort_block)
        .where('a.year', '=', first.year)
        .where('u.kind', '=', kind)
        .execute()
    )
      .filter((a) => !inFile.has(a.unit_code))
      .map(publishedRankRowOf)
    const size = impliedCohortSize([...own, ...others])
    if (size === null || others.some((a) => a.published_cohort_size !== null)) continue
    const highest = group.find((m) => m.after.published_rank === size)
    highest?.p.r.warn('rank', 'RANKS_PAST_ROWS', { rows: own.length + others.length, rank: size })
  }
}
