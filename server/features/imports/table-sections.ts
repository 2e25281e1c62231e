// Officials' tables group their units under section headings ("I. KHỐI SỞ, BAN, NGÀNH",
// "B. Khối phường (52 đơn vị)") and may close with a line that sums them up ("Tổng cộng",
// "Trung bình"). Neither is a unit: a heading names the group of the rows under it, a summary line
// is set aside. Both are reported as warnings on their row, never guessed silently; a row that
// may be a unit (numbered 1, 2, 3…, or naming one) stays a unit row, whose problems are errors.
import { foldUnitName } from '#shared/text/fold-unit-name.ts'
import type { Sheet } from './sheet.ts'
import type { UnitNameMatch } from './resolve-unit.ts'
import type { TableRow } from './read-table.ts'

/** A section heading: its title as printed, the size it announces, its row. */
export type Section = {
  /** The heading's text without its number or announced size: a block's name. */
  title: string
  /** The heading as printed, for its warning. */
  heading: string
  size: number | null
  row: number
  /** The heading names a unit (communes grouped by their district): never a block. */
  namesUnit: boolean
  /** The number of the first unit row under it (1 when each section counts from 1). */
  firstNumber: number | null
}

export type SectionedRows = {
  /** The unit rows, headings and summary lines taken out. */
  rows: TableRow[]
  /** The section of each unit row under a heading, by spreadsheet row. */
  sectionOf: Map<number, Section>
  sections: Section[]
}

/** The columns that name a row (its number, its unit), as against those that hold its values. */
const NAMING_KEYS = new Set(['unit_name', 'unit_code'])

/** A unit row's own number: "1", "12.". */
const ROW_NUMBER = /^\d{1,5}\.?$/u
/** A heading's number alone in its cell: a Roman numeral or one capital letter ("II", "B."). */
const HEADING_NUMBER = /^(?:[IVXLC]{1,6}|[A-Z])[.)]?$/u
/** A heading's number at the start of its text, followed by a separator ("I. ", "B) ", "II - "). */
const HEADING_NUMBER_PREFIX = /^(?:[IVXLC]{1,6}|[A-Z])\s*[.)/:–-]\s*/u
/** A heading numbered in digits before its words ("2. Nhóm các sở, ban, ngành:", "1.KHỐI XÃ"). */
const DIGIT_NUMBER_PREFIX = /^\d{1,2}\s*[.)]\s*(?=\p{L})/u

/**
 * A line summing the table up, as a whole phrase: "Tổng cộng", "Tổng số", "Cộng", "Trung bình",
 * "Bình quân chung", "Điểm trung bình", "Trung bình toàn tỉnh", "Giá trị trung bình" (a group's mean
 * index in the Ministry of Home Affairs' words) — never a name that merely starts
 * with such a word ("Tổng cục Thuế", "Công an tỉnh").
 */
const SUMMARY =
  /^(?:(?:tổng cộng|tổng số|tổng|cộng)|(?:(?:điểm|chỉ số|tỷ lệ|giá trị) )?(?:trung bình|bình quân)(?: (?:chung|cộng|toàn tỉnh|toàn khối|các đơn vị|của tỉnh|cấp (?:sở|huyện|xã)))?)\s*:?$/u

/** Whether a row's words sum the table up ("Tổng cộng", "Trung bình toàn tỉnh"): no unit. */
export const isSummaryLabel = (words: string) => SUMMARY.test(foldUnitName(words))

/** What a group's title starts with: "Khối", "Nhóm", "Cụm". */
const GROUP_WORD = /^(?:khối|nhóm|cụm) /u

/** The size a heading announces at its end: "(52 đơn vị)", "(gồm 20 cơ quan)". */
const ANNOUNCED_SIZE = /\s*[([]\s*(?:gồm\s+|có\s+)?(\d{1,5})\s+[^()[\]\d]{1,30}[)\]]\s*$/iu

/**
 * The unit rows of an assessments sheet, with the section of each. A heading is a row without a
 * unit row's number whose value columns are all empty and that reads as one: numbered with a
 * Roman numeral or a letter; or, naming no unit, written in capitals or opening with "Khối",
 * "Nhóm" or "Cụm". A summary line is a row without a number or a code whose label is a summing
 * phrase and names no unit.
 */
export function splitSections(
  sheet: Sheet,
  unitNamed: (name: string) => UnitNameMatch,
  warnSummary: (row: number, label: string) => void,
): SectionedRows {
  // Columns set aside (a remark, a part of the total, a comparison) say nothing of a row's kind.
  const setAside = new Set(sheet.setAside)
  const valueColumns = new Set<number>()
  for (const [key, i] of sheet.index) if (!NAMING_KEYS.has(key)) valueColumns.add(i)
  for (const c of [...sheet.fieldColumns, ...sheet.fieldMaxColumns]) valueColumns.add(c.index)
  const codeColumn = sheet.index.get('unit_code')
  const nameColumn = sheet.index.get('unit_name')
  const rows: TableRow[] = []
  const sectionOf = new Map<number, Section>()
  const sections: Section[] = []
  /** Each unit row's own number, as read below. */
  const numberOf = new Map<number, number | null>()
  let current: Section | undefined
  for (const tableRow of sheet.rows) {
    const cells = tableRow.cells.map((c, i) => (setAside.has(i) ? '' : c))
    const cell = (i: number | undefined) => (i === undefined ? '' : (cells[i] ?? '').trim())
    const labels = cells
      .map((c, i) => (valueColumns.has(i) ? '' : c.trim()))
      .filter((c) => c !== '')
    // Words alone in a row, in whatever column (a heading typed into the first cell, which may
    // be the rank's): the row's only text, with no value beside it.
    const lone = labels.length === 0 ? loneWords(cells) : undefined
    const number = labels.find((l) => ROW_NUMBER.test(l))
    const headingNumber = labels.find((l) => HEADING_NUMBER.test(l))
    const words =
      lone ?? labels.filter((l) => !ROW_NUMBER.test(l) && !HEADING_NUMBER.test(l)).join(' ')
    const special = number === undefined && cell(codeColumn) === '' && words !== ''
    if (special) {
      // A unit's name as written protects a row from reading as a summary or a heading; one
      // without its title ("Trung Bình" of "Xã Trung Bình") yields to a summing phrase or a
      // group word, and reads as the unit under a heading's number or in capitals alone.
      const named = unitNamed(cell(nameColumn) || words)
      if (named !== 'exact' && isSummaryLabel(words)) {
        warnSummary(tableRow.row, words)
        continue
      }
      const grouped = opensWithGroupWord(words)
      const namesUnit = named === 'exact' || (named === 'untitled' && !grouped)
      const hasValues =
        lone === undefined && cells.some((c, i) => valueColumns.has(i) && c.trim() !== '')
      if (!hasValues && (headingNumber !== undefined || (!namesUnit && readsAsHeading(words)))) {
        current = sectionFromHeading(words, tableRow.row, namesUnit)
        sections.push(current)
        continue
      }
    }
    rows.push(tableRow)
    numberOf.set(tableRow.row, number === undefined ? null : Number.parseInt(number, 10))
    if (!current) continue
    sectionOf.set(tableRow.row, current)
    current.firstNumber ??= numberOf.get(tableRow.row) ?? null
  }
  const opening = openingSection(sheet, rows, sections, unitNamed)
  if (opening) {
    for (const row of rows) {
      if (sectionOf.has(row.row)) break
      sectionOf.set(row.row, opening)
      opening.firstNumber ??= numberOf.get(row.row) ?? null
    }
    sections.unshift(opening)
  }
  return { rows, sectionOf, sections }
}

/**
 * The first group's heading printed as the line above the header, the others' in the table (each
 * group headed, then its own header): it heads the rows before the first heading in the table.
 * It opens with a group word, numbered or not ("1.Nhóm các cơ quan Trung ương…"): a title,
 * numbered or in capitals ("KẾT QUẢ CHỈ SỐ CCHC NĂM 2023"), is the table's, not a group's.
 */
function openingSection(
  sheet: Sheet,
  rows: readonly TableRow[],
  sections: readonly Section[],
  unitNamed: (name: string) => UnitNameMatch,
): Section | undefined {
  const line = sheet.titleRows.at(-1)
  const words = line ? loneWords(line.cells) : undefined
  const first = sections[0]
  if (!line || !words || !first || line.row !== sheet.headerRow - 1) return undefined
  // Rows above the first heading in the table: those the opening line heads.
  if (!rows.some((r) => r.row < first.row)) return undefined
  if (!opensWithGroupWord(words) || unitNamed(words) === 'exact') return undefined
  return sectionFromHeading(words, line.row, false)
}

/** The text of a row with one filled cell holding words, if it is such a row. */
function loneWords(cells: readonly string[]): string | undefined {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '')
  return filled.length === 1 && /\p{L}/u.test(filled[0] ?? '') ? filled[0] : undefined
}

/** Capitals, a heading's number before its text, or a group word: a heading, not a name. */
function readsAsHeading(words: string): boolean {
  if (HEADING_NUMBER_PREFIX.test(words)) return true
  const letters = words.replace(/[^\p{L}]/gu, '')
  if (letters.length >= 3 && letters === letters.toLocaleUpperCase('vi')) return true
  return opensWithGroupWord(words)
}

/** "Khối", "Nhóm" or "Cụm" opening the words, after any number ("2. Nhóm các sở…"). */
function opensWithGroupWord(words: string): boolean {
  const unnumbered = words.replace(HEADING_NUMBER_PREFIX, '').replace(DIGIT_NUMBER_PREFIX, '')
  return GROUP_WORD.test(foldUnitName(unnumbered))
}

/** The heading's title as printed, its number and announced size taken off. */
function sectionFromHeading(words: string, row: number, namesUnit: boolean): Section {
  let title = words.replace(HEADING_NUMBER_PREFIX, '').replace(DIGIT_NUMBER_PREFIX, '')
  const size = ANNOUNCED_SIZE.exec(title)
  if (size) title = title.slice(0, size.index)
  title = title.replace(/[\s:.–-]+$/u, '').trim()
  return {
    title,
    heading: words,
    size: size ? Number(size[1]) : null,
    row,
    namesUnit,
    firstNumber: null,
  }
}
