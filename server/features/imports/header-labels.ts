// What a header's label names (canonical key or Vietnamese label, case and diacritics ignored):
// one of the file kind's columns, perhaps with a year; a field's points or maximum; a numbering
// column; or, for telling a header row from its title lines, any label the kind knows.
import {
  FIELD_CODE_PATTERN,
  KPI_FIELD_LABELS,
  KPI_FIELD_SHORT_LABELS,
  KPI_FIELDS,
} from '#shared/domain/kpi-fields.ts'
import {
  FIELD_COLUMN_PREFIX,
  FIELD_MAX_COLUMN_PREFIX,
  IGNORED_HEADERS,
  IMPORT_COLUMNS,
  type ImportFileKind,
} from '#shared/import/import-columns.ts'
import { editDistance } from '#shared/text/edit-distance.ts'
import { foldLabel } from '#shared/text/fold-unit-name.ts'
import {
  APPRAISAL_PART_LABELS,
  isComparisonHeader,
  NOTE_LABELS,
  SURVEY_PART_LABELS,
} from './set-aside-columns.ts'

const IGNORED = new Set(IGNORED_HEADERS.map(foldLabel).filter((label) => label !== ''))
/** Headers of no letters or digits ("#"), which fold to nothing: matched as written. */
const IGNORED_AS_WRITTEN = new Set<string>(IGNORED_HEADERS.filter((h) => foldLabel(h) === ''))

/** Vietnamese field names (long and short) → field code, for assessment columns and task rows. */
export const FIELD_BY_LABEL = new Map<string, string>(
  KPI_FIELDS.flatMap((f) => [
    [foldLabel(KPI_FIELD_LABELS[f].vi), f],
    [foldLabel(KPI_FIELD_SHORT_LABELS[f].vi), f],
  ]),
)

/** A numbering column's header ("STT", "#"): `folded` is foldLabel(raw). */
export function isIgnoredHeader(raw: string, folded: string): boolean {
  return IGNORED.has(folded) || IGNORED_AS_WRITTEN.has(raw.trim())
}

/**
 * A header this kind of file knows: a column's key or label, a field, one ignored, or one set
 * aside (remarks; a comparison or a part of the total in an assessments file), so a header row
 * is told from its title lines by all the labels it holds.
 */
export function isKnownHeader(
  kind: ImportFileKind,
  labels: Map<string, string>,
  raw: string,
): boolean {
  const folded = foldLabel(raw)
  if (columnOf(labels, raw) || isIgnoredHeader(raw, folded) || NOTE_LABELS.has(folded)) return true
  return (
    kind === 'assessments' &&
    (fieldMaxCodeOf(raw, folded) !== undefined ||
      fieldCodeOf(raw, folded) !== undefined ||
      isComparisonHeader(raw) ||
      SURVEY_PART_LABELS.has(folded) ||
      APPRAISAL_PART_LABELS.has(folded))
  )
}

/** A label ending in a year, with "năm" or alone: "chi so cchc nam 2024" → label and year. */
const LABEL_WITH_YEAR = /^(.+?)\s+(?:nam\s+)?((?:19|20)\d{2})$/

/** A label closing with its unit, points: "Chỉ số cải cách hành chính (điểm)". */
const IN_POINTS = /^(.+?)\s*\(\s*điểm\s*\)$/iu

/** A label closing with another in brackets: "Chỉ số cải cách hành chính (PARI)". */
const GLOSSED = /^(.+?)\s*\(\s*([^()]+?)\s*\)$/u

/**
 * The column a label names: as it is, or without the year it ends in. An index given in points
 * ("Chỉ số cải cách hành chính (điểm)", "Chỉ số CCHC năm 2022 (điểm)") is the points. A label
 * glossed in brackets by another of the same column, as a province names its index and then its
 * acronym ("Chỉ số cải cách hành chính (PARI)", "Chỉ số CCHC (PAR INDEX)"), names that column.
 */
export function columnOf(
  labels: Map<string, string>,
  raw: string,
): { key: string; year?: number } | undefined {
  const text = raw.normalize('NFC').trim()
  const inPoints = IN_POINTS.exec(text)
  if (inPoints?.[1]) {
    const column = columnOf(labels, inPoints[1])
    return column?.key === 'index_pct' ? { ...column, key: 'points' } : undefined
  }
  const glossed = GLOSSED.exec(text)
  if (glossed?.[1] && glossed[2]) {
    const column = columnOf(labels, glossed[1])
    const gloss = labels.get(foldLabel(glossed[2]))
    if (column && gloss === column.key) return column
  }
  const folded = foldLabel(raw)
  const key = labels.get(folded)
  if (key) return { key }
  const match = LABEL_WITH_YEAR.exec(folded)
  const bare = match?.[1] ? labels.get(match[1]) : undefined
  // A year column's own label never names a year.
  return bare && bare !== 'year' ? { key: bare, year: Number(match?.[2]) } : undefined
}

/** Each label of the kind's columns (key, Vietnamese, English, aliases), folded → its key. */
export function labelIndex(kind: ImportFileKind): Map<string, string> {
  const map = new Map<string, string>()
  for (const col of IMPORT_COLUMNS[kind]) {
    for (const label of [col.key, col.vi, col.en, ...(col.aliases ?? [])])
      map.set(foldLabel(label), col.key)
  }
  return map
}

/** The field code after a `prefix:` header's colon, when it is one. */
function codeAfterColon(raw: string): string | undefined {
  const code = raw
    .trim()
    .slice(raw.indexOf(':') + 1)
    .trim()
    .toUpperCase()
  return FIELD_CODE_PATTERN.test(code) ? code : undefined
}

/** The field a `field_max:CODE` header names: the unit's own maximum of that field. */
export function fieldMaxCodeOf(raw: string, folded: string): string | undefined {
  if (!folded.startsWith(foldLabel(FIELD_MAX_COLUMN_PREFIX))) return undefined
  return codeAfterColon(raw)
}

/** The field whose points a header holds: `field:CODE`, or the field's Vietnamese name. */
export function fieldCodeOf(raw: string, folded: string): string | undefined {
  if (folded.startsWith(FIELD_COLUMN_PREFIX)) return codeAfterColon(raw)
  return FIELD_BY_LABEL.get(folded)
}

/**
 * The label to suggest for a header no column knows, as the kind's columns write it: the longest
 * label the header opens with ("Tổng điểm các tiêu chí" → "Tổng điểm"), else the nearest within a
 * few keystrokes ("Điêm đat" → "Điểm đạt"); none when nothing is that close.
 */
export function nearestLabel(kind: ImportFileKind, raw: string): string | undefined {
  const folded = foldLabel(raw)
  if (folded === '') return undefined
  const labels = IMPORT_COLUMNS[kind].flatMap((col) => [col.vi, ...(col.aliases ?? []), col.key])
  let opening: string | undefined
  let near: { label: string; distance: number } | undefined
  for (const label of labels) {
    const key = foldLabel(label)
    if (key.length >= 4 && folded.startsWith(`${key} `)) {
      if (!opening || key.length > foldLabel(opening).length) opening = label
      continue
    }
    const distance = editDistance(folded, key)
    if (distance <= Math.max(1, Math.floor(key.length / 5)) && (!near || distance < near.distance))
      near = { label, distance }
  }
  return opening ?? near?.label
}
