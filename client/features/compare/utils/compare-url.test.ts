import { describe, expect, it } from 'vitest'
import { defaultUnits, parseCompareUrl, withUnit } from './compare-url.ts'

describe('compare URL', () => {
  it('reads units (duplicates dropped, whatever their case), the cohort and the year', () => {
    const parsed = parseCompareUrl(
      new URLSearchParams(
        'units=LONG_AN.THANH_HOA, long_an.thanh_hoa,LONG_AN.SO_TU_PHAP&parent=LONG_AN&kind=DISTRICT&year=2022',
      ),
    )
    expect(parsed).toEqual({
      ok: true,
      value: {
        units: ['LONG_AN.THANH_HOA', 'LONG_AN.SO_TU_PHAP'],
        chosenBy: 'reader',
        cohort: { parent: 'LONG_AN', kind: 'DISTRICT', year: 2022 },
      },
    })
  })

  it('tells a link naming no units from one whose units were all removed', () => {
    const opened = parseCompareUrl(new URLSearchParams('parent=LONG_AN&kind=DISTRICT'))
    const emptied = parseCompareUrl(new URLSearchParams('units=&parent=LONG_AN&kind=DISTRICT'))
    expect(opened.ok && opened.value).toMatchObject({ units: [], chosenBy: null })
    expect(emptied.ok && emptied.value).toMatchObject({ units: [], chosenBy: 'reader' })
  })

  it('tells the units the page chose (defaults) from the reader’s (units), which win', () => {
    const parse = (search: string) => {
      const parsed = parseCompareUrl(new URLSearchParams(search))
      return parsed.ok && { units: parsed.value.units, chosenBy: parsed.value.chosenBy }
    }
    expect(parse('defaults=A,B,a')).toEqual({ units: ['A', 'B'], chosenBy: 'page' })
    expect(parse('defaults=A,B&units=C')).toEqual({ units: ['C'], chosenBy: 'reader' })
    expect(parse('defaults=A,B&units=')).toEqual({ units: [], chosenBy: 'reader' })
    // No units at all: the page chooses them again.
    expect(parse('defaults=')).toEqual({ units: [], chosenBy: null })
    expect(parseCompareUrl(new URLSearchParams('defaults=A,b c'))).toEqual({
      ok: false,
      invalid: ['defaults (b c)'],
    })
  })

  it('names what is wrong instead of guessing', () => {
    expect(parseCompareUrl(new URLSearchParams('units=A,b c&year=1800&kind=TOWN'))).toEqual({
      ok: false,
      invalid: ['units (b c)', 'kind', 'year'],
    })
  })

  it('opens with the reader’s unit and the top of the cohort, three in all', () => {
    expect(defaultUnits('C', ['A', 'B', 'C', 'D'])).toEqual(['C', 'A', 'B'])
    expect(defaultUnits('c', ['A', 'C', 'B'])).toEqual(['c', 'A', 'B'])
    expect(defaultUnits(null, ['A', 'B', 'C', 'D'])).toEqual(['A', 'B', 'C'])
    expect(defaultUnits(null, ['A'])).toEqual(['A'])
  })

  it('adds a unit once', () => {
    expect(withUnit(['A', 'B'], 'C')).toEqual(['A', 'B', 'C'])
    expect(withUnit(['A', 'B'], 'a')).toEqual(['A', 'B'])
  })
})
