// The typefaces of the screen and of exported images, and a width estimate for text drawn in
// them, shared by the live charts (category axes) and the export drawing (legend rows).

/**
 * The screen's typeface: the device's own (ADR 036), which every phone and desktop has, with
 * Vietnamese, without a download. Named rather than `system-ui`, which on a Windows set to an
 * East Asian locale, or a Linux desktop, can resolve to a face drawn for other scripts.
 * styles.css sets the same list on the page, and the live charts' SVG text inherits it.
 */
export const SCREEN_FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif"

/**
 * An exported image's typeface: Inter, embedded in the SVG (export-fonts.ts), so a chart pasted
 * into a report looks the same from every machine.
 */
export const EXPORT_FONT_FAMILY = `Inter, ${SCREEN_FONT_FAMILY}`

/**
 * Inter's advance widths in thousandths of an em, for the printable ASCII characters (U+0020 to
 * U+007E, in order), regular (400) and bold (700), read from the faces the export embeds
 * (@fontsource/inter) and rounded up. An average glyph (0.56 em) was too narrow for figures
 * and capitals: a source line of decision numbers ("2771/QĐ-UBND, 1056/QĐ-UBND, …") measures
 * 0.58 em a character and ran past the image's right edge.
 */
const ASCII_WIDTHS = {
  regular:
    '282,288,466,634,642,982,644,300,365,365,501,662,289,460,289,361,631,407,610,618,646,594,621,566,619,621,289,302,662,662,662,512,966,690,655,731,722,602,591,747,744,269,571,672,566,904,754,765,639,765,644,642,646,745,690,986,683,679,629,365,361,365,472,457,323,562,613,572,613,583,371,614,592,243,243,549,243,876,591,600,613,613,377,528,328,592,562,819,546,562,553,427,333,427,662',
  bold: '237,338,552,649,655,1016,672,339,377,377,560,679,334,468,334,389,675,432,630,646,677,623,650,582,651,650,334,343,679,679,679,560,1017,747,662,740,723,608,587,751,748,281,585,720,566,932,763,771,648,777,657,655,668,732,747,1038,739,731,665,377,389,377,487,477,366,581,631,589,631,596,398,632,623,271,271,581,271,913,623,614,631,631,408,561,367,623,600,851,581,603,573,469,372,469,679',
}
/** Letters outside ASCII that decomposition does not bring back to it, and common punctuation. */
const OTHER_WIDTHS: Record<string, readonly [regular: number, bold: number]> = {
  Đ: [735, 760],
  đ: [613, 631],
  // The horn widens ư (and Ư's bold), unlike the marks above and below a letter.
  ư: [620, 660],
  Ư: [744, 732],
  ơ: [600, 613],
  Ơ: [765, 780],
  '–': [500, 500],
  '—': [1000, 1000],
  // The minus sign of negative figures (client/lib/format.ts): as wide as the plus.
  '\u2212': [662, 679],
  '…': [865, 1002],
  '\u00A0': [282, 237],
}
/** A character the tables do not know (an arrow, a symbol from a fallback face): a full em. */
const UNKNOWN_WIDTH = 1000

const parseWidths = (list: string) => list.split(',').map(Number)
const TABLES = { regular: parseWidths(ASCII_WIDTHS.regular), bold: parseWidths(ASCII_WIDTHS.bold) }

/** One character's advance in thousandths of an em. */
function charWidth(char: string, bold: boolean): number {
  const table = bold ? TABLES.bold : TABLES.regular
  const code = char.charCodeAt(0)
  if (code >= 0x20 && code <= 0x7e) return table[code - 0x20] ?? UNKNOWN_WIDTH
  const other = OTHER_WIDTHS[char]
  if (other) return other[bold ? 1 : 0]
  // Vietnamese letters are a Latin letter and marks above or below it (ế = e + ◌̂ + ◌́, Ơ = O +
  // horn): Inter gives each the advance of its base letter, the marks none.
  const base = char.normalize('NFD')
  // A horned letter with a tone ("ừ" is u + horn + grave) is as wide as the horned letter.
  const horned = base.includes('\u031B')
    ? OTHER_WIDTHS[`${base[0]}\u031B`.normalize('NFC')]
    : undefined
  if (horned) return horned[bold ? 1 : 0]
  if (base.length > 1 && base !== char) {
    const first = base.charCodeAt(0)
    if (first >= 0x20 && first <= 0x7e) return table[first - 0x20] ?? UNKNOWN_WIDTH
  }
  // A combining mark on its own takes no room.
  if (code >= 0x300 && code <= 0x36f) return 0
  return UNKNOWN_WIDTH
}

/**
 * The width of `text` set in Inter at `fontSize` px (bold: weight 700), from the face's advance
 * widths: enough to lay text out without measuring it, and never less than Inter draws it
 * (kerning only narrows a line).
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let thousandths = 0
  for (const char of text) thousandths += charWidth(char, bold)
  return (thousandths / 1000) * fontSize
}

const VOWELS = /[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i
const LETTER = /\p{L}/u
/** Two letters that say one consonant ("sh", "ch", "th", "ph", "wh", "gh"): never parted. */
const DIGRAPH = /^[cstpwg]h$/i

/**
 * Whether a word may be hyphenated before its `i`-th letter: where a syllable starts, a consonant
 * (or a digraph) before a vowel ("govern-ment", "Institu-tions", "Leader-ship"), two letters at
 * least on each side.
 */
function syllableStart(word: string, i: number): boolean {
  if (i < 2 || i > word.length - 2) return false
  const at = (k: number) => word[k] ?? ''
  if (!LETTER.test(at(i - 1)) || !LETTER.test(at(i))) return false
  if (DIGRAPH.test(at(i - 1) + at(i))) return false
  if (VOWELS.test(at(i))) return false
  const next = DIGRAPH.test(at(i) + at(i + 1)) ? at(i + 2) : at(i + 1)
  return VOWELS.test(next)
}

/**
 * A word too long for its line in pieces that fit: broken after a slash or a hyphen in it
 * ("2771/" "QĐ-UBND"), else hyphenated where a syllable starts, else between any two letters.
 */
function breakLongWord(word: string, fits: (s: string) => boolean): string[] {
  const pieces: string[] = []
  let rest = word
  while (rest && !fits(rest)) {
    let cut = 0
    let hyphen = false
    for (let i = 1; i < rest.length; i += 1)
      if (/[/-]/.test(rest[i - 1] ?? '') && fits(rest.slice(0, i))) cut = i
    if (cut === 0)
      for (let i = 1; i < rest.length; i += 1)
        if (syllableStart(rest, i) && fits(`${rest.slice(0, i)}-`)) {
          cut = i
          hyphen = true
        }
    if (cut === 0) {
      cut = 1
      while (cut < rest.length - 1 && fits(`${rest.slice(0, cut + 1)}-`)) cut += 1
      hyphen = true
    }
    pieces.push(hyphen ? `${rest.slice(0, cut)}-` : rest.slice(0, cut))
    rest = rest.slice(cut)
  }
  if (rest) pieces.push(rest)
  return pieces
}

/** Fills lines greedily: as many words on each as fit. */
function fillLines(words: readonly string[], fits: (s: string) => boolean): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    const next = line ? `${line} ${word}` : word
    if (fits(next)) {
      line = next
      continue
    }
    if (line) lines.push(line)
    const pieces = breakLongWord(word, fits)
    lines.push(...pieces.slice(0, -1))
    line = pieces.at(-1) ?? ''
  }
  if (line) lines.push(line)
  return lines
}

export type WrapOptions = {
  /** Set in Inter's bold. */
  bold?: boolean
  /**
   * Lines of even length, as few as fill the width allows (a heading: "Tài chính" / "công",
   * "Chỉ đạo," / "điều hành"), rather than full lines and a short last one.
   */
  balance?: boolean
}

/**
 * Breaks text into lines within `maxWidth` at spaces; a word longer than the line breaks after a
 * slash or a hyphen in it, or is hyphenated ("Institu-" / "tions"), so no line runs over.
 */
export function wrapText(
  text: string,
  fontSize: number,
  maxWidth: number,
  { bold = false, balance = false }: WrapOptions = {},
): string[] {
  const widthOf = (s: string) => estimateTextWidth(s, fontSize, bold)
  const within = (width: number) => (s: string) => widthOf(s) <= width
  const words = text.split(/\s+/).filter(Boolean)
  const lines = fillLines(words, within(maxWidth))
  if (balance && lines.length > 1) {
    // The narrowest width that still takes no more lines, no narrower than the widest word that
    // fits whole (narrower would break it).
    let low = Math.min(maxWidth, Math.max(...words.map(widthOf)))
    let high = maxWidth
    if (fillLines(words, within(low)).length === lines.length) return fillLines(words, within(low))
    while (high - low > 0.5) {
      const mid = (low + high) / 2
      if (fillLines(words, within(mid)).length === lines.length) high = mid
      else low = mid
    }
    return fillLines(words, within(high))
  }
  // A last line of one short word ("2023)") reads as an orphan: it takes the word before it
  // along, where the two fit.
  const last = lines.at(-1)
  const before = lines.at(-2)
  if (last && before && !last.includes(' ') && last.length <= 8 && before.includes(' ')) {
    const cut = before.lastIndexOf(' ')
    const joined = `${before.slice(cut + 1)} ${last}`
    if (within(maxWidth)(joined)) lines.splice(-2, 2, before.slice(0, cut), joined)
  }
  return lines
}
