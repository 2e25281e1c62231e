/** Administrative unit kinds, from the country down to the commune. */
export const UNIT_KINDS = ['COUNTRY', 'PROVINCE', 'DEPARTMENT', 'DISTRICT', 'COMMUNE'] as const
export type UnitKind = (typeof UNIT_KINDS)[number]

/** Kinds that are ranked in cohorts (a PROVINCE is ranked by the country, the rest by a province or district). */
export const RANKED_UNIT_KINDS = ['PROVINCE', 'DEPARTMENT', 'DISTRICT', 'COMMUNE'] as const

export const UNIT_KIND_LABELS: Record<UnitKind, { vi: string; en: string }> = {
  COUNTRY: { vi: 'Quốc gia', en: 'Country' },
  PROVINCE: { vi: 'Tỉnh, thành phố', en: 'Provinces' },
  DEPARTMENT: { vi: 'Sở, ban, ngành', en: 'Departments' },
  DISTRICT: { vi: 'Cấp huyện', en: 'Districts' },
  COMMUNE: { vi: 'Cấp xã', en: 'Communes' },
}

/** Lineage events between units (DOMAIN.md: the 2025 restructuring merged and renamed units). */
export const LINEAGE_EVENTS = ['MERGE', 'SPLIT', 'RENAME'] as const
export type LineageEvent = (typeof LINEAGE_EVENTS)[number]

/** First and last year the product accepts for any yearly figure. */
export const MIN_YEAR = 2000
export const MAX_YEAR = 2100
