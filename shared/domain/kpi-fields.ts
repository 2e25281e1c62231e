/** PAR Index fields (lĩnh vực). Schemes pick a subset and give each a maximum. */
export const KPI_FIELDS = [
  'LEADERSHIP',
  'INSTITUTIONS',
  'PROCEDURES',
  'ORGANISATION',
  'CIVIL_SERVICE',
  'PUBLIC_FINANCE',
  'DIGITAL_GOVERNMENT',
  'ONE_STOP_SHOP',
  'IMPACT',
  'ADJUSTMENT',
] as const
export type KpiField = (typeof KPI_FIELDS)[number]

export const KPI_FIELD_LABELS: Record<KpiField, { vi: string; en: string }> = {
  LEADERSHIP: {
    vi: 'Công tác chỉ đạo, điều hành cải cách hành chính',
    en: 'Leadership and direction of PAR',
  },
  INSTITUTIONS: { vi: 'Cải cách thể chế', en: 'Institutional reform' },
  PROCEDURES: { vi: 'Cải cách thủ tục hành chính', en: 'Administrative procedure reform' },
  ORGANISATION: { vi: 'Cải cách tổ chức bộ máy hành chính', en: 'Organisational reform' },
  CIVIL_SERVICE: { vi: 'Cải cách chế độ công vụ', en: 'Civil service reform' },
  PUBLIC_FINANCE: { vi: 'Cải cách tài chính công', en: 'Public finance reform' },
  DIGITAL_GOVERNMENT: {
    vi: 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
    en: 'E-government and digital government',
  },
  ONE_STOP_SHOP: {
    vi: 'Thực hiện cơ chế một cửa, một cửa liên thông',
    en: 'One-stop-shop mechanism',
  },
  IMPACT: {
    vi: 'Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH',
    en: 'Impact of PAR on people, organisations and development',
  },
  ADJUSTMENT: { vi: 'Điểm thưởng / điểm trừ', en: 'Bonus / penalty points' },
}

/** Short labels for axes and narrow tables. */
export const KPI_FIELD_SHORT_LABELS: Record<KpiField, { vi: string; en: string }> = {
  LEADERSHIP: { vi: 'Chỉ đạo, điều hành', en: 'Leadership' },
  INSTITUTIONS: { vi: 'Thể chế', en: 'Institutions' },
  PROCEDURES: { vi: 'Thủ tục hành chính', en: 'Procedures' },
  ORGANISATION: { vi: 'Tổ chức bộ máy', en: 'Organisation' },
  CIVIL_SERVICE: { vi: 'Chế độ công vụ', en: 'Civil service' },
  PUBLIC_FINANCE: { vi: 'Tài chính công', en: 'Public finance' },
  DIGITAL_GOVERNMENT: { vi: 'Chính quyền số', en: 'Digital government' },
  ONE_STOP_SHOP: { vi: 'Một cửa', en: 'One-stop shop' },
  IMPACT: { vi: 'Tác động', en: 'Impact' },
  ADJUSTMENT: { vi: 'Thưởng / trừ', en: 'Bonus / penalty' },
}

/**
 * A field code as schemes, task files and assessment column headers write it: upper-case ASCII,
 * digits and underscores, a letter first ("ADMIN_PROCEDURES"). The one pattern for all three.
 */
export const FIELD_CODE_PATTERN = /^[A-Z][A-Z0-9_]*$/

/** A known field's short name in `lang` ("Thể chế"); null for a field a scheme adds of its own. */
export function knownFieldName(code: string, lang: 'vi' | 'en'): string | null {
  return (KPI_FIELDS as readonly string[]).includes(code)
    ? KPI_FIELD_SHORT_LABELS[code as KpiField][lang]
    : null
}

/** How a field's points are obtained. */
export const FIELD_COMPONENTS = ['APPRAISAL', 'SURVEY'] as const
export type FieldComponent = (typeof FIELD_COMPONENTS)[number]
