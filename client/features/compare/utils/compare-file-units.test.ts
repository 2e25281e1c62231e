import { describe, expect, it } from 'vitest'
import { exportFileName } from '#client/lib/slug.ts'
import { compareFileUnits } from './compare-file-units.ts'

describe('compareFileUnits', () => {
  it('names the units compared, their common parent once', () => {
    const units = compareFileUnits(['LONG_AN.THANH_HOA', 'LONG_AN.BEN_LUC', 'LONG_AN.DUC_HOA'])
    expect(exportFileName('compare-fields', units, 2024, 'png')).toBe(
      'compare-fields-long-an-thanh-hoa-ben-luc-duc-hoa-2024.png',
    )
  })

  it('keeps each code whole where the units have no parent in common', () => {
    expect(compareFileUnits(['TAY_NINH', 'AN_GIANG.LONG_XUYEN', '26734'])).toBe(
      'TAY_NINH.AN_GIANG.LONG_XUYEN.26734',
    )
    // A unit that is the others' parent keeps its own code.
    expect(compareFileUnits(['LONG_AN', 'LONG_AN.THANH_HOA'])).toBe('LONG_AN.LONG_AN.THANH_HOA')
  })

  it('gives two comparisons two names', () => {
    expect(compareFileUnits(['LONG_AN.THANH_HOA', 'LONG_AN.BEN_LUC'])).not.toBe(
      compareFileUnits(['LONG_AN.THANH_HOA', 'LONG_AN.DUC_HOA']),
    )
  })
})
