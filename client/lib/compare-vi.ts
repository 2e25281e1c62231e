// Vietnamese collation in the browser without Intl.Collator: making a 'vi' collator loads the
// locale's collation data, a task of 8–30 ms at start-up here (40–150 ms on a phone) on every
// page, whether it sorts a name or not. Names are compared as ICU's 'vi' collation with
// numeric ordering compares them (the server's compareVietnamese, shared/text): letters first
// (ă, â, đ, ê, ô, ơ, ư are letters of their own, after a, a, d, e, o, o, u), digit runs by their
// value, spaces and punctuation before digits, digits before letters; then the tones (none,
// huyền, hỏi, ngã, sắc, nặng); then case (lower first). compare-vi.test.ts checks it against
// Intl.Collator on every name of the demo data and on generated ones. Not ordered as ICU orders
// them, because names do not hold them: tabs and spaces other than the plain and the no-break
// one, dashes other than the hyphen, en and em dash (each weighs as the hyphen), invisible
// characters (passed over), letters of other alphabets beyond their accents.

/** Primary weights of spaces and punctuation, in ICU's order (before digits and letters). */
const PUNCTUATION = '  _-–—,;:!?.…\'‘’"“”()[]{}@*/\\&#%`^°+<=>|~$'
/** Where digit runs weigh: after every punctuation mark, before every letter. */
const DIGITS = PUNCTUATION.length + 1
/** The alphabet's letters in order: ă, â after a; đ after d; ê after e; ô, ơ after o; ư after u. */
const ALPHABET = 'a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z'.split(' ')
const LETTER_BASE = DIGITS + 1
/** Anything else weighs after the alphabet, by code point. */
const OTHER_BASE = LETTER_BASE + ALPHABET.length

/** Marks that make a letter of its own (breve, circumflex, horn), composed with their base. */
const LETTER_MARKS = new Set(['\u0306', '\u0302', '\u031B'])
/** The tones, in their order; any other mark weighs after them. */
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323']

const letterWeight = new Map(ALPHABET.map((letter, i) => [letter, LETTER_BASE + i]))
const punctuationWeight = new Map<string, number>([...PUNCTUATION].map((c, i) => [c, i + 1]))
// A no-break space is a space (differing at the last level).
punctuationWeight.set('\u00A0', punctuationWeight.get(' ') ?? 1)

/** A name's weights at each level: letters and numbers, then tones, then case. */
type SortKey = { primary: number[]; secondary: number[]; tertiary: number[] }

/** Characters collation passes over (zero-width space, soft hyphen…). */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu
/** ð (Ð): the eth, typed for đ in some converted files; collated as a d with a mark. */
const ETH = '\u00F0'

/** A character's place among spaces and punctuation: a dash not listed weighs as the hyphen. */
function punctuationOf(char: string): number | undefined {
  return (
    punctuationWeight.get(char) ?? (/\p{Pd}/u.test(char) ? punctuationWeight.get('-') : undefined)
  )
}

function keyOf(text: string): SortKey {
  const key: SortKey = { primary: [], secondary: [], tertiary: [] }
  const chars = [...text.normalize('NFD').replace(IGNORABLE, '')]
  for (let i = 0; i < chars.length;) {
    const char = chars[i] as string
    if (char >= '0' && char <= '9') {
      let run = ''
      while (i < chars.length && (chars[i] as string) >= '0' && (chars[i] as string) <= '9')
        run += chars[i++]
      // By value, at any length: the count of digits, then the digits ("2" before "10"),
      // leading zeros aside, as numeric collation orders them.
      const digits = run.replace(/^0+(?=\d)/, '')
      key.primary.push(DIGITS, digits.length, ...[...digits].map(Number))
      key.secondary.push(0)
      key.tertiary.push(0)
      continue
    }
    i += 1
    let base = char
    let tone = 0
    while (i < chars.length && /\p{M}/u.test(chars[i] as string)) {
      const mark = chars[i++] as string
      if (LETTER_MARKS.has(mark)) base = `${base}${mark}`.normalize('NFC')
      else tone = Math.max(tone, TONES.indexOf(mark) + 1 || TONES.length + 1)
    }
    let lower = base.toLowerCase()
    const upper = lower !== base
    if (lower === ETH) {
      lower = 'd'
      tone = Math.max(tone, TONES.length + 2)
    }
    const punctuation = punctuationOf(base)
    key.primary.push(
      letterWeight.get(lower) ?? punctuation ?? OTHER_BASE + (lower.codePointAt(0) ?? 0),
      0,
    )
    key.secondary.push(tone)
    // Case, and a no-break space or a dash other than the listed ones, differ at the last level.
    const variant = base === '\u00A0' || (punctuation !== undefined && !PUNCTUATION.includes(base))
    key.tertiary.push(upper || variant ? 1 : 0)
  }
  return key
}

function compareLists(a: readonly number[], b: readonly number[]): number {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i += 1) {
    const d = (a[i] as number) - (b[i] as number)
    if (d !== 0) return d < 0 ? -1 : 1
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1
}

/** Keys of the names compared so far: a table sorts the same names again and again. */
const keys = new Map<string, SortKey>()
const KEPT_KEYS = 5000

function cachedKey(text: string): SortKey {
  let key = keys.get(text)
  if (!key) {
    if (keys.size >= KEPT_KEYS) keys.clear()
    key = keyOf(text)
    keys.set(text, key)
  }
  return key
}

/** Orders names by Vietnamese collation ("Đức Hòa" after "Dương", before "Kiến Tường"). */
export function compareVi(a: string, b: string): number {
  if (a === b) return 0
  const x = cachedKey(a)
  const y = cachedKey(b)
  return (
    compareLists(x.primary, y.primary) ||
    compareLists(x.secondary, y.secondary) ||
    compareLists(x.tertiary, y.tertiary)
  )
}
