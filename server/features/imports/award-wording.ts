// Awards as decisions print them. A province's or district's decision names the form with its
// issuer ("Giấy khen của Chủ tịch UBND huyện", "Bằng khen của Chủ tịch Ủy ban nhân dân thành
// phố"), a title in quotes ('Danh hiệu "Tập thể lao động xuất sắc"'), and often only in its
// title lines: "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN / Vì đã
// có thành tích xuất sắc trong công tác cải cách hành chính năm 2023", its recipients listed
// under "I. TẬP THỂ" and "II. CÁ NHÂN". Read here: the award and the issuer a name says, the
// award and reason a title says, and the recipient type a heading says. A name whose issuer is
// not one of these words is not read (no guess).
import {
  AWARD_CODES,
  AWARD_KINDS,
  type AwardCode,
  type AwardReason,
  type IssuerLevel,
  type RecipientType,
} from '#shared/domain/award-kinds.ts'
import { foldLabel } from '#shared/text/fold-unit-name.ts'

export type NamedAward = { award: AwardCode; issuer: IssuerLevel | null }

/** Folded as labels are, with UBND written out: "Chủ tịch UBND tỉnh" reads as printed in full. */
function fold(text: string): string {
  return foldLabel(text).replace(/\bubnd\b/g, 'uy ban nhan dan')
}

const LOCAL = '(?:chu tich )?uy ban nhan dan'
const DISTRICT_WORDS = '(?:huyen|quan|thi xa)'
const COMMUNE_WORDS = '(?:xa|phuong|thi tran|dac khu)'
const AGENCY_HEAD_WORDS =
  '(?:giam doc|thu truong|truong ban|chanh van phong|chanh thanh tra|cuc truong|vien truong|hieu truong|tong giam doc)'

/**
 * Who a form's "của …" says issues it. "Thành phố" is a centrally run city under a Bằng khen or
 * a flag (forms of a province), a city of a province under a Giấy khen (the district's form).
 */
function issuerNamed(rest: string, districtForm: boolean): IssuerLevel | undefined {
  if (new RegExp(`^${LOCAL} tinh\\b`).test(rest)) return 'PROVINCE'
  if (new RegExp(`^${LOCAL} thanh pho\\b`).test(rest)) return districtForm ? 'DISTRICT' : 'PROVINCE'
  if (new RegExp(`^${LOCAL} ${DISTRICT_WORDS}\\b`).test(rest)) return 'DISTRICT'
  if (new RegExp(`^${LOCAL} ${COMMUNE_WORDS}\\b`).test(rest)) return 'COMMUNE'
  if (/^thu tuong\b/.test(rest)) return 'PRIME_MINISTER'
  if (/^chinh phu\b/.test(rest)) return 'GOVERNMENT'
  if (/^chu tich nuoc\b/.test(rest)) return 'STATE_PRESIDENT'
  if (/^bo\b|^bo truong\b/.test(rest)) return 'MINISTRY'
  if (new RegExp(`^${AGENCY_HEAD_WORDS}\\b`).test(rest)) return 'AGENCY_HEAD'
  return undefined
}

/** The emulation titles, by folded name (quotes and a leading "Danh hiệu" aside). */
const TITLES = new Map<string, AwardCode>(
  AWARD_CODES.filter((c) => AWARD_KINDS[c].family === 'TITLE' && !c.endsWith('_FLAG')).map((c) => [
    fold(AWARD_KINDS[c].vi),
    c,
  ]),
)

/** A form of commendation, its issuer given or not: "giay khen", "bang khen cua …". */
const FORM = /^(giay khen|bang khen|co thi dua)(?: cua (.+))?$/

/**
 * The award a cell names as decisions print it, and the issuer the name says (null: it says
 * none). Undefined when the name is not one of them, or its issuer is not read.
 */
export function awardOfName(text: string): NamedAward | undefined {
  const folded = fold(text).replace(/^danh hieu /, '')
  const title = TITLES.get(folded)
  if (title) return { award: title, issuer: null }
  if (/^huan chuong lao dong(?: hang (?:nhat|nhi|ba))?$/.test(folded))
    return { award: 'LABOUR_ORDER', issuer: 'STATE_PRESIDENT' }
  const form = FORM.exec(folded)
  if (!form) return undefined
  const [, kind, rest] = form
  if (kind === 'giay khen') {
    if (rest === undefined) return { award: 'MERIT_CERTIFICATE', issuer: null }
    const issuer = issuerNamed(rest, true)
    return issuer ? { award: 'MERIT_CERTIFICATE', issuer } : undefined
  }
  // A Bằng khen or a flag without its issuer could be the Government's or a province's: not read.
  const issuer = rest === undefined ? undefined : issuerNamed(rest, false)
  if (!issuer) return undefined
  if (kind === 'bang khen')
    return {
      award: issuer === 'PRIME_MINISTER' ? 'PM_MERIT_CERTIFICATE' : 'PROVINCE_MERIT_CERTIFICATE',
      issuer,
    }
  return {
    award: issuer === 'GOVERNMENT' ? 'GOV_EMULATION_FLAG' : 'PROVINCE_EMULATION_FLAG',
    issuer,
  }
}

/** A form with its issuer inside a longer line: "ĐƯỢC TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN". */
const FORM_IN_TEXT = new RegExp(
  `\\b(giay khen|bang khen|co thi dua)(?: cua (${LOCAL} (?:tinh|thanh pho|${DISTRICT_WORDS}|${COMMUNE_WORDS})|thu tuong chinh phu|chinh phu|bo truong|${AGENCY_HEAD_WORDS}))?\\b`,
  'g',
)

/**
 * The one award the title lines name (with its issuer, and the row naming it), or null when they
 * name none or several different ones (the table must then say, in a column).
 */
export function awardOfTitle(
  lines: readonly { row: number; text: string }[],
): (NamedAward & { row: number }) | null {
  const found = new Map<string, NamedAward & { row: number }>()
  let unread = false
  for (const { row, text } of lines) {
    let folded = fold(text)
    // Titles first, the longer before the shorter ("tập thể lao động tiên tiến" holds "lao
    // động tiên tiến"); each found one is masked.
    const titles = [...TITLES].sort(([a], [b]) => b.length - a.length)
    for (const [name, award] of titles) {
      const at = new RegExp(`\\b${name}\\b`)
      if (!at.test(folded)) continue
      folded = folded.replace(at, ' ')
      found.set(`${award}|`, { award, issuer: null, row })
    }
    for (const match of folded.matchAll(FORM_IN_TEXT)) {
      // "… GIẤY KHEN CỦA CHỦ TỊCH HỘI NÔNG DÂN HUYỆN": an issuer named but not one read here is
      // no award read either (its grants would take the unit's own level, a guess).
      const after = folded.slice((match.index ?? 0) + match[0].length)
      if (!match[2] && /^ cua /.test(after)) unread = true
      const named = awardOfName(match[2] ? `${match[1]} cua ${match[2]}` : (match[1] ?? ''))
      if (named) found.set(`${named.award}|${named.issuer ?? ''}`, { ...named, row })
    }
  }
  const [only, ...others] = found.values()
  return only && others.length === 0 && !unread ? only : null
}

/** A line that gives the reason of an award: "Vì đã có thành tích …", "… có thành tích …". */
const REASON_LINE = /^vi\b|\bthanh tich\b/

/**
 * The reason the title lines give ("… thành tích xuất sắc trong công tác cải cách hành chính",
 * "… CCHC"; "… trong phong trào thi đua …"), with the row giving it, or null. The line giving a
 * reason ("Vì đã có thành tích …") is read first: a body's name above it ("BAN CHỈ ĐẠO CẢI
 * CÁCH HÀNH CHÍNH") says who issues the list, not why.
 */
export function reasonOfTitle(
  lines: readonly { row: number; text: string }[],
): { reason: AwardReason; row: number } | null {
  const reasoned = lines.filter((l) => REASON_LINE.test(fold(l.text)))
  for (const candidates of [reasoned, lines]) {
    const par = candidates.find((l) => /\bcai cach hanh chinh\b|\bcchc\b/.test(fold(l.text)))
    if (par) return { reason: 'PAR', row: par.row }
    const emulation = candidates.find((l) => /\bphong trao thi dua\b/.test(fold(l.text)))
    if (emulation) return { reason: 'EMULATION', row: emulation.row }
  }
  return null
}

const RECIPIENT_HEADINGS = new Map<string, RecipientType>([
  ['tap the', 'COLLECTIVE'],
  ['ca nhan', 'INDIVIDUAL'],
  ['ho gia dinh', 'HOUSEHOLD'],
])

/** A heading's numbering: "I", "II.", "A", "1." (in its own cell, or before the words). */
const NUMBERING = /^(?:[IVXLC]+|[A-Z]|\d+)\s*[.):/–-]?$/

/**
 * The recipients a heading row heads ("I | TẬP THỂ", "II. CÁ NHÂN:", "Các tập thể"), or
 * undefined for any other row: its only words, beside a numbering cell, are the heading's.
 */
export function recipientOfHeading(cells: readonly string[]): RecipientType | undefined {
  // Every row of a file is asked: a row of more than two cells is none, found without copying.
  const filled: string[] = []
  for (const cell of cells) {
    const text = cell.trim()
    if (text === '') continue
    if (filled.length === 2) return undefined
    filled.push(text)
  }
  let text: string | undefined
  if (filled.length === 1)
    text = (filled[0] ?? '').replace(/^(?:[IVXLC]+|[A-Z]|\d+)\s*[.):/–-]\s*/, '')
  else if (filled.length === 2 && NUMBERING.test(filled[0] ?? '')) text = filled[1]
  if (text === undefined) return undefined
  return RECIPIENT_HEADINGS.get(fold(text).replace(/:$/, '').replace(/^cac /, ''))
}
