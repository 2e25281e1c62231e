import { foldAccents } from './fold-accents.ts'
import { writeOutAbbreviations } from './name-abbreviations.ts'

/**
 * The key unit names are matched on (DESIGN "Import formats"): Unicode NFC, lower-case,
 * whitespace collapsed, the tone mark of a closing "oa", "oe" or "uy" on its first vowel (both
 * placements are taught and written: "Thanh Hoá" is "Thanh Hóa", "Thuỷ" is "Thủy"), the
 * apostrophes word processors type ("Ea H’leo") as the plain one ("Ea H'Leo"), the commas and
 * dashes joining the parts of a name as a space ("Sở Lao động, Thương binh và Xã hội" and "Sở
 * Lao động - Thương binh và Xã hội" are one department), abbreviations written out
 * (name-abbreviations.ts: "Văn phòng UBND tỉnh" is the "Văn phòng Ủy ban nhân dân tỉnh" of a
 * unit list, "Sở TN&MT" the "Sở Tài nguyên và Môi trường"), a leading "UBND" (Ủy ban nhân dân,
 * the people's committee) dropped and a leading "TP.", "TX.", "TT." or "H." written out (thành
 * phố, thị xã, thị trấn, huyện: "UBND TP. Buôn Ma Thuột"), and a closing "TP" too ("Thanh tra TP",
 * a city's inspectorate). Diacritics are kept: "Thạnh Hóa" and
 * "Thanh Hoa" are different names. Idempotent: a stored key folds to itself.
 * @example foldUnitName('UBND  Huyện Thạnh Hoá') // 'huyện thạnh hóa'
 */
export function foldUnitName(name: string): string {
  const folded = name
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u3000]+/gu, ' ')
    .replace(TONE_ON_SECOND_VOWEL, (pair) => TONE_ON_FIRST_VOWEL[pair] ?? pair)
    .replace(APOSTROPHES, "'")
  // Dashes and commas first: "LĐ‑TB&XH" (a non-breaking hyphen) is "LĐ-TB&XH" written out.
  const written = writeOutAbbreviations(folded.replace(JOINING_PUNCTUATION, ' ')).trim()
  return written
    .replace(/^(?:ủy ban nhân dân\s+)+/u, '')
    .replace(
      ABBREVIATED_LEVEL,
      (_, word?: string, letter?: string) => `${LEVEL_WORDS[word ?? letter ?? '']} `,
    )
    .replace(CITY_AT_END, ' thành phố')
    .trim()
}

/**
 * "TP" closing a name: a centrally run city's own offices as its tables write them ("Thanh tra
 * TP", "Văn phòng UBND TP" for the unit list's "Thanh tra thành phố"). Only as the last word:
 * within a name "TP" may be a name's own letters.
 */
const CITY_AT_END = /\s+tp\.?$/u

/** Commas, semicolons and dashes between the parts of a name, with the spaces around them. */
const JOINING_PUNCTUATION = /\s*(?:[,;\u2010-\u2015-]\s*)+/gu

/** Right single quotation mark, its left twin, the modifier letter and the prime: as "'". */
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032`´]/gu

/**
 * A title abbreviated at the start of a name: "TP.", "TX.", "TT." (with or without the dot), or
 * one letter with its dot ("H.Cẩm Mỹ", "P. Tân An"): a city's, a town's, a township's, a district's…
 */
const ABBREVIATED_LEVEL = /^(tp|tx|tt)(?:\.\s*|\s+)|^([hqpx])\.\s*/u
const LEVEL_WORDS: Record<string, string> = {
  tp: 'thành phố',
  tx: 'thị xã',
  tt: 'thị trấn',
  h: 'huyện',
  q: 'quận',
  p: 'phường',
  x: 'xã',
}

/** Each pair, its tones on the second vowel and the same tones on the first. */
const TONED_PAIRS: [first: string, second: string, onSecond: string, onFirst: string][] = [
  ['o', 'a', 'áàảãạ', 'óòỏõọ'],
  ['o', 'e', 'éèẻẽẹ', 'óòỏõọ'],
  ['u', 'y', 'ýỳỷỹỵ', 'úùủũụ'],
]

/** "oá" → "óa", "oẻ" → "ỏe", "uỷ" → "ủy", …: the five tones of each pair. */
const TONE_ON_FIRST_VOWEL: Record<string, string> = Object.fromEntries(
  TONED_PAIRS.flatMap(([first, second, onSecond, onFirst]) =>
    [...onSecond].map((mark, tone) => [`${first}${mark}`, `${[...onFirst][tone]}${second}`]),
  ),
)

/** A pair closing its syllable ("hoàn", "toán" are written one way only); "quý" keeps its y. */
const TONE_ON_SECOND_VOWEL = /(?<!q)(?:o[áàảãạéèẻẽẹ]|u[ýỳỷỹỵ])(?!\p{L})/gu

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
