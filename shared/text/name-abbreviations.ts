/**
 * The abbreviations officials' tables and the press write in units' names, each written out so
 * that a name matches the unit list's full one: "Sở TN&MT" is the "Sở Tài nguyên và Môi
 * trường", "Sở LĐ-TB&XH" the "Sở Lao động - Thương binh và Xã hội", "Văn phòng UBND tỉnh" the
 * "Văn phòng Ủy ban nhân dân tỉnh"; "&" is "và". Each is matched as a word of its own (with its
 * parts run together or joined by "&", "và" or spaces), never inside another word. Works on a
 * lower-cased NFC name whose commas and dashes are already spaces (foldUnitName); written-out
 * names are left as they are, so folding twice is folding once.
 */
export function writeOutAbbreviations(name: string): string {
  // One pass of one pattern: names are folded by the tens of thousands (a unit list's keys).
  const text = name.replace(
    ABBREVIATION,
    (short) => WORDS.get(short.replace(SEPARATORS, '')) ?? short,
  )
  return text.includes('&') ? text.replace(/(?:\s*&)+\s*/gu, ' và ') : text
}

/** Each abbreviation as its parts, and the words it stands for. */
const ABBREVIATIONS: [parts: readonly string[], words: string][] = [
  [['ubnd'], 'ủy ban nhân dân'],
  [['hđnd'], 'hội đồng nhân dân'],
  [['đbqh'], 'đại biểu quốc hội'],
  [['vp'], 'văn phòng'],
  [['bql'], 'ban quản lý'],
  [['kcn'], 'khu công nghiệp'],
  [['kkt'], 'khu kinh tế'],
  [['lđ', 'tb', 'xh'], 'lao động thương binh và xã hội'],
  // With "Lao động" written out and the rest not: "Sở Lao động, TB và XH".
  [['tb', 'xh'], 'thương binh và xã hội'],
  [['vh', 'tt', 'dl'], 'văn hóa thể thao và du lịch'],
  [['nn', 'ptnt'], 'nông nghiệp và phát triển nông thôn'],
  [['ptnt'], 'phát triển nông thôn'],
  [['tn', 'mt'], 'tài nguyên và môi trường'],
  [['gd', 'đt'], 'giáo dục và đào tạo'],
  [['kh', 'đt'], 'kế hoạch và đầu tư'],
  [['kh', 'cn'], 'khoa học và công nghệ'],
  [['tt', 'tt'], 'thông tin và truyền thông'],
  [['gt', 'vt'], 'giao thông vận tải'],
]

/** Between an abbreviation's parts: nothing, spaces, or "&" or "và" (dashes are spaces by now). */
const BETWEEN_PARTS = String.raw`\s*(?:(?:&|và)\s*)*`

/** What lies between the parts of a matched abbreviation, taken out to look it up. */
const SEPARATORS = /\s|&|và/gu

/** The words of each abbreviation by its parts run together ("tnmt"). */
const WORDS = new Map(ABBREVIATIONS.map(([parts, words]) => [parts.join(''), words]))

/** Any abbreviation as a word of its own; the list's order decides between overlapping ones. */
const ABBREVIATION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${ABBREVIATIONS.map(([parts]) => parts.join(BETWEEN_PARTS)).join('|')})(?![\p{L}\p{N}])`,
  'gu',
)
