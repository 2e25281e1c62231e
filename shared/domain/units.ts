/**
 * Administrative unit levels, from the country down to the commune. MINISTRY: ministries and
 * central agencies, ranked by the country beside the provinces (in a cohort of their own).
 */
export const UNIT_KINDS = [
  'COUNTRY',
  'PROVINCE',
  'MINISTRY',
  'DEPARTMENT',
  'DISTRICT',
  'COMMUNE',
] as const
export type UnitKind = (typeof UNIT_KINDS)[number]

/** Kinds that are ranked in cohorts (a PROVINCE or MINISTRY by the country, the rest by a province or district). */
export const RANKED_UNIT_KINDS = [
  'PROVINCE',
  'MINISTRY',
  'DEPARTMENT',
  'DISTRICT',
  'COMMUNE',
] as const

export const UNIT_KIND_LABELS: Record<UnitKind, { vi: string; en: string }> = {
  COUNTRY: { vi: 'Quốc gia', en: 'Country' },
  PROVINCE: { vi: 'Tỉnh, thành phố', en: 'Provinces' },
  MINISTRY: { vi: 'Bộ, cơ quan ngang bộ', en: 'Ministries' },
  DEPARTMENT: { vi: 'Sở, ban, ngành', en: 'Departments' },
  DISTRICT: { vi: 'Cấp huyện', en: 'Districts' },
  COMMUNE: { vi: 'Cấp xã', en: 'Commune level' },
}

/** One unit's level, as its profile names it ("Cấp huyện", "District"): the cohorts' are plural. */
export const UNIT_LEVEL_LABELS: Record<UnitKind, { vi: string; en: string }> = {
  COUNTRY: { vi: 'Quốc gia', en: 'Country' },
  PROVINCE: { vi: 'Cấp tỉnh', en: 'Province' },
  MINISTRY: { vi: 'Bộ, cơ quan ngang bộ', en: 'Ministry' },
  DEPARTMENT: { vi: 'Sở, ban, ngành', en: 'Provincial department' },
  DISTRICT: { vi: 'Cấp huyện', en: 'District' },
  COMMUNE: { vi: 'Cấp xã', en: 'Commune level' },
}

/**
 * What a rank's denominator calls a cohort of each level, as the press writes it
 * ("xếp hạng 5/15 huyện, thị xã, thành phố"; "5th of 15 districts").
 */
export const UNIT_KIND_COHORT_NOUNS: Record<UnitKind, { vi: string; en: string }> = {
  COUNTRY: { vi: 'quốc gia', en: 'countries' },
  PROVINCE: { vi: 'tỉnh, thành phố', en: 'provinces' },
  MINISTRY: { vi: 'bộ, cơ quan ngang bộ', en: 'ministries' },
  DEPARTMENT: { vi: 'sở, ban, ngành', en: 'departments' },
  DISTRICT: { vi: 'huyện, thị xã, thành phố', en: 'districts' },
  COMMUNE: { vi: 'xã, phường, thị trấn', en: 'communes' },
}

/**
 * The first year assessed on the two-tier map (provinces and communes, from 1 July 2025): its
 * communes are communes, wards and special zones, and no township is left.
 */
export const FIRST_TWO_TIER_YEAR = 2025

/** The cohort noun of a level in a year ("xã, phường, đặc khu" from 2025; none: the level's). */
export function cohortNounOf(kind: UnitKind, year: number | null, lang: 'vi' | 'en'): string {
  if (kind === 'COMMUNE' && year !== null && year >= FIRST_TWO_TIER_YEAR)
    return lang === 'vi' ? 'xã, phường, đặc khu' : 'communes, wards and special zones'
  return UNIT_KIND_COHORT_NOUNS[kind][lang]
}

/** Words that open a block's name when the block names its units ("Phường", "Khối xã, đặc khu"). */
const UNIT_WORDS = /^(?:xã|phường|thị trấn|đặc khu|sở|ban|huyện|quận|thị xã|thành phố)(?=$|[\s,])/u

// Mid-sentence the block's leading word loses its capital ("Xã, đặc khu" → "xã, đặc khu"), but an
// acronym keeps its capitals ("UBND cấp xã"); a block written all in capitals is lowered whole.
export function blockInSentence(block: string): string {
  const upper = block.toLocaleUpperCase('vi')
  if (block === upper && block !== block.toLocaleLowerCase('vi'))
    return block.toLocaleLowerCase('vi')
  const firstWord = block.split(/[\s,]/)[0] ?? ''
  if (firstWord.length > 1 && firstWord === firstWord.toLocaleUpperCase('vi')) return block
  return `${block.charAt(0).toLocaleLowerCase('vi')}${block.slice(1)}`
}

/**
 * The units a published block names, as a sentence says them ("Khối phường" → "phường", "Xã, đặc
 * khu" → "xã, đặc khu"); null for a block named otherwise ("Nhóm I", "Khối A").
 */
export function unitsOfBlock(block: string): string | null {
  const name = block
    .trim()
    .replace(/\s+/gu, ' ')
    .replace(/^khối\s+/iu, '')
  return UNIT_WORDS.test(name.toLocaleLowerCase('vi')) ? blockInSentence(name) : null
}

/**
 * A block named by unit titles, in English ("Phường" → "wards", "Khối xã, đặc khu" → "communes,
 * and special zones"); null for a block named otherwise ("Nhóm I", "Khối A"), which stays as the
 * decision wrote it.
 */
export function blockInEnglish(block: string): string | null {
  const name = block
    .trim()
    .replace(/\s+/gu, ' ')
    .replace(/^khối\s+/iu, '')
    .toLocaleLowerCase('vi')
  const words = name.split(/\s*,\s*|\s+và\s+/u).map((part) => TITLES_IN_ENGLISH.get(part))
  if (words.length === 0 || words.some((w) => w === undefined)) return null
  return words.length === 1
    ? (words[0] ?? null)
    : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
}

/**
 * A unit's title for a period (held on its placement): what it is called in grammar and on
 * screen. RECLASSIFY changes it (xã → phường, huyện → thị xã) without changing the level.
 */
export const UNIT_TITLES = [
  'TINH',
  'THANH_PHO_TW',
  'BO',
  'SO',
  'BAN',
  'HUYEN',
  'QUAN',
  'THI_XA',
  'THANH_PHO',
  'XA',
  'PHUONG',
  'THI_TRAN',
  'DAC_KHU',
] as const
export type UnitTitle = (typeof UNIT_TITLES)[number]

/** Title labels: `vi` as it starts a name ("Phường"), `en` as it follows one ("ward"). */
export const UNIT_TITLE_LABELS: Record<UnitTitle, { vi: string; en: string; kind: UnitKind }> = {
  TINH: { vi: 'Tỉnh', en: 'province', kind: 'PROVINCE' },
  THANH_PHO_TW: { vi: 'Thành phố', en: 'city', kind: 'PROVINCE' },
  BO: { vi: 'Bộ', en: 'ministry', kind: 'MINISTRY' },
  SO: { vi: 'Sở', en: 'department', kind: 'DEPARTMENT' },
  BAN: { vi: 'Ban', en: 'board', kind: 'DEPARTMENT' },
  HUYEN: { vi: 'Huyện', en: 'district', kind: 'DISTRICT' },
  QUAN: { vi: 'Quận', en: 'urban district', kind: 'DISTRICT' },
  THI_XA: { vi: 'Thị xã', en: 'town', kind: 'DISTRICT' },
  THANH_PHO: { vi: 'Thành phố', en: 'city', kind: 'DISTRICT' },
  XA: { vi: 'Xã', en: 'commune', kind: 'COMMUNE' },
  PHUONG: { vi: 'Phường', en: 'ward', kind: 'COMMUNE' },
  THI_TRAN: { vi: 'Thị trấn', en: 'township', kind: 'COMMUNE' },
  DAC_KHU: { vi: 'Đặc khu', en: 'special zone', kind: 'COMMUNE' },
}

/**
 * Lineage events between units (DESIGN "Lineage"). TRANSFER: part of a unit's territory moves
 * to another; RECLASSIFY: a change of title (xã → phường); DISSOLVE: no successor.
 */
export const LINEAGE_EVENTS = [
  'MERGE',
  'SPLIT',
  'TRANSFER',
  'RENAME',
  'RECLASSIFY',
  'DISSOLVE',
] as const
export type LineageEvent = (typeof LINEAGE_EVENTS)[number]

export const LINEAGE_EVENT_LABELS: Record<LineageEvent, { vi: string; en: string }> = {
  MERGE: { vi: 'Sáp nhập', en: 'Merger' },
  SPLIT: { vi: 'Chia tách', en: 'Split' },
  TRANSFER: { vi: 'Điều chỉnh địa giới', en: 'Boundary transfer' },
  RENAME: { vi: 'Đổi tên', en: 'Renaming' },
  RECLASSIFY: { vi: 'Chuyển loại', en: 'Reclassification' },
  DISSOLVE: { vi: 'Giải thể', en: 'Dissolution' },
}

/**
 * A unit code as organisations write it: letters, digits, `-`, `_`, `.` (official numeric codes
 * such as `79` or `26734` included), 1–64 characters; matched without regard to case.
 */
export const UNIT_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/

/** Whether `value`, trimmed, is a unit code (as `unitCodeSchema` reads one from a request). */
export function isUnitCode(value: string): boolean {
  return UNIT_CODE_PATTERN.test(value.trim())
}

/** The key codes are matched on: upper case (codes are ASCII). */
export function unitCodeKey(code: string): string {
  return code.trim().toUpperCase()
}

/** First and last year the product accepts for any yearly figure. */
export const MIN_YEAR = 2000
export const MAX_YEAR = 2100

/** The date a year's placements are read at: its last day. */
export function yearReferenceDate(year: number): string {
  return `${year}-12-31`
}

const plural = (noun: string) => (noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`)

/** Each title as a block names it ("phường"), in English and in the plural ("wards"). */
const TITLES_IN_ENGLISH: ReadonlyMap<string, string> = new Map(
  Object.values(UNIT_TITLE_LABELS).map((l) => [l.vi.toLocaleLowerCase('vi'), plural(l.en)]),
)
