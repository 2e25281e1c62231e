import { describe, expect, it } from 'vitest'
import { awardDirection } from './award-direction.ts'

describe('awardDirection', () => {
  it('counts a grant at the unit’s own level as given', () => {
    expect(awardDirection('DISTRICT', 'DISTRICT')).toBe('GIVEN')
    expect(awardDirection('COMMUNE', 'COMMUNE')).toBe('GIVEN')
    expect(awardDirection('DEPARTMENT', 'AGENCY_HEAD')).toBe('GIVEN')
    expect(awardDirection('PROVINCE', 'PROVINCE')).toBe('GIVEN')
  })

  it('counts a grant from a level above as received', () => {
    expect(awardDirection('DISTRICT', 'PROVINCE')).toBe('RECEIVED')
    expect(awardDirection('COMMUNE', 'DISTRICT')).toBe('RECEIVED')
    expect(awardDirection('DEPARTMENT', 'PROVINCE')).toBe('RECEIVED')
    expect(awardDirection('PROVINCE', 'PRIME_MINISTER')).toBe('RECEIVED')
    // A department director's Giấy khen to a district's or a commune's people: from above.
    expect(awardDirection('DISTRICT', 'AGENCY_HEAD')).toBe('RECEIVED')
    expect(awardDirection('COMMUNE', 'AGENCY_HEAD')).toBe('RECEIVED')
  })
})
