// The source line under every table export, chart image, print and report (issue 16): it names the
// decision that published the figures ("Nguồn: Quyết định số 2729/QĐ-UBND ngày 29/12/2023 của UBND
// tỉnh Tây Ninh") or says the figures are a draft, and gives the years the content spans.
import type { UnitKind, UnitTitle } from '../domain/units.ts'
import { englishDate } from './date-text.ts'
import type { TextLang } from './format-number.ts'
import { englishName, vietnameseInSentence } from './summary-sentence.ts'

/** Who issued a cohort's decision: the cohort's parent unit (its People's Committee). */
export type SourceIssuer = {
  name: string
  kind: UnitKind
  /** The parent's title as placed (null: inferred from the name's leading word). */
  title: UnitTitle | null
}

/** A cohort-year's publication as the reader sees it (GET /api/publications/status). */
export type SourcePublication = {
  year: number
  /** MIXED: some of the cohort's results are published, some are still drafts. */
  status: 'PUBLISHED' | 'DRAFT' | 'MIXED'
  decisionNo: string | null
  /** ISO date (YYYY-MM-DD). */
  decisionDate: string | null
  issuer: SourceIssuer | null
}

const WORDS = {
  vi: {
    source: 'Nguồn',
    decision: 'Quyết định số',
    decisions: 'Quyết định của',
    decisionsPlain: 'Quyết định',
    number: 'số',
    dated: 'ngày',
    by: 'của',
    publishedBy: 'Kết quả đã công bố của',
    published: 'kết quả đã công bố',
    announcedOn: 'kết quả công bố ngày',
    draft: 'Dự thảo — chưa công bố',
    partly: 'một phần là dự thảo chưa công bố',
    year: 'năm',
    dataYear: 'số liệu năm',
    dataYears: 'số liệu các năm',
  },
  en: {
    source: 'Source',
    decision: 'Decision No.',
    decisions: 'Decisions by',
    decisionsPlain: 'Decisions',
    number: 'No.',
    dated: 'of',
    by: 'by',
    publishedBy: 'Published results by',
    published: 'published results',
    announcedOn: 'results published on',
    draft: 'Draft — not published',
    partly: 'partly an unpublished draft',
    year: 'year',
    dataYear: 'data for',
    dataYears: 'data for',
  },
} as const

/**
 * A decision's date as official documents write it: 29/12/2023 (vi), 29 December 2023 (en).
 * Anything that is not an ISO date is given back as it is.
 */
export function decisionDateText(iso: string, lang: TextLang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return iso
  const [, year, month, day] = match
  if (lang === 'vi') return `${day}/${month}/${year}`
  return englishDate(Number(year), Number(month), Number(day))
}

/**
 * The body that issued a cohort's decision: the parent's People's Committee ("UBND tỉnh Tây Ninh",
 * "the People's Committee of Tây Ninh Province"); the country's cohorts are ranked by the Ministry
 * of Home Affairs.
 */
export function issuerText(issuer: SourceIssuer, lang: TextLang): string {
  if (issuer.kind === 'COUNTRY') return lang === 'vi' ? 'Bộ Nội vụ' : 'the Ministry of Home Affairs'
  if (lang === 'vi') return `UBND ${vietnameseInSentence(issuer.name, issuer.title, issuer.kind)}`
  // "Long An province" → "Long An Province": the title is part of the body's proper name here.
  const place = englishName(issuer.name, issuer.title, issuer.kind).replace(
    /(\s)(\p{Ll})(\p{L}*)$/u,
    (_m, space: string, first: string, rest: string) => `${space}${first.toUpperCase()}${rest}`,
  )
  return `the People's Committee of ${place}`
}

/**
 * The years content spans, as a range when they run without a gap: "2024", "2019–2024",
 * "2019, 2021–2024".
 */
export function yearSpanText(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b)
  const runs: [number, number][] = []
  for (const year of sorted) {
    const last = runs.at(-1)
    if (last && year === last[1] + 1) last[1] = year
    else runs.push([year, year])
  }
  return runs.map(([from, to]) => (from === to ? String(from) : `${from}–${to}`)).join(', ')
}

function dataYearsText(years: readonly number[], lang: TextLang): string {
  const words = WORDS[lang]
  const span = yearSpanText(years)
  return years.length === 1 ? `${words.dataYear} ${span}` : `${words.dataYears} ${span}`
}

/** "số 228/QĐ-UBND ngày 14/03/2024" / "No. 228/QĐ-UBND of 14 March 2024". */
function decisionRef(p: SourcePublication, lang: TextLang): string {
  const words = WORDS[lang]
  const date = p.decisionDate ? ` ${words.dated} ${decisionDateText(p.decisionDate, lang)}` : ''
  return `${words.number} ${p.decisionNo ?? ''}${date}`
}

/** "Quyết định số … ngày …", or for results stored without a number "kết quả công bố ngày …". */
function publicationRef(p: SourcePublication, lang: TextLang): string {
  const words = WORDS[lang]
  const date = p.decisionDate ? decisionDateText(p.decisionDate, lang) : null
  if (!p.decisionNo) return date ? `${words.announcedOn} ${date}` : words.published
  return `${words.decision} ${p.decisionNo}${date ? ` ${words.dated} ${date}` : ''}`
}

/** The first letter in capitals: a part that opens the line. */
function opening(text: string, lang: TextLang): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1)
}

/**
 * One published year in a single-decision line: "Quyết định số … ngày … của UBND tỉnh …"; without
 * a stored number, "Kết quả công bố ngày … của …" (or "Kết quả đã công bố của …" undated).
 */
function singleDecision(p: SourcePublication, lang: TextLang): string {
  const words = WORDS[lang]
  const issuer = p.issuer ? issuerText(p.issuer, lang) : null
  if (!p.decisionNo && !p.decisionDate)
    return issuer ? `${words.publishedBy} ${issuer}` : words.publishedBy
  return `${opening(publicationRef(p, lang), lang)}${issuer ? ` ${words.by} ${issuer}` : ''}`
}

/** "năm 2024" / "2024"; several years as a span. */
function yearsLabel(years: readonly number[], lang: TextLang): string {
  const span = yearSpanText(years)
  return lang === 'vi' ? `${WORDS.vi.year} ${span}` : span
}

/**
 * The source line of content spanning `years`, from the publications of those years (a year
 * without one counts as a draft). One decision: "Nguồn: Quyết định số 2729/QĐ-UBND ngày 29/12/2023
 * của UBND tỉnh Tây Ninh (số liệu năm 2023)". Several: "Nguồn: Quyết định của UBND tỉnh Long An:
 * số 221/QĐ-UBND ngày 13/03/2023 (năm 2022); số 228/QĐ-UBND ngày 14/03/2024 (năm 2023) (số liệu
 * các năm 2022–2023)". Nothing published: "Dự thảo — chưa công bố (số liệu năm 2025)". Drafts
 * inside a span are named by year.
 * @example sourceLine(publication, 'en', [2023]) // 'Source: Decision No. 2729/QĐ-UBND of 29 December 2023 by the People's Committee of Tây Ninh Province (data for 2023)'
 */
export function sourceLine(
  publications: SourcePublication | readonly SourcePublication[],
  lang: TextLang,
  years?: readonly number[],
): string {
  const list: readonly SourcePublication[] = Array.isArray(publications)
    ? publications
    : [publications as SourcePublication]
  const span = [...new Set(years ?? list.map((p) => p.year))].sort((a, b) => a - b)
  const byYear = new Map(list.map((p) => [p.year, p]))
  const words = WORDS[lang]
  const shown = span.map((year) => byYear.get(year))
  const published = shown.filter(
    (p): p is SourcePublication => p !== undefined && p.status !== 'DRAFT',
  )
  const draftYears = span.filter((year) => {
    const p = byYear.get(year)
    return p === undefined || p.status === 'DRAFT'
  })
  const dataYears = span.length > 0 ? ` (${dataYearsText(span, lang)})` : ''
  if (published.length === 0) return `${words.draft}${dataYears}`

  const partlyYears = published.filter((p) => p.status === 'MIXED').map((p) => p.year)
  const notes: string[] = []
  if (partlyYears.length > 0) notes.push(`${yearsLabel(partlyYears, lang)}: ${words.partly}`)
  if (draftYears.length > 0) notes.push(`${yearsLabel(draftYears, lang)}: ${words.draft}`)
  const tail = notes.length > 0 ? `; ${notes.join('; ')}` : ''

  const distinct = new Map(published.map((p) => [`${p.decisionNo}|${p.decisionDate}`, p]))
  if (distinct.size === 1) {
    const only = published[0] as SourcePublication
    return `${words.source}: ${singleDecision(only, lang)}${tail}${dataYears}`
  }
  // Several decisions: the issuer once when it is the same body, then each decision with its year.
  // A year whose results were stored without a decision number is said as such, with its date,
  // and then every year names what it is ("Quyết định số …; kết quả công bố ngày …").
  const issuers = new Set(published.map((p) => (p.issuer ? issuerText(p.issuer, lang) : '')))
  const sameIssuer = issuers.size === 1 ? [...issuers][0] : undefined
  const allNumbered = published.every((p) => p.decisionNo)
  const refs = published.map((p) => {
    const ref = allNumbered ? decisionRef(p, lang) : publicationRef(p, lang)
    const by =
      sameIssuer === undefined && p.issuer ? ` ${words.by} ${issuerText(p.issuer, lang)}` : ''
    return `${ref}${by} (${yearsLabel([p.year], lang)})`
  })
  const joined = refs.join('; ')
  if (!allNumbered) {
    const head = sameIssuer ? `${opening(sameIssuer, lang)}: ${joined}` : opening(joined, lang)
    return `${words.source}: ${head}${tail}${dataYears}`
  }
  const head = sameIssuer ? `${words.decisions} ${sameIssuer}` : words.decisionsPlain
  return `${words.source}: ${head}: ${joined}${tail}${dataYears}`
}

/** An award decision as stored on its grants. */
export type AwardDecision = { decisionNo: string | null; decisionDate: string | null }

/** Award decisions listed one by one, each with its date, up to this many. */
const DATED_AWARD_DECISIONS = 3
/**
 * Beyond, their numbers are still listed (with the dates' range) up to this many: one decision per
 * unit is common (a district's wards each award their own), and a reader cites the numbers. More
 * than this would fill the image; they are counted, and the table download lists them per row.
 */
export const LISTED_AWARD_DECISIONS = 20

/**
 * What an awards source line needs of the decisions that granted them, whatever their number: a
 * 10,600-commune cohort-year has about as many decisions as units, which no line names one by one.
 */
export type AwardDecisionDigest = {
  /** The numbered decisions (distinct number and date). */
  count: number
  /** The earliest and latest of their dates (ISO), null when none is dated. */
  firstDate: string | null
  lastDate: string | null
  /** Every numbered decision by date, then number, when at most LISTED_AWARD_DECISIONS; else []. */
  listed: AwardDecision[]
}

/** The digest of a list of decisions (the unnumbered ones are not counted: nothing cites them). */
export function digestAwardDecisions(decisions: readonly AwardDecision[]): AwardDecisionDigest {
  const numbered = decisions.filter((d) => d.decisionNo)
  const dates = numbered.flatMap((d) => (d.decisionDate ? [d.decisionDate] : [])).sort()
  return {
    count: numbered.length,
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
    listed: numbered.length <= LISTED_AWARD_DECISIONS ? numbered : [],
  }
}

/**
 * The source line of awards: the decisions that granted them ("Nguồn: Quyết định khen thưởng số
 * 15/QĐ-UBND ngày 10/01/2024 (số liệu năm 2023)"); many, their numbers with the dates' range
 * ("Nguồn: 13 quyết định khen thưởng ngày 13/01/2024–21/01/2024, số 705/QĐ-UBND, 1092/QĐ-UBND, …");
 * very many, their count and dates' range.
 */
export function awardsSourceLine(
  decisions: AwardDecisionDigest,
  lang: TextLang,
  years: readonly number[],
): string {
  const vi = lang === 'vi'
  const dataYears = years.length > 0 ? ` (${dataYearsText(years, lang)})` : ''
  const { count, firstDate: first, lastDate: last, listed } = decisions
  const ref = (d: AwardDecision) =>
    `${vi ? 'số' : 'No.'} ${d.decisionNo}${d.decisionDate ? ` ${vi ? 'ngày' : 'of'} ${decisionDateText(d.decisionDate, lang)}` : ''}`
  const source = vi ? 'Nguồn' : 'Source'
  if (count === 0)
    return `${source}: ${vi ? 'hồ sơ khen thưởng của các đơn vị (không ghi số quyết định)' : 'units’ award records (no decision numbers recorded)'}${dataYears}`
  if (count === 1 && listed[0])
    return `${source}: ${vi ? 'Quyết định khen thưởng' : 'Award decision'} ${ref(listed[0])}${dataYears}`
  if (count <= DATED_AWARD_DECISIONS && listed.length === count)
    return `${source}: ${vi ? 'các quyết định khen thưởng' : 'award decisions'} ${listed.map(ref).join('; ')}${dataYears}`
  const range =
    first && last
      ? ` ${vi ? 'ngày' : 'dated'} ${decisionDateText(first, lang)}${first === last ? '' : `–${decisionDateText(last, lang)}`}`
      : ''
  const head = `${source}: ${count} ${vi ? 'quyết định khen thưởng' : 'award decisions'}${range}`
  if (listed.length !== count) return `${head}${dataYears}`
  const numbers = listed.map((d) => d.decisionNo).join(', ')
  return `${head}, ${vi ? 'số' : 'Nos.'} ${numbers}${dataYears}`
}

/**
 * The source line of figures units report themselves, which no decision publishes: reform-task
 * results ("Nguồn: báo cáo kết quả thực hiện kế hoạch CCHC của các đơn vị (số liệu năm 2024)").
 */
export function reportedSourceLine(lang: TextLang, years: readonly number[]): string {
  const dataYears = years.length > 0 ? ` (${dataYearsText(years, lang)})` : ''
  return lang === 'vi'
    ? `Nguồn: báo cáo kết quả thực hiện kế hoạch CCHC của các đơn vị${dataYears}`
    : `Source: units’ reports on their PAR plans${dataYears}`
}

/** The source line of the unit directory, as placed on `date` (ISO). */
export function directorySourceLine(lang: TextLang, date: string): string {
  return lang === 'vi'
    ? `Nguồn: danh mục đơn vị, theo cấp trên và tên gọi tại ngày ${decisionDateText(date, lang)}`
    : `Source: unit directory, parents and titles as of ${decisionDateText(date, lang)}`
}
