// The decision a table is the annex of, as its title lines cite it: "Kèm theo Quyết định số
// 885/QĐ-UBND ngày 8/6/2022 của UBND tỉnh Yên Bái", "(Ban hành kèm theo QĐ số 24/QĐ-UBND ngày
// 05 tháng 02 năm 2024)", with or without accents, "số" or a date. Only a line citing a decision
// counts: a place-and-date line ("Tây Ninh, ngày 25 tháng 12 năm 2023") dates no decision, a
// decision's own number line ("Số: 2729/QĐ-UBND") cites none, and a line giving a basis ("Căn
// cứ Quyết định số 1149/QĐ-UBND…", the method's decision) is not the one the table is annexed to.
import { foldAccents } from '#shared/text/fold-accents.ts'
import { parseDate } from './parse-value.ts'
import type { TableRow } from './read-table.ts'

/** A decision a title line cites: its number as printed, its date, and where the line is. */
export type CitedDecision = {
  /** The number as printed, its spaces around "/" taken out: "885/QĐ-UBND". */
  no: string
  /** The date as ISO; null when the line gives none (or leaves it blank to fill in by hand). */
  date: string | null
  /** The date as printed when it is no calendar day ("ngày 30/02/2024"): refused if used. */
  invalidDate: string | null
  row: number
  /** The cell holding the line, as `#1` (a title line has no header of its own). */
  column: string
}

/** What the title lines say of the table's decision: none, one, or two different ones. */
export type TitleDecision =
  | { kind: 'none' }
  | { kind: 'one'; decision: CitedDecision }
  | { kind: 'ambiguous'; first: CitedDecision; second: CitedDecision }

/**
 * "Quyết định" or "QĐ", "số" or not, then the number: digits, a year of a normative document
 * ("12/2023/QĐ-UBND") and the issuer's suffix ("/QĐ-UBND", "/QĐ-CT"), each bounded. Matched on
 * the text folded to lower-case ASCII with its spaces run together, so it runs in linear time.
 */
const CITATION =
  /(?<![a-z\d])(?:quyet dinh|qd) ?(?:(so) ?)?:? ?(\d{1,6}(?: ?\/ ?\d{4})?(?: ?\/ ?[a-z\d]{1,15}(?:-[a-z\d]{1,15}){0,4})?)(?![a-z\d/])/gu

/** A line annexing the table to the decision it cites. */
const ANNEXED = /\bkem theo\b/u

/** A basis cited before the decision ("Căn cứ", "Thực hiện", "theo" not after "kèm"). */
const BASIS_BEFORE = /(?:\bcan cu|\bthuc hien|(?<!\bkem )\btheo) ?$/u
const BASIS_LINE = /^[\s(["'-]*(?:can cu|thuc hien)\b/u

/** "ngày 05 tháng 02 năm 2024", "ngày 05/02/2024", "ngày 5-2-2024", "ngày 25 tháng 12, năm 2023". */
const DATE =
  /^ngay ?:? ?(\d{1,2}) ?(?:thang ?(\d{1,2}) ?,? ?nam ?(\d{4})|[/.-] ?(\d{1,2}) ?[/.-] ?(\d{4}))/u
/** "ngày" followed by a figure: a date given, whether or not it reads as one. */
const DATE_GIVEN = /^ngay ?:? ?\d/u

/** The text in NFC with its spaces run together, and its fold index for index (same length). */
function foldAligned(cell: string): { text: string; folded: string } {
  const text = cell
    .normalize('NFC')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u3000]+/gu, ' ')
    .trim()
  let folded = ''
  for (const ch of text) {
    const f = foldAccents(ch).toLowerCase()
    // A character folding to another length keeps its place as a mark that matches nothing.
    folded += f.length === ch.length ? f : '#'.repeat(ch.length)
  }
  return { text, folded }
}

/** The decisions one cell cites, in order. */
export function citedInCell(cell: string, row: number, column: string): CitedDecision[] {
  const { text, folded } = foldAligned(cell)
  if (BASIS_LINE.test(folded)) return []
  const annexed = ANNEXED.test(folded)
  const found: CitedDecision[] = []
  const matches = [...folded.matchAll(CITATION)]
  matches.forEach((m, i) => {
    const start = m.index
    const number = m[2] ?? ''
    // "số" or "kèm theo" makes a citation; "Quyết định 885/…" alone may be a mere mention.
    if (m[1] === undefined && !annexed) return
    if (BASIS_BEFORE.test(folded.slice(0, start))) return
    const numberAt = start + m[0].length - number.length
    const no = text.slice(numberAt, numberAt + number.length).replace(/ ?\/ ?/gu, '/')
    // The date is the first "ngày" after the number, before the next citation of the line.
    const end = matches[i + 1]?.index ?? folded.length
    const rest = folded.slice(start + m[0].length, end)
    const at = rest.search(/\bngay\b/u)
    const date = at === -1 ? null : readDate(rest.slice(at), text, start + m[0].length + at)
    found.push({ no, date: date?.iso ?? null, invalidDate: date?.invalid ?? null, row, column })
  })
  return found
}

/** The date after "ngày": ISO, or as printed when no calendar day; null when left blank. */
function readDate(
  folded: string,
  text: string,
  offset: number,
): { iso: string | null; invalid: string | null } | null {
  const m = DATE.exec(folded)
  if (!m) {
    if (!DATE_GIVEN.test(folded)) return null
    const printed = text.slice(offset, offset + Math.min(folded.length, 24)).trim()
    return { iso: null, invalid: printed }
  }
  const [day, month, year] = m[2] !== undefined ? [m[1], m[2], m[3]] : [m[1], m[4], m[5]]
  const parsed = parseDate(`${day}/${month}/${year}`)
  if (parsed.ok) return { iso: parsed.value, invalid: null }
  return { iso: null, invalid: text.slice(offset, offset + m[0].length) }
}

/** Whether a line cites a decision: its dates are the decision's, never the table's year. */
export function citesDecision(line: string): boolean {
  return citedInCell(line, 0, '#1').length > 0
}

/** A decision number as compared: case, accents and spaces aside ("885/QD-UBND" is "885/QĐ-UBND"). */
const numberKey = (no: string) => foldAccents(no).toLowerCase().replace(/\s+/gu, '')

/**
 * The decision the title lines cite. One cited twice is one (the line dating it names it); two
 * different numbers, or one number under two dates, are ambiguous: the caller guesses neither.
 */
export function titleDecision(rows: readonly TableRow[]): TitleDecision {
  let chosen: CitedDecision | undefined
  for (const { row, cells } of rows) {
    for (const [i, cell] of cells.entries()) {
      if (!/\d/u.test(cell)) continue
      for (const cited of citedInCell(cell, row, `#${i + 1}`)) {
        if (!chosen) {
          chosen = cited
          continue
        }
        if (numberKey(chosen.no) !== numberKey(cited.no))
          return { kind: 'ambiguous', first: chosen, second: cited }
        const dated = (d: CitedDecision) => d.date !== null || d.invalidDate !== null
        if (!dated(chosen)) chosen = cited
        else if (
          dated(cited) &&
          (chosen.date !== cited.date || chosen.invalidDate !== cited.invalidDate)
        )
          return { kind: 'ambiguous', first: chosen, second: cited }
      }
    }
  }
  return chosen ? { kind: 'one', decision: chosen } : { kind: 'none' }
}
