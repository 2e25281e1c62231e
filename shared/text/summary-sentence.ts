import { deltaPct, rankChange } from '../kpi/year-over-year.ts'
import { formatNumber, ordinal, padRank, type TextLang } from './format-number.ts'

/** What the press-style sentence says about one unit and one year. */
export type SummaryFacts = {
  year: number
  /** The unit's name as published, e.g. "Huyện Thạnh Hóa". */
  unitName: string
  points: number
  maxPoints: number
  indexPct: number
  rank: number
  /** Cohort size (the rank's denominator). */
  total: number
  /** Another unit of the cohort shares the rank. */
  tied: boolean
  /** Same cohort, previous year with data; null in a unit's first year. */
  previous: { year: number; indexPct: number; rank: number | null } | null
}

// Longest first, so "Thành phố" is not read as something shorter.
const ADMIN_WORDS = [
  'Thành phố',
  'Thị trấn',
  'Thị xã',
  'Phường',
  'Huyện',
  'Tỉnh',
  'Ban',
  'Sở',
  'Xã',
]

const ENGLISH_KIND: Record<string, string> = {
  'Thành phố': 'city',
  'Thị trấn': 'township',
  'Thị xã': 'town',
  Phường: 'ward',
  Huyện: 'district',
  Tỉnh: 'province',
  Xã: 'commune',
}

function splitAdminWord(name: string): { word: string | null; rest: string } {
  const normalised = name.normalize('NFC').trim()
  for (const word of ADMIN_WORDS) {
    if (normalised.toLocaleLowerCase('vi').startsWith(`${word.toLocaleLowerCase('vi')} `)) {
      return { word, rest: normalised.slice(word.length + 1).trim() }
    }
  }
  return { word: null, rest: normalised }
}

/** "Huyện Thạnh Hóa" → "huyện Thạnh Hóa": mid-sentence, the administrative word is lower-case. */
export function vietnameseInSentence(name: string): string {
  const { word, rest } = splitAdminWord(name)
  return word ? `${word.toLocaleLowerCase('vi')} ${rest}` : rest
}

/** "Huyện Thạnh Hóa" → "Thạnh Hóa district"; agencies (Sở, Ban) keep their Vietnamese name. */
export function englishName(name: string): string {
  const { word, rest } = splitAdminWord(name)
  const kind = word ? ENGLISH_KIND[word] : undefined
  return kind ? `${rest} ${kind}` : name.normalize('NFC').trim()
}

function vietnamese(f: SummaryFacts): string {
  const n = (value: number) => formatNumber(value, 'vi')
  const onHundred = f.maxPoints === 100
  let text = `Năm ${f.year}, Chỉ số CCHC của ${vietnameseInSentence(f.unitName)} đạt ${n(f.points)}/${n(f.maxPoints)} điểm`
  if (!onHundred) text += ` (chỉ số ${n(f.indexPct)}%)`
  const delta = deltaPct(f.indexPct, f.previous?.indexPct)
  if (f.previous && delta !== null) {
    const unit = onHundred ? 'điểm' : 'điểm phần trăm'
    if (delta > 0) text += `, tăng ${n(delta)} ${unit} so với năm ${f.previous.year}`
    else if (delta < 0) text += `, giảm ${n(-delta)} ${unit} so với năm ${f.previous.year}`
    else text += `, giữ nguyên so với năm ${f.previous.year}`
  }
  text += `; ${f.tied ? 'đồng hạng' : 'xếp hạng'} ${padRank(f.rank)}/${padRank(f.total)}`
  const moved = rankChange(f.rank, f.previous?.rank)
  if (moved !== null) {
    if (moved > 0) text += `, tăng ${padRank(moved)} hạng`
    else if (moved < 0) text += `, giảm ${padRank(moved)} hạng`
    else text += ', giữ nguyên thứ hạng'
  }
  return `${text}.`
}

function english(f: SummaryFacts): string {
  const n = (value: number) => formatNumber(value, 'en')
  const onHundred = f.maxPoints === 100
  let text = `In ${f.year}, ${englishName(f.unitName)}'s PAR Index reached ${n(f.points)}/${n(f.maxPoints)} points`
  if (!onHundred) text += ` (${n(f.indexPct)}%)`
  const delta = deltaPct(f.indexPct, f.previous?.indexPct)
  if (f.previous && delta !== null) {
    const unit = onHundred ? 'point' : 'percentage point'
    const plural = (value: number) => `${n(value)} ${unit}${value === 1 ? '' : 's'}`
    if (delta > 0) text += `, up ${plural(delta)} on ${f.previous.year}`
    else if (delta < 0) text += `, down ${plural(-delta)} on ${f.previous.year}`
    else text += `, unchanged on ${f.previous.year}`
  }
  text += `; ranked ${f.tied ? 'joint ' : ''}${ordinal(f.rank)} of ${f.total}`
  const moved = rankChange(f.rank, f.previous?.rank)
  if (moved !== null && f.previous) {
    const places = (value: number) => `${value} place${value === 1 ? '' : 's'}`
    if (moved > 0) text += `, up ${places(moved)}`
    else if (moved < 0) text += `, down ${places(-moved)}`
    else text += `, the same as in ${f.previous.year}`
  }
  return `${text}.`
}

/**
 * The press-style sentence a report writer pastes into a report (DESIGN.md), in vi or en.
 * @example summarySentence({ year: 2023, unitName: 'Huyện Thạnh Hóa', points: 80.1, maxPoints: 100,
 *   indexPct: 80.1, rank: 5, total: 15, tied: false, previous: { year: 2022, indexPct: 74.75, rank: 12 } }, 'vi')
 * // 'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 80,1/100 điểm, tăng 5,35 điểm so với năm 2022; xếp hạng 05/15, tăng 07 hạng.'
 */
export function summarySentence(facts: SummaryFacts, lang: TextLang): string {
  return lang === 'vi' ? vietnamese(facts) : english(facts)
}
