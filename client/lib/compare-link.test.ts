import { describe, expect, it } from 'vitest'
import { compareHref } from './compare-link.ts'

describe('compareHref', () => {
  it('links with only what is given, the block as `cohort`', () => {
    expect(
      compareHref({
        units: ['TAY_NINH.X'],
        parent: 'TAY_NINH',
        kind: 'COMMUNE',
        block: 'Phường',
        year: 2025,
        focus: 'TAY_NINH.X',
      }),
    ).toBe(
      '/compare?units=TAY_NINH.X&parent=TAY_NINH&kind=COMMUNE&cohort=Ph%C6%B0%E1%BB%9Dng&year=2025&focus=TAY_NINH.X',
    )
    expect(compareHref({})).toBe('/compare')
  })
})
