// Decimal numbers as Intl.NumberFormat writes them for vi-VN and en-GB, without Intl. Creating an
// Intl.NumberFormat loads the locale's data: the first one of a visit took about 75 ms of a phone's
// first render (4× CPU slow-down), inside the long task that draws the overview's tiles. The text
// is Intl's own: decimal-text.test.ts compares them over edge cases and 40,000 seeded values.
import { type Language, localeOf } from './language.ts'

export type DecimalOptions = {
  minDigits: number
  maxDigits: number
  /** 'exceptZero': "+5,35" and "-1,20", but "0,00" for anything that rounds to zero. */
  sign?: 'auto' | 'exceptZero'
  /** The value is a share (0.691 → "69,1%"), as Intl's percent style. */
  percent?: boolean
}

const SEPARATORS: Record<Language, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
}

/** Beyond any figure shown here: such values go to Intl, as do NaN and infinities. */
const LARGEST_WRITTEN = 1e21

/**
 * What Intl.NumberFormat writes for `options`: decimalText's text for values it leaves to Intl,
 * and the reference its test compares it with.
 */
export function intlDecimalText(value: number, lang: Language, options: DecimalOptions): string {
  return new Intl.NumberFormat(localeOf(lang), {
    minimumFractionDigits: options.minDigits,
    maximumFractionDigits: options.maxDigits,
    signDisplay: options.sign ?? 'auto',
    style: options.percent ? 'percent' : 'decimal',
  }).format(value)
}

function groupThousands(integer: string, separator: string): string {
  if (integer.length <= 3) return integer
  const head = integer.length % 3 || 3
  let out = integer.slice(0, head)
  for (let i = head; i < integer.length; i += 3) out += separator + integer.slice(i, i + 3)
  return out
}

/** `value` written with between `minDigits` and `maxDigits` decimals, grouped by thousands. */
export function decimalText(value: number, lang: Language, options: DecimalOptions): string {
  if (!Number.isFinite(value) || Math.abs(value) >= LARGEST_WRITTEN) {
    return intlDecimalText(value, lang, options)
  }
  const { minDigits, maxDigits, percent = false } = options
  const rounded = roundedDigits(Math.abs(value), maxDigits, percent ? 2 : 0)
  let integer = rounded.slice(0, rounded.length - maxDigits).replace(/^0+(?=\d)/, '') || '0'
  let fraction = rounded.slice(rounded.length - maxDigits)
  const roundsToZero = /^0*$/.test(rounded)
  let keep = fraction.length
  while (keep > minDigits && fraction[keep - 1] === '0') keep -= 1
  fraction = fraction.slice(0, keep)
  const negative = value < 0 || Object.is(value, -0)
  const sign =
    options.sign === 'exceptZero' ? (roundsToZero ? '' : negative ? '-' : '+') : negative ? '-' : ''
  const { group, decimal } = SEPARATORS[lang]
  integer = groupThousands(integer, group)
  return `${sign}${integer}${fraction ? decimal + fraction : ''}${percent ? '%' : ''}`
}

/**
 * The digits of `magnitude` × 10^`shift` rounded half away from zero to `decimals` places, with
 * no decimal point ("1632.215", 2 → "163222"). Like ICU, it rounds the shortest decimal that reads
 * back as the same double ("1632.215"), not the double's exact binary value (1632.21499…).
 */
function roundedDigits(magnitude: number, decimals: number, shift: number): string {
  const [mantissa = '0', exponentText = '0'] = magnitude.toExponential().split('e')
  const digits = mantissa.replace('.', '')
  // How many of `digits` are kept: those before the point, then `decimals` after it.
  const keep = Number(exponentText) + shift + 1 + decimals
  if (keep < 0) return '0'.repeat(decimals + 1)
  const kept = digits.slice(0, keep).padEnd(keep, '0')
  const roundUp = (digits[keep] ?? '0') >= '5'
  const value = BigInt(kept || '0') + (roundUp ? 1n : 0n)
  return value.toString().padStart(decimals + 1, '0')
}
