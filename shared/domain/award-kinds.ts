/**
 * Emulation titles and commendation forms (Luật Thi đua, khen thưởng 2022). Who may issue them
 * changes with the law: see award-issuer-rules.ts.
 */
export const ISSUER_LEVELS = [
  'STATE_PRESIDENT',
  'PRIME_MINISTER',
  'GOVERNMENT',
  'MINISTRY',
  'PROVINCE',
  'DISTRICT',
  'COMMUNE',
  'AGENCY_HEAD',
] as const
export type IssuerLevel = (typeof ISSUER_LEVELS)[number]

export const ISSUER_LEVEL_LABELS: Record<IssuerLevel, { vi: string; en: string }> = {
  STATE_PRESIDENT: { vi: 'Chủ tịch nước', en: 'State President' },
  PRIME_MINISTER: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
  GOVERNMENT: { vi: 'Chính phủ', en: 'Government' },
  MINISTRY: { vi: 'Bộ, ngành trung ương', en: 'Ministry' },
  PROVINCE: { vi: 'UBND tỉnh', en: 'Province' },
  DISTRICT: { vi: 'UBND cấp huyện', en: 'District' },
  COMMUNE: { vi: 'UBND cấp xã', en: 'Commune' },
  AGENCY_HEAD: { vi: 'Thủ trưởng cơ quan, đơn vị', en: 'Agency head' },
}

export const AWARD_FAMILIES = ['TITLE', 'FORM'] as const
export type AwardFamily = (typeof AWARD_FAMILIES)[number]

export const RECIPIENT_TYPES = ['COLLECTIVE', 'INDIVIDUAL', 'HOUSEHOLD'] as const
export type RecipientType = (typeof RECIPIENT_TYPES)[number]

export const RECIPIENT_TYPE_LABELS: Record<RecipientType, { vi: string; en: string }> = {
  COLLECTIVE: { vi: 'Tập thể', en: 'Collective' },
  INDIVIDUAL: { vi: 'Cá nhân', en: 'Individual' },
  HOUSEHOLD: { vi: 'Hộ gia đình', en: 'Household' },
}

export const AWARD_REASONS = ['PAR', 'EMULATION', 'OTHER'] as const
export type AwardReason = (typeof AWARD_REASONS)[number]

export const AWARD_REASON_LABELS: Record<AwardReason, { vi: string; en: string }> = {
  PAR: { vi: 'Cải cách hành chính', en: 'Administrative reform' },
  EMULATION: { vi: 'Phong trào thi đua', en: 'Emulation movement' },
  OTHER: { vi: 'Khác', en: 'Other' },
}

export const AWARD_CODES = [
  'GOV_EMULATION_FLAG',
  'PROVINCE_EMULATION_FLAG',
  'EXCELLENT_COLLECTIVE',
  'ADVANCED_COLLECTIVE',
  'NATIONAL_EMULATION_FIGHTER',
  'PROVINCE_EMULATION_FIGHTER',
  'GRASSROOTS_EMULATION_FIGHTER',
  'ADVANCED_WORKER',
  'CULTURAL_VILLAGE',
  'CULTURAL_FAMILY',
  'LABOUR_ORDER',
  'PM_MERIT_CERTIFICATE',
  'PROVINCE_MERIT_CERTIFICATE',
  'MERIT_CERTIFICATE',
] as const
export type AwardCode = (typeof AWARD_CODES)[number]

export type AwardKind = {
  code: AwardCode
  vi: string
  en: string
  family: AwardFamily
  recipients: readonly RecipientType[]
}

const BOTH = ['COLLECTIVE', 'INDIVIDUAL'] as const

/** The award taxonomy of DOMAIN.md, keyed by code. */
export const AWARD_KINDS: Record<AwardCode, AwardKind> = {
  GOV_EMULATION_FLAG: {
    code: 'GOV_EMULATION_FLAG',
    vi: 'Cờ thi đua của Chính phủ',
    en: 'Government emulation flag',
    family: 'TITLE',
    recipients: ['COLLECTIVE'],
  },
  PROVINCE_EMULATION_FLAG: {
    code: 'PROVINCE_EMULATION_FLAG',
    vi: 'Cờ thi đua của UBND tỉnh',
    en: 'Provincial emulation flag',
    family: 'TITLE',
    recipients: ['COLLECTIVE'],
  },
  EXCELLENT_COLLECTIVE: {
    code: 'EXCELLENT_COLLECTIVE',
    vi: 'Tập thể lao động xuất sắc',
    en: 'Excellent labour collective',
    family: 'TITLE',
    recipients: ['COLLECTIVE'],
  },
  ADVANCED_COLLECTIVE: {
    code: 'ADVANCED_COLLECTIVE',
    vi: 'Tập thể lao động tiên tiến',
    en: 'Advanced labour collective',
    family: 'TITLE',
    recipients: ['COLLECTIVE'],
  },
  NATIONAL_EMULATION_FIGHTER: {
    code: 'NATIONAL_EMULATION_FIGHTER',
    vi: 'Chiến sĩ thi đua toàn quốc',
    en: 'National emulation fighter',
    family: 'TITLE',
    recipients: ['INDIVIDUAL'],
  },
  PROVINCE_EMULATION_FIGHTER: {
    code: 'PROVINCE_EMULATION_FIGHTER',
    vi: 'Chiến sĩ thi đua cấp tỉnh',
    en: 'Provincial emulation fighter',
    family: 'TITLE',
    recipients: ['INDIVIDUAL'],
  },
  GRASSROOTS_EMULATION_FIGHTER: {
    code: 'GRASSROOTS_EMULATION_FIGHTER',
    vi: 'Chiến sĩ thi đua cơ sở',
    en: 'Grassroots emulation fighter',
    family: 'TITLE',
    recipients: ['INDIVIDUAL'],
  },
  ADVANCED_WORKER: {
    code: 'ADVANCED_WORKER',
    vi: 'Lao động tiên tiến',
    en: 'Advanced worker',
    family: 'TITLE',
    recipients: ['INDIVIDUAL'],
  },
  CULTURAL_VILLAGE: {
    code: 'CULTURAL_VILLAGE',
    vi: 'Thôn, tổ dân phố văn hóa',
    en: 'Cultural village',
    family: 'TITLE',
    recipients: ['COLLECTIVE'],
  },
  CULTURAL_FAMILY: {
    code: 'CULTURAL_FAMILY',
    vi: 'Gia đình văn hóa',
    en: 'Cultural family',
    family: 'TITLE',
    recipients: ['HOUSEHOLD'],
  },
  LABOUR_ORDER: {
    code: 'LABOUR_ORDER',
    vi: 'Huân chương Lao động',
    en: 'Labour Order',
    family: 'FORM',
    recipients: BOTH,
  },
  PM_MERIT_CERTIFICATE: {
    code: 'PM_MERIT_CERTIFICATE',
    vi: 'Bằng khen của Thủ tướng Chính phủ',
    en: "Prime Minister's certificate of merit",
    family: 'FORM',
    recipients: BOTH,
  },
  PROVINCE_MERIT_CERTIFICATE: {
    code: 'PROVINCE_MERIT_CERTIFICATE',
    vi: 'Bằng khen của Chủ tịch UBND tỉnh',
    en: 'Provincial certificate of merit',
    family: 'FORM',
    recipients: BOTH,
  },
  MERIT_CERTIFICATE: {
    code: 'MERIT_CERTIFICATE',
    vi: 'Giấy khen',
    // Not "certificate of merit": that is the Bằng khen, a higher award, in English.
    en: 'Certificate of commendation',
    family: 'FORM',
    recipients: BOTH,
  },
}
