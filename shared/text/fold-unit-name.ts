import { foldAccents } from './fold-accents.ts'

/**
 * The key unit names are matched on (DESIGN "Import formats"): Unicode NFC, lower-case,
 * whitespace collapsed, a leading "UBND" (Ủy ban nhân dân, the people's committee) dropped.
 * Diacritics are kept: "Thạnh Hóa" and "Thanh Hoa" are different names.
 * @example foldUnitName('UBND  Huyện Thạnh Hóa') // 'huyện thạnh hóa'
 */
export function foldUnitName(name: string): string {
  const folded = name
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u3000]+/gu, ' ')
    .trim()
  return folded.replace(/^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+/u, '').trim()
}

/**
 * A looser key for header labels and code lists: foldUnitName plus diacritics and đ removed,
 * punctuation turned into spaces. Never used for unit names (names keep their diacritics).
 * @example foldLabel('Điểm tối đa (%)') // 'diem toi da'
 */
export function foldLabel(label: string): string {
  return foldAccents(label)
    .toLowerCase()
    .replace(/[^a-z0-9:]+/g, ' ')
    .replace(/\s*:\s*/g, ':')
    .trim()
}
