import {
  blockInEnglish,
  blockInSentence,
  cohortNounOf,
  unitsOfBlock,
  UNIT_TITLE_LABELS,
  UNIT_TITLES,
  type UnitKind,
  type UnitTitle,
} from '../domain/units.ts'
import {
  isRankOnly,
  NOT_COMPARABLE_LABELS,
  type NotComparableReason,
} from '../kpi/comparability.ts'
import { deltaPct, rankChange } from '../kpi/year-over-year.ts'
import {
  formatMaxPoints,
  formatOfficial,
  ordinal,
  padRank,
  type TextLang,
} from './format-number.ts'

/**
 * Why a change on the previous year is not claimed (ADR 014 "Comparability"). COHORT_SIZE and
 * AMONG_LOADED withhold only the rank move; the others withhold the index change as well.
 */
export { NOT_COMPARABLE_REASONS, type NotComparableReason } from '../kpi/comparability.ts'

/** What the press-style sentence says about one unit and one year. */
export type SummaryFacts = {
  year: number
  /** The unit's name as published, e.g. "Huyện Thạnh Hóa", "Sở Tài nguyên và Môi trường", "Phường 1", "Đặc khu Phú Quốc". */
  unitName: string
  /** The unit's title that year (placement), null when unknown: then inferred from the name's leading word. */
  unitTitle: UnitTitle | null
  unitKind: UnitKind
  /** null for index-only results (many published tables give only a percentage). */
  points: number | null
  maxPoints: number | null
  indexPct: number
  /** The published rank where the decision gave one, else the computed rank. */
  rank: number
  /** The published number of units ranked where given, else the number ranked. */
  total: number
  /**
   * The rank is one computed among the units loaded of a partial table, the decision having given
   * none (`total` is then the units loaded): said as such, and compared with no other year's.
   */
  amongLoaded?: boolean
  /**
   * The rank is worked out from the index over the whole cohort, the decision's table giving no
   * rank for the unit: said beside it, so the sentence is not quoted as the decision's rank.
   */
  rankWorkedOut?: boolean
  /** The published block's name when the decision ranked the unit in a block (e.g. "Phường", "Xã, đặc khu"); null → the level's noun. */
  cohortBlock: string | null
  /** Another unit of the cohort shares the rank. */
  tied: boolean
  /** The same unit's previous year in a comparable cohort. indexPct/rank may be null. */
  previous: { year: number; indexPct: number | null; rank: number | null } | null
  /** Why the change on the previous year is not claimed. COHORT_SIZE and AMONG_LOADED withhold only the rank move (the index change is still said); the others withhold both. */
  notComparable: { reason: NotComparableReason; previousYear: number } | null
}

export type SummaryOptions = {
  /** "05/15" (provincial press, default) or "5/15" (national press). */
  padRanks?: boolean
}

// Ministries, departments and boards are organisations: their names are proper names, written
// with the capital the press keeps ("của Sở Tài nguyên và Môi trường", "Bộ Tư pháp").
const ORGANISATION_TITLES: ReadonlySet<UnitTitle> = new Set<UnitTitle>(['BO', 'SO', 'BAN'])

// "Quận 1" is "District 1" in English; "Urban District 1" is not how anyone writes it.
const NUMBERED_ENGLISH: Partial<Record<UnitTitle, string>> = { QUAN: 'District' }

type ParsedName = {
  /** The whole name, NFC, single spaces. */
  text: string
  title: UnitTitle | null
  /** The name without its leading title word ("Thạnh Hóa", "1"). */
  rest: string
}

function cleanName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim()
}

function parseName(name: string, title: UnitTitle | null, kind: UnitKind | null): ParsedName {
  const text = cleanName(name)
  const lower = text.toLocaleLowerCase('vi')
  // Several titles share a word ("Thành phố" is a district-level city or a centrally-run one):
  // the placement's title settles it, else the level does.
  const written = UNIT_TITLES.filter((candidate) =>
    lower.startsWith(`${UNIT_TITLE_LABELS[candidate].vi.toLocaleLowerCase('vi')} `),
  )
  if (written.length > 0) {
    // The name is as published: when its own word disagrees with the title, the word wins, so
    // the sentence never renames the unit ("Xã Tân Hòa" stays a xã in the year it was one).
    const chosen =
      (title && written.includes(title) ? title : undefined) ??
      written.find((candidate) => UNIT_TITLE_LABELS[candidate].kind === kind) ??
      (written[0] as UnitTitle)
    return { text, title: chosen, rest: text.slice(UNIT_TITLE_LABELS[chosen].vi.length + 1) }
  }
  return { text, title, rest: text }
}

function isNumbered(rest: string): boolean {
  return /^\d/.test(rest)
}

// Decree 30/2020/NĐ-CP writes "Thành phố Hồ Chí Minh" with a capital T in every position.
function isHoChiMinhCity(parsed: ParsedName): boolean {
  return (
    (parsed.title === 'THANH_PHO_TW' || parsed.title === 'THANH_PHO') &&
    parsed.rest.toLocaleLowerCase('vi') === 'hồ chí minh'
  )
}

function capitaliseWords(text: string): string {
  return text.replace(/(^|\s)(\p{L})/gu, (_match, space: string, letter: string) => {
    return `${space}${letter.toLocaleUpperCase('vi')}`
  })
}

function vietnameseFromParsed(parsed: ParsedName): string {
  if (!parsed.title || ORGANISATION_TITLES.has(parsed.title)) return parsed.text
  const word = UNIT_TITLE_LABELS[parsed.title].vi
  if (isNumbered(parsed.rest) || parsed.title === 'DAC_KHU' || isHoChiMinhCity(parsed)) {
    return `${word} ${parsed.rest}`
  }
  return `${word.toLocaleLowerCase('vi')} ${parsed.rest}`
}

function englishFromParsed(parsed: ParsedName): string {
  if (!parsed.title || ORGANISATION_TITLES.has(parsed.title)) return parsed.text
  const label = UNIT_TITLE_LABELS[parsed.title].en
  if (isNumbered(parsed.rest)) {
    return `${NUMBERED_ENGLISH[parsed.title] ?? capitaliseWords(label)} ${parsed.rest}`
  }
  if (parsed.title === 'DAC_KHU' || isHoChiMinhCity(parsed)) {
    return `${parsed.rest} ${capitaliseWords(label)}`
  }
  return `${parsed.rest} ${label}`
}

/**
 * A unit's name mid-sentence in Vietnamese: named places take a lower-case title ("huyện Thạnh
 * Hóa"); numbered units, special zones and organisations keep their capitals ("Phường 1",
 * "Đặc khu Phú Quốc", "Sở Nội vụ"). A title missing from a place's name is supplied.
 * @example vietnameseInSentence('Huyện Thạnh Hóa', 'HUYEN') // 'huyện Thạnh Hóa'
 */
export function vietnameseInSentence(
  name: string,
  title: UnitTitle | null = null,
  kind: UnitKind | null = null,
): string {
  return vietnameseFromParsed(parseName(name, title, kind))
}

/**
 * A unit's name in English text: "Thạnh Hóa district", "Ward 1", "Phú Quốc Special Zone";
 * ministries, departments and boards keep their Vietnamese name.
 * @example englishName('Huyện Thạnh Hóa', 'HUYEN') // 'Thạnh Hóa district'
 */
export function englishName(
  name: string,
  title: UnitTitle | null = null,
  kind: UnitKind | null = null,
): string {
  return englishFromParsed(parseName(name, title, kind))
}

/** A published block's name, or null when the unit was ranked in its level's whole cohort. */
function blockName(block: string | null): string | null {
  const cleaned = block === null ? '' : cleanName(block)
  return cleaned === '' ? null : cleaned
}

/** What the sentence may say about the previous year, after comparability is applied. */
type Changes = {
  /** Index change, or null when not said. */
  delta: number | null
  /** Places gained, or null when not said. */
  moved: number | null
}

function changes(f: SummaryFacts): Changes {
  const reason = f.notComparable?.reason ?? null
  const indexWithheld = reason !== null && !isRankOnly(reason)
  return {
    delta: indexWithheld || !f.previous ? null : deltaPct(f.indexPct, f.previous.indexPct),
    moved: reason !== null || !f.previous ? null : rankChange(f.rank, f.previous.rank),
  }
}

function isOnHundred(f: SummaryFacts): boolean {
  return f.points !== null && f.maxPoints === 100
}

/** The reasons that withhold the whole change (the rank-only ones are said apart). */
type WholeChangeReason = Exclude<NotComparableReason, 'COHORT_SIZE' | 'AMONG_LOADED'>

// The press sentence's English says "group" where the pages say "cohort"; its Vietnamese is the
// pages' own (NOT_COMPARABLE_LABELS).
const ENGLISH_NOT_COMPARABLE: Record<WholeChangeReason, string> = {
  LINEAGE: 'the unit was reorganised',
  SCHEME: 'the assessment method changed',
  COHORT: 'ranked in another group',
}

// Indices, points and changes carry two decimals as official tables print them ("80,10", issue
// 16); the maximum is the scheme's own figure and is written as the scheme writes it ("100",
// "71,5").
function vietnamese(f: SummaryFacts, options: SummaryOptions): string {
  const n = (value: number) => formatOfficial(value, 'vi')
  const max = (value: number) => formatMaxPoints(value, 'vi')
  const r = (value: number) =>
    options.padRanks === false ? String(Math.abs(value)) : padRank(value)
  const name = vietnameseInSentence(f.unitName, f.unitTitle, f.unitKind)
  const onHundred = isOnHundred(f)
  // Points without a maximum say nothing on their own: the index is what was ranked.
  let text = `Năm ${f.year}, Chỉ số CCHC của ${name} đạt `
  if (f.points === null || f.maxPoints === null) text += `${n(f.indexPct)}%`
  else {
    text += `${n(f.points)}/${max(f.maxPoints)} điểm`
    if (!onHundred) text += ` (chỉ số ${n(f.indexPct)}%)`
  }
  const { delta, moved } = changes(f)
  if (f.previous && delta !== null) {
    const unit = onHundred ? 'điểm' : 'điểm phần trăm'
    if (delta > 0) text += `, tăng ${n(delta)} ${unit} so với năm ${f.previous.year}`
    else if (delta < 0) text += `, giảm ${n(-delta)} ${unit} so với năm ${f.previous.year}`
    else text += `, giữ nguyên so với năm ${f.previous.year}`
  }
  const block = blockName(f.cohortBlock)
  // A block that names its units is said by them ("01/45 phường"), another by its name.
  const cohort = block
    ? (unitsOfBlock(block) ?? blockInSentence(block))
    : cohortNounOf(f.unitKind, f.year, 'vi')
  if (f.amongLoaded) {
    text += `; xếp thứ ${r(f.rank)} trong số ${r(f.total)} ${cohort} đã nhập (chưa có hạng công bố, không so sánh thứ hạng)`
    return `${text}.`
  }
  text += `; ${f.tied ? 'đồng hạng' : 'xếp hạng'} ${r(f.rank)}/${r(f.total)} ${cohort}`
  if (f.rankWorkedOut) text += ' (hạng tính theo chỉ số, bảng công bố không ghi hạng)'
  if (moved !== null) {
    if (moved > 0) text += `, tăng ${r(moved)} hạng`
    else if (moved < 0) text += `, giảm ${r(moved)} hạng`
    else text += ', giữ nguyên hạng'
  }
  const reason = f.notComparable?.reason
  if (reason === 'COHORT_SIZE') text += ' (số đơn vị xếp hạng thay đổi, không so sánh thứ hạng)'
  else if (reason === 'AMONG_LOADED')
    text += ` (hạng năm ${f.notComparable?.previousYear} chỉ tính trong số đơn vị đã nhập, không so sánh thứ hạng)`
  else if (reason && f.notComparable) {
    text += `; không so sánh được với năm ${f.notComparable.previousYear} (${NOT_COMPARABLE_LABELS[reason].vi})`
  }
  return `${text}.`
}

function english(f: SummaryFacts): string {
  const n = (value: number) => formatOfficial(value, 'en')
  const max = (value: number) => formatMaxPoints(value, 'en')
  const name = englishName(f.unitName, f.unitTitle, f.unitKind)
  const onHundred = isOnHundred(f)
  let text = `In ${f.year}, ${name}'s PAR Index reached `
  if (f.points === null || f.maxPoints === null) text += `${n(f.indexPct)}%`
  else {
    text += `${n(f.points)}/${max(f.maxPoints)} points`
    if (!onHundred) text += ` (${n(f.indexPct)}%)`
  }
  const { delta, moved } = changes(f)
  if (f.previous && delta !== null) {
    const unit = onHundred ? 'point' : 'percentage point'
    // A figure written with decimals takes the plural, "1.00 points" included.
    const plural = (value: number) => `${n(value)} ${unit}s`
    if (delta > 0) text += `, up ${plural(delta)} on ${f.previous.year}`
    else if (delta < 0) text += `, down ${plural(-delta)} on ${f.previous.year}`
    else text += `, unchanged on ${f.previous.year}`
  }
  const block = blockName(f.cohortBlock)
  // A block named by unit titles is said in English ("of 14 wards"); any other name is Vietnamese
  // data, not a noun English can inflect: it is quoted as given.
  const english = block ? blockInEnglish(block) : null
  const cohort = english
    ? ` ${english}`
    : block
      ? ` in the block “${block}”`
      : ` ${cohortNounOf(f.unitKind, f.year, 'en')}`
  if (f.amongLoaded) {
    text += `; ${ordinal(f.rank)} of the ${f.total} loaded${cohort} (no published rank; ranks not compared)`
    return `${text}.`
  }
  text += `; ranked ${f.tied ? 'joint ' : ''}${ordinal(f.rank)} of ${f.total}${cohort}`
  if (f.rankWorkedOut) text += ' (ranked by the index; the published table gives no rank)'
  if (moved !== null && f.previous) {
    const places = (value: number) => `${value} place${value === 1 ? '' : 's'}`
    if (moved > 0) text += `, up ${places(moved)}`
    else if (moved < 0) text += `, down ${places(-moved)}`
    else text += `, the same as in ${f.previous.year}`
  }
  const reason = f.notComparable?.reason
  if (reason === 'COHORT_SIZE') text += ' (the number of units ranked changed; ranks not compared)'
  else if (reason === 'AMONG_LOADED')
    text += ` (the ${f.notComparable?.previousYear} rank is among the units loaded only; ranks not compared)`
  else if (reason && f.notComparable) {
    text += `; not comparable with ${f.notComparable.previousYear} (${ENGLISH_NOT_COMPARABLE[reason]})`
  }
  return `${text}.`
}

/**
 * The press-style sentence a report writer pastes into a report (DESIGN.md), in vi or en.
 * @example summarySentence({ year: 2023, unitName: 'Huyện Thạnh Hóa', unitTitle: 'HUYEN',
 *   unitKind: 'DISTRICT', points: 80.1, maxPoints: 100, indexPct: 80.1, rank: 5, total: 15,
 *   cohortBlock: null, tied: false, previous: { year: 2022, indexPct: 74.75, rank: 12 },
 *   notComparable: null }, 'vi')
 * // 'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 80,10/100 điểm, tăng 5,35 điểm so với năm
 * //  2022; xếp hạng 05/15 huyện, thị xã, thành phố, tăng 07 hạng.'
 */
export function summarySentence(
  facts: SummaryFacts,
  lang: TextLang,
  options: SummaryOptions = {},
): string {
  const text = lang === 'vi' ? vietnamese(facts, options) : english(facts)
  // Names and block names may arrive decomposed (NFD) from imported files.
  return text.normalize('NFC')
}
