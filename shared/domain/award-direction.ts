// Whether a unit gave an award or received it. A grant is recorded under one unit with the level
// that issued it (DESIGN.md, the awards import format): at the unit's own level — a district's
// people's committee, a commune's, a department's head — the unit gave it to its collectives,
// people and households; from a level above (a province's Bằng khen to a district, the Prime
// Minister's) the unit, or its people, received it.
import type { IssuerLevel } from './award-kinds.ts'

export const AWARD_DIRECTIONS = ['GIVEN', 'RECEIVED'] as const
export type AwardDirection = (typeof AWARD_DIRECTIONS)[number]

/**
 * The levels that issue awards in a unit's own name, by the unit's level. The agency heads who
 * issue a Giấy khen (DOMAIN.md) head a ministry's or a province's agencies: a district's or a
 * commune's offices issue none, so an agency head's Giấy khen to a district or commune ("Giấy
 * khen của Giám đốc Sở Nội vụ") came from above.
 */
const OWN_LEVELS: Readonly<Record<string, readonly IssuerLevel[]>> = {
  COUNTRY: ['STATE_PRESIDENT', 'PRIME_MINISTER', 'GOVERNMENT'],
  MINISTRY: ['MINISTRY', 'AGENCY_HEAD'],
  PROVINCE: ['PROVINCE', 'AGENCY_HEAD'],
  DEPARTMENT: ['AGENCY_HEAD'],
  DISTRICT: ['DISTRICT'],
  COMMUNE: ['COMMUNE'],
}

/**
 * GIVEN when the issuing level is the unit's own, RECEIVED when it is another (a level above).
 * @example awardDirection('DISTRICT', 'DISTRICT') // 'GIVEN': a district's Giấy khen
 * @example awardDirection('DISTRICT', 'PROVINCE') // 'RECEIVED': the province's Bằng khen
 */
export function awardDirection(unitKind: string, issuerLevel: string): AwardDirection {
  const own = OWN_LEVELS[unitKind] ?? []
  return (own as readonly string[]).includes(issuerLevel) ? 'GIVEN' : 'RECEIVED'
}
