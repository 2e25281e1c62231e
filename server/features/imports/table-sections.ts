// Officials' tables group their units under section headings ("I. KHỐI SỞ, BAN, NGÀNH",
// "B. Khối phường (52 đơn vị)") and may close with a line that sums them up ("Tổng cộng",
// "Trung bình"). Neither is a unit: a heading names the group of the rows under it, a summary line
// is set aside. Both are reported as warnings on their row, never guessed silently.
import { foldLabel } from '#shared/text/fold-unit-name.ts'
import type { Sheet } from './import-sheet.ts'
import type { TableRow } from './read-table.ts'

/** A section heading: its title as a block's name, the size it announces, its row. */
export type Section = { title: string; size: number | null; row: number; heading: string }

export type SectionedRows = {
  /** The unit rows, headings and summary lines taken out. */
  rows: TableRow[]
  /** The section of each unit row under a heading, by spreadsheet row. */
  sectionOf: Map<number, Section>
  sections: Section[]
}

/** The columns that name a row (its number, its unit), as against those that hold its values. */
const NAMING_KEYS = new Set(['unit_name', 'unit_code'])

/** "Tổng cộng", "Tổng số", "Cộng", "Trung bình", "Bình quân", "Điểm trung bình"… (folded). */
const SUMMARY_LABEL =
  /^(?:tong cong|tong so|tong|cong|trung binh|binh quan|(?:diem|chi so) (?:trung binh|binh quan))(?: .*)?$/

/** A heading's numbering: a Roman numeral or one capital letter, as in "I.", "II -", "A)". */
const HEADING_NUMBER = /^(?:[IVXLC]{1,6}|[A-Z])$/
const HEADING_NUMBER_PREFIX = /^(?:[IVXLC]{1,6}|[A-Z])\s*[.)/:–-]\s*/u

/** What a group's title starts with: "Khối", "Nhóm", "Cụm" (folded). */
const GROUP_WORD = /^(?:khoi|nhom|cum) /

/** The size a heading announces at its end: "(52 đơn vị)", "(gồm 20 cơ quan)". */
const ANNOUNCED_SIZE = /\s*[([]\s*(?:gồm\s+|có\s+)?(\d{1,5})\s+[^()[\]\d]{1,30}[)\]]\s*$/iu

/**
 * The unit rows of an assessments sheet, with the section of each. A heading is a row whose value
 * columns are all empty, that names no unit (`isUnitName`) and reads as a heading: numbered
 * with a Roman numeral or a letter, written in capitals, or opening with "Khối", "Nhóm" or "Cụm".
 * A row with only a unit's name stays a unit row, whose missing values are errors as before.
 */
export function splitSections(
  sheet: Sheet,
  isUnitName: (name: string) => boolean,
  warnSummary: (row: number, label: string) => void,
): SectionedRows {
  const valueColumns = new Set<number>()
  for (const [key, i] of sheet.index) if (!NAMING_KEYS.has(key)) valueColumns.add(i)
  for (const c of [...sheet.fieldColumns, ...sheet.fieldMaxColumns]) valueColumns.add(c.index)
  const codeColumn = sheet.index.get('unit_code')
  const nameColumn = sheet.index.get('unit_name')
  const rows: TableRow[] = []
  const sectionOf = new Map<number, Section>()
  const sections: Section[] = []
  let current: Section | undefined
  for (const tableRow of sheet.rows) {
    const cell = (i: number | undefined) =>
      i === undefined ? '' : (tableRow.cells[i] ?? '').trim()
    const labels = tableRow.cells
      .map((c, i) => (valueColumns.has(i) ? '' : c.trim()))
      .filter((c) => c !== '')
    const hasValues = tableRow.cells.some((c, i) => valueColumns.has(i) && c.trim() !== '')
    const label = labels.join(' ')
    const name = cell(nameColumn)
    if (cell(codeColumn) === '' && label !== '' && !isUnitName(name)) {
      const withoutNumber = label.replace(HEADING_NUMBER_PREFIX, '')
      if (SUMMARY_LABEL.test(foldLabel(labels.filter((l) => !isNumbering(l)).join(' ')))) {
        warnSummary(tableRow.row, label)
        continue
      }
      if (!hasValues && readsAsHeading(labels, label, withoutNumber)) {
        current = sectionFromHeading(
          label,
          tableRow.row,
          labels.filter((l) => !isNumbering(l)),
        )
        sections.push(current)
        continue
      }
    }
    rows.push(tableRow)
    if (current) sectionOf.set(tableRow.row, current)
  }
  return { rows, sectionOf, sections }
}

/** A row's own number ("1", "12") or a heading's ("I", "B"): not part of its label. */
function isNumbering(cell: string): boolean {
  return /^\d{1,5}\.?$/.test(cell) || HEADING_NUMBER.test(cell.replace(/\.$/, ''))
}

function readsAsHeading(labels: string[], label: string, withoutNumber: string): boolean {
  const first = labels[0] ?? ''
  if (labels.length > 1 && HEADING_NUMBER.test(first.replace(/\.$/, ''))) return true
  if (withoutNumber !== label) return true
  const letters = label.replace(/[^\p{L}]/gu, '')
  if (letters.length >= 3 && letters === letters.toLocaleUpperCase('vi')) return true
  return GROUP_WORD.test(`${foldLabel(label)} `)
}

/** The heading's title (its number and announced size taken off, capitals made sentence case). */
function sectionFromHeading(label: string, row: number, words: string[]): Section {
  let title = label.replace(/^\S+\s+/u, (first) =>
    HEADING_NUMBER.test(first.trim().replace(/[.)/:–-]$/u, '')) ? '' : first,
  )
  title = title.replace(HEADING_NUMBER_PREFIX, '')
  const size = ANNOUNCED_SIZE.exec(title)
  if (size) title = title.slice(0, size.index)
  title = title.replace(/[\s:.–-]+$/u, '').trim()
  if (title === title.toLocaleUpperCase('vi'))
    title = title.charAt(0) + title.slice(1).toLocaleLowerCase('vi')
  return { title, size: size ? Number(size[1]) : null, row, heading: words.join(' ') || label }
}
