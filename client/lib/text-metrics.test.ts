import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXPORT_FONT_FAMILY, SCREEN_FONT_FAMILY, estimateTextWidth } from './text-metrics.ts'

const STYLES = readFileSync(join(process.cwd(), 'client/app/styles.css'), 'utf8')

/** The families of a CSS font-family value, in order, without quotes or spaces. */
const families = (value: string) =>
  value.split(',').map((family) => family.trim().replace(/^['"]|['"]$/g, ''))

describe('typefaces', () => {
  it('the page is set in the face the chart axes measure with', () => {
    const rootRule = /:root\s*{([^}]*)}/.exec(STYLES)?.[1] ?? ''
    const declared = /font-family:([^;]*);/.exec(rootRule.replace(/\/\*[\s\S]*?\*\//g, ''))?.[1]
    expect(declared, 'styles.css :root sets font-family').toBeDefined()
    expect(families(declared ?? '')).toEqual(families(SCREEN_FONT_FAMILY))
  })

  it('exports name Inter first, then the screen faces', () => {
    expect(families(EXPORT_FONT_FAMILY)).toEqual(['Inter', ...families(SCREEN_FONT_FAMILY)])
  })

  it('no stylesheet of the page downloads a font', () => {
    expect(STYLES).not.toMatch(/@font-face/)
  })
})

describe('estimateTextWidth', () => {
  it('gives a negative figure’s minus sign the width of the plus beside it, not a full em', () => {
    expect(estimateTextWidth('\u22126,08', 20)).toBe(estimateTextWidth('+6,08', 20))
    expect(estimateTextWidth('\u22126,08', 20, true)).toBe(estimateTextWidth('+6,08', 20, true))
  })
})
