// Who the document is from, as the header of NĐ 30/2020 writes it: bodies in capitals, the
// territorial ones as their People's Committee ("UBND HUYỆN THẠNH HÓA"), organisations by
// name ("SỞ NỘI VỤ"); the place of issue is the body's territory without its title.
import type { UnitKind, UnitTitle } from '#shared/domain/units.ts'
import { issuerText, type SourceIssuer } from '#shared/text/source-line.ts'
import type { Language } from '#client/lib/format.ts'

export type BodyUnit = { name: string; kind: UnitKind; title: UnitTitle | null }

const ORGANISATION_KINDS: ReadonlySet<UnitKind> = new Set<UnitKind>(['MINISTRY', 'DEPARTMENT'])

const TITLE_WORDS = /^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+/iu

/** "Tỉnh Long An" → "Long An"; "Phường 1" keeps its title (a number is no place name). */
export function placeName(name: string): string {
  const rest = name.normalize('NFC').replace(TITLE_WORDS, '')
  return /^\d/.test(rest) ? name.normalize('NFC') : rest
}

function upper(text: string, lang: Language): string {
  return text.toLocaleUpperCase(lang === 'vi' ? 'vi' : 'en').normalize('NFC')
}

/** "UBND TỈNH LONG AN", "SỞ NỘI VỤ", "BỘ NỘI VỤ" (vi); the English header names the same bodies. */
export function bodyHeading(unit: BodyUnit, lang: Language): string {
  if (ORGANISATION_KINDS.has(unit.kind)) return upper(unit.name, lang)
  return upper(issuerText(unit as SourceIssuer, lang).replace(/^the /, ''), lang)
}

/** The abbreviation after "/BC-" in the number: UBND for a committee, initials for an organisation ("SNV"). */
export function numberSuffix(unit: BodyUnit): string {
  if (unit.kind === 'COUNTRY') return 'BNV'
  if (!ORGANISATION_KINDS.has(unit.kind)) return 'UBND'
  return unit.name
    .normalize('NFC')
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
    .map((word) => word[0]?.toLocaleUpperCase('vi') ?? '')
    .join('')
}

/** The parent that ranks a cohort of `kind`: the country ranks provinces and ministries. */
export function parentKindOf(kind: UnitKind, parentCode: string): UnitKind {
  if (kind === 'PROVINCE' || kind === 'MINISTRY' || parentCode === 'VN') return 'COUNTRY'
  if (kind === 'COMMUNE') return 'DISTRICT'
  return 'PROVINCE'
}
