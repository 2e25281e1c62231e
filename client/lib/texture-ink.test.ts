import { describe, expect, it } from 'vitest'
import { contrastRatio } from './contrast.ts'
import { CATEGORICAL, GRADE_RAMP, NEGATIVE } from './palette.ts'
import { patternMarkup } from './pattern-markup.ts'
import { textureInk } from './texture-ink.ts'

describe('texture ink', () => {
  it('keeps every texture at least 2.5:1 from its fill in lightness, so it survives a grey print', () => {
    // Black and the darkest grades carry solid fills or white marks far above this.
    for (const fill of [...GRADE_RAMP, ...CATEGORICAL, NEGATIVE])
      expect(contrastRatio(fill, textureInk(fill)), fill).toBeGreaterThanOrEqual(2.5)
  })

  it('draws white on dark fills and a shade of the fill on light ones', () => {
    expect(textureInk('#3E4989')).toBe('#FFFFFF')
    const onLightest = textureInk(GRADE_RAMP[0])
    expect(onLightest).not.toBe('#FFFFFF')
    expect(contrastRatio(GRADE_RAMP[0], '#FFFFFF')).toBeLessThan(2)
  })

  it('exports the ink the screen draws', () => {
    const fill = GRADE_RAMP[0]
    expect(patternMarkup('p', fill, 'checker')).toContain(`fill="${textureInk(fill)}"`)
    expect(patternMarkup('p', fill, 'hatch')).toContain(`stroke="${textureInk(fill)}"`)
  })
})
