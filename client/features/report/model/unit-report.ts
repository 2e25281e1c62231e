// The report of one unit for one year: the summary sentence the server writes, its standing,
// the cohort's ranking and change charts with the unit marked, its points by field, its tasks
// and awards, and the decision that published the figures.
import { KPI_FIELD_LABELS, type KpiField } from '#shared/domain/kpi-fields.ts'
import { cohortNounOf, type UnitKind, type UnitTitle, unitsOfBlock } from '#shared/domain/units.ts'
import type { FieldResult, ProfileYear } from '#shared/dto/profile.ts'
import type { Ranking } from '#shared/dto/ranking.ts'
import { gradeLabel } from '#shared/kpi/grade.ts'
import type { SourcePublication } from '#shared/text/source-line.ts'
import { englishName, vietnameseInSentence } from '#shared/text/summary-sentence.ts'
import {
  formatIndex,
  formatMaxPoints,
  formatPoints,
  formatRank,
  type Language,
} from '#client/lib/format.ts'
import { parentKindOf } from './issuing-body.ts'
import {
  awardBlocks,
  counter,
  figureBlocks,
  reportFileName,
  reportHeader,
  reportSource,
  taskBlocks,
} from './report-blocks.ts'
import type { ReportBlock, ReportModel, ReportTable } from './report-model.ts'
import { reportText } from './report-text.ts'

export type UnitReportInput = {
  lang: Language
  /** Print the NĐ 30 header (issuing body, national motto, number, place and date). */
  withHeader: boolean
  /** The year the report is issued in, for the place-and-date line. */
  issuedYear: number
  unit: { code: string; name: string; kind: UnitKind; title: UnitTitle | null }
  /** The unit's year from its profile (fields, tasks, awards). */
  result: ProfileYear
  /** The cohort's ranking that year (the charts). */
  ranking: Ranking
  /** GET /api/units/:code/summary in the report's language. */
  summary: string
  publication: SourcePublication
  /** The cohort's publication of the year before (the change figure's source); null: none. */
  previousPublication?: SourcePublication | null
}

/** The unit's name mid-sentence: "huyện Thạnh Hóa" / "Thạnh Hóa district". */
export function unitInText(unit: UnitReportInput['unit'], lang: Language): string {
  return lang === 'vi'
    ? vietnameseInSentence(unit.name, unit.title, unit.kind)
    : englishName(unit.name, unit.title, unit.kind)
}

/** The cohort in a caption: "các huyện, thị xã, thành phố thuộc tỉnh Long An" / "districts of Long An province". */
export function cohortInText(
  ranking: Pick<Ranking, 'kind' | 'parent' | 'block' | 'year'>,
  lang: Language,
): string {
  return cohortSubject(ranking, lang).replace(/^của /, '')
}

/** The cohort's parent mid-sentence: "tỉnh Long An" / "Long An province". */
export function parentInText(ranking: Pick<Ranking, 'kind' | 'parent'>, lang: Language): string {
  const parentKind = parentKindOf(ranking.kind, ranking.parent.code)
  return lang === 'vi'
    ? vietnameseInSentence(ranking.parent.name, null, parentKind)
    : englishName(ranking.parent.name, null, parentKind)
}

/**
 * What a sentence calls the cohort's units: a published block that names them ("Khối phường":
 * the wards), else the level's noun in that year ("xã, phường, đặc khu" from 2025, when no
 * township is left); `block` is what remains to be said of the block (null once named).
 */
export function cohortNoun(
  ranking: Pick<Ranking, 'kind' | 'block' | 'year'>,
  lang: Language,
): { noun: string; block: string | null } {
  const named = ranking.block && lang === 'vi' ? unitsOfBlock(ranking.block) : null
  if (named) return { noun: named, block: null }
  return { noun: cohortNounOf(ranking.kind, ranking.year, lang), block: ranking.block }
}

export function cohortSubject(
  ranking: Pick<Ranking, 'kind' | 'parent' | 'block' | 'year'>,
  lang: Language,
): string {
  const { noun, block } = cohortNoun(ranking, lang)
  return reportText(lang).subjectCohort(noun, parentInText(ranking, lang), block)
}

/** "Tỉnh Long An (cấp huyện)" as the cohort picker labels it, for the charts' subtitles. */
export function cohortLabel(
  ranking: Pick<Ranking, 'kind' | 'parent' | 'block' | 'year'>,
  lang: Language,
): string {
  const noun = cohortNounOf(ranking.kind, ranking.year, lang)
  return `${ranking.parent.name} (${noun}${ranking.block ? ` — ${ranking.block}` : ''})`
}

function fieldName(code: string, lang: Language): string {
  return KPI_FIELD_LABELS[code as KpiField]?.[lang] ?? code
}

/** Points against the unit's maximum in each field; the cohort's average beside them. */
export function unitFieldTable(
  fields: readonly FieldResult[],
  result: ProfileYear,
  tableNumber: number,
  lang: Language,
): ReportTable {
  const text = reportText(lang)
  const share = (points: number, max: number | null) =>
    max ? formatIndex((points / max) * 100, lang) : '–'
  return {
    caption: text.tableFields(tableNumber),
    columns: [
      { header: text.columns.no, align: 'center', width: 7 },
      { header: text.columns.field, align: 'left', width: 41 },
      { header: text.columns.points, align: 'right', width: 13 },
      { header: text.columns.maxPoints, align: 'right', width: 13 },
      { header: text.columns.share, align: 'right', width: 13 },
      { header: text.columns.cohortAverage, align: 'right', width: 13 },
    ],
    rows: fields.map((f, i) => [
      String(i + 1),
      fieldName(f.code, lang),
      formatPoints(f.points, lang),
      formatMaxPoints(f.maxPoints, lang),
      share(f.points, f.maxPoints),
      formatPoints(f.cohortAverage, lang),
    ]),
    footer: [
      '',
      text.total,
      formatPoints(result.points, lang),
      formatMaxPoints(result.maxPoints, lang),
      formatIndex(result.indexPct, lang),
      '',
    ],
  }
}

export function buildUnitReport(input: UnitReportInput): ReportModel {
  const { lang, result, ranking, unit } = input
  const text = reportText(lang)
  const source = reportSource(input.publication, lang, input.previousPublication ?? null)
  const parentKind = parentKindOf(ranking.kind, ranking.parent.code)
  const parent = { name: ranking.parent.name, kind: parentKind, title: null }
  const bands = ranking.gradeBands
  const tables = counter()
  const grade = gradeLabel(bands, result.grade, lang)
  const blocks: ReportBlock[] = [
    { type: 'heading', text: text.sections.overall },
    { type: 'paragraph', text: input.summary },
    {
      type: 'paragraph',
      text: text.unitStanding({
        points:
          result.points === null
            ? null
            : `${formatPoints(result.points, lang)}/${formatMaxPoints(result.maxPoints, lang)}`,
        indexPct: formatIndex(result.indexPct, lang),
        grade,
        // Of the units loaded when the rank is among them (`total` is then their count).
        rank: formatRank(result.rank, result.total),
        amongLoaded: result.amongLoaded,
      }),
    },
    ...figureBlocks(
      {
        year: result.year,
        cohortInCaption: cohortInText(ranking, lang),
        cohortLabel: cohortLabel(ranking, lang),
        items: ranking.items,
        total: ranking.total,
        ranked: ranking.ranked,
        bands,
        highlight: unit.code,
        source: source.line,
        changeSource: source.changeLine,
        lang,
      },
      1,
    ),
    { type: 'heading', text: `II. ${text.sections.fields}` },
    result.fields.length > 0
      ? { type: 'table', table: unitFieldTable(result.fields, result, tables(), lang) }
      : { type: 'note', text: text.noFields },
    { type: 'heading', text: `III. ${text.sections.tasksAwards}` },
    ...taskBlocks(result.tasks, result.year, tables, lang),
    ...awardBlocks(result.awards, result.year, tables, lang),
  ]
  const subject = [text.subjectYear(result.year), text.subjectUnit(unitInText(unit, lang))]
  return {
    lang,
    fileName: reportFileName([
      lang === 'vi' ? 'bao-cao-cchc' : 'par-report',
      unit.code,
      result.year,
    ]),
    documentTitle: `${text.kind} ${subject.join(' ')}`,
    header: input.withHeader
      ? reportHeader(
          parentKind === 'COUNTRY' ? null : parent,
          unit,
          unit.kind === 'DEPARTMENT' ? parent : unit,
          input.issuedYear,
          lang,
        )
      : null,
    kind: text.kind,
    subject,
    blocks,
    source,
  }
}
