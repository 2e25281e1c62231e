import { describe, expect, it } from 'vitest'
import { decimalText, type DecimalOptions, intlDecimalText as intl } from './decimal-text.ts'

/** A seeded generator, so a failure names a value that fails again. */
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

const OPTIONS: DecimalOptions[] = [
  { minDigits: 0, maxDigits: 2 },
  { minDigits: 2, maxDigits: 2 },
  { minDigits: 2, maxDigits: 2, sign: 'exceptZero' },
  { minDigits: 0, maxDigits: 2, sign: 'exceptZero' },
  { minDigits: 0, maxDigits: 1, percent: true },
  { minDigits: 2, maxDigits: 2, percent: true },
  { minDigits: 0, maxDigits: 0 },
]

// Values where rounding is decided: halves in decimal that are not halves in binary, zero and
// negative zero, values that round to zero, thousands and millions.
const EDGES = [
  0, -0, 1.005, 2.675, 0.125, -0.125, 0.004, -0.004, 0.005, -0.005, 80.1, 66.665, 99.995, 999.995,
  1000, 1234.5, -1234.5, 1_234_567.891, 100, 0.5, -0.5, 1.5, 2.5, 12_345_678_901_234.56,
]

describe('decimalText writes what Intl.NumberFormat writes', () => {
  it.each(['vi', 'en'] as const)('for edge values in %s', (lang) => {
    for (const options of OPTIONS)
      for (const value of EDGES) {
        const shown = options.percent ? value / 100 : value
        expect(decimalText(shown, lang, options), `${value} ${JSON.stringify(options)}`).toBe(
          intl(shown, lang, options),
        )
      }
  })

  it.each(['vi', 'en'] as const)('for 20,000 seeded values in %s', (lang) => {
    const next = random(lang === 'vi' ? 7 : 11)
    for (let i = 0; i < 20_000; i += 1) {
      const options = OPTIONS[i % OPTIONS.length] as DecimalOptions
      const scale = 10 ** Math.floor(next() * 7)
      // Three-decimal values as imported tables hold them, and arbitrary doubles.
      const raw = (next() - 0.3) * scale
      const value = i % 2 === 0 ? Math.round(raw * 1000) / 1000 : raw
      const shown = options.percent ? value / 100 : value
      expect(decimalText(shown, lang, options), `${shown} ${JSON.stringify(options)}`).toBe(
        intl(shown, lang, options),
      )
    }
  })

  it('leaves what toFixed cannot write to Intl', () => {
    const options = { minDigits: 0, maxDigits: 2 }
    for (const value of [Number.NaN, Infinity, -Infinity, 1e21, -3e25])
      expect(decimalText(value, 'vi', options)).toBe(intl(value, 'vi', options))
  })
})
