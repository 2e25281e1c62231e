import { describe, expect, it } from 'vitest'
import { shownBlock } from './cohort-label.ts'

describe('shownBlock', () => {
  it('writes a block named by unit titles in English, and any other as the decision did', () => {
    expect(shownBlock('COMMUNE', 'Phường', 'en')).toBe('Wards')
    expect(shownBlock('COMMUNE', 'Xã, đặc khu', 'en')).toBe('Communes and special zones')
    expect(shownBlock('COMMUNE', 'Phường', 'vi')).toBe('Phường')
    expect(shownBlock('COMMUNE', 'Khối A', 'en')).toBe('Khối A')
  })

  it('leaves out the default cohort and a block that only repeats the level', () => {
    expect(shownBlock('COMMUNE', null, 'en')).toBeNull()
    expect(shownBlock('DEPARTMENT', 'Sở, ban, ngành', 'vi')).toBeNull()
  })
})
