// The report of a cohort for one year: a paragraph composed from the ranking (no server read
// writes one for a cohort), the ranking and change charts, the full ranking table, the cohort's
// points by field, the plan and award totals, and the decision that published the figures.
import { KPI_FIELD_LABELS, type KpiField } from '#shared/domain/kpi-fields.ts'
import type { Ranking, RankingEntry } from '#shared/dto/ranking.ts'
import type { TaskSummary } from '#shared/dto/task.ts'
import type { AwardTotals } from '#shared/kpi/award-totals.ts'
import { isRankAmongLoaded } from '#shared/kpi/rank-denominator.ts'
import type { SourcePublication } from '#shared/text/source-line.ts'
import { englishName, vietnameseInSentence } from '#shared/text/summary-sentence.ts'
import {
  formatDelta,
  formatIndex,
  formatMaxPoints,
  formatNumber,
  formatPoints,
  formatRank,
  formatRankChange,
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
import { AMONG_LOADED_MARK, reportText } from './report-text.ts'
import { anyRankAmongLoaded, inStandingOrder } from './standing-order.ts'
import {
  cohortInText,
  cohortLabel,
  cohortNoun,
  cohortSubject,
  parentInText,
} from './unit-report.ts'
import { gradeLabel } from '#shared/kpi/grade.ts'

/** A field's figures across the cohort: the scheme's maximum (null when no scheme covers the year). */
export type CohortField = {
  code: string
  maxPoints: number | null
  average: number | null
  best: number | null
}

export type CohortReportInput = {
  lang: Language
  withHeader: boolean
  issuedYear: number
  /** The cohort-year's ranking (GET /api/rankings), every unit of it. */
  ranking: Ranking & { year: number }
  tasks: TaskSummary | null
  awards: AwardTotals | null
  fields: CohortField[]
  publication: SourcePublication
  /** The cohort's publication of the year before (the change figure's source); null: none. */
  previousPublication?: SourcePublication | null
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length

/** The opening paragraph: how many units, the average, the best and the worst, grades, the change. */
export function cohortParagraphs(input: CohortReportInput): string[] {
  const { lang, ranking } = input
  const text = reportText(lang)
  // Best and worst by the cohort's order (a table mixing ranks of two kinds: standing-order.ts).
  const items = inStandingOrder(ranking)
  const first = items[0]
  const last = items.at(-1)
  if (!first || !last) return []
  const parent = parentInText(ranking, lang)
  const inText = (name: string) =>
    lang === 'vi'
      ? vietnameseInSentence(name, null, ranking.kind)
      : englishName(name, null, ranking.kind)
  const named = (item: typeof first) =>
    text.unitWithIndex(inText(item.unit.name), formatIndex(item.indexPct, lang))
  const paragraphs = [
    text.cohortOverview({
      year: ranking.year,
      count: formatNumber(ranking.total, lang),
      loaded: ranking.ranked < ranking.total ? formatNumber(ranking.ranked, lang) : null,
      amongLoaded: anyRankAmongLoaded(ranking),
      noun: cohortNoun(ranking, lang).noun,
      parent,
      average: formatIndex(mean(items.map((i) => i.indexPct)), lang),
      best: named(first),
      worst: named(last),
    }),
  ]
  const bands = [...ranking.gradeBands].sort((a, b) => b.minPct - a.minPct)
  const grades = bands
    .map((band) => ({ band, count: items.filter((i) => i.grade === band.code).length }))
    .filter((g) => g.count > 0)
    .map((g) =>
      text.gradeCount(
        gradeLabel(bands, g.band.code, lang) ?? g.band.code,
        formatNumber(g.count, lang),
      ),
    )
  if (grades.length > 0) paragraphs.push(text.cohortGrades(grades.join('; ')))
  const changes = items.flatMap((i) => (i.deltaPct === null ? [] : [i.deltaPct]))
  const delta = mean(changes)
  if (delta !== null) {
    paragraphs.push(
      text.cohortChange({
        previous: ranking.year - 1,
        delta: text.changeWord(delta, formatPoints(Math.abs(delta), lang)),
        up: formatNumber(changes.filter((d) => d > 0).length, lang),
        down: formatNumber(changes.filter((d) => d < 0).length, lang),
      }),
    )
  }
  return paragraphs
}

/**
 * Every unit of the cohort in rank order, with the change on the previous year where claimed. A
 * rank among the units loaded is shown of them and marked, for the note under the table; its move
 * is withheld by the API already (`notComparable.rankOnly`).
 */
export function rankingTable(ranking: Ranking, tableNumber: number, lang: Language): ReportTable {
  const text = reportText(lang)
  const rank = (item: RankingEntry) =>
    isRankAmongLoaded(item.published?.rank, ranking)
      ? `${formatRank(item.rank, ranking.ranked)}${AMONG_LOADED_MARK}`
      : String(item.rank)
  return {
    caption: text.tableRanking(
      tableNumber,
      ranking.total,
      ranking.ranked < ranking.total ? ranking.ranked : null,
    ),
    columns: [
      { header: text.columns.rank, align: 'center', width: 10 },
      { header: text.columns.unit, align: 'left', width: 32 },
      { header: text.columns.points, align: 'right', width: 12 },
      { header: text.columns.indexPct, align: 'right', width: 12 },
      { header: text.columns.grade, align: 'center', width: 12 },
      { header: text.columns.delta, align: 'right', width: 12 },
      { header: text.columns.rankChange, align: 'center', width: 10 },
    ],
    rows: inStandingOrder(ranking).map((item) => [
      rank(item),
      item.unit.name,
      formatPoints(item.points, lang),
      formatIndex(item.indexPct, lang),
      gradeLabel(ranking.gradeBands, item.grade, lang) ?? '–',
      formatDelta(item.deltaPct, lang),
      item.notComparable?.rankOnly ? '–' : formatRankChange(item.rankChange),
    ]),
    footer: null,
  }
}

/** The cohort's points by field: the scheme's maximum, the average and the best, the average's share. */
export function cohortFieldTable(
  fields: readonly CohortField[],
  tableNumber: number,
  lang: Language,
): ReportTable {
  const text = reportText(lang)
  return {
    caption: text.tableFields(tableNumber),
    columns: [
      { header: text.columns.no, align: 'center', width: 7 },
      { header: text.columns.field, align: 'left', width: 41 },
      { header: text.columns.maxPoints, align: 'right', width: 13 },
      { header: text.columns.cohortAverage, align: 'right', width: 13 },
      { header: text.columns.cohortBest, align: 'right', width: 13 },
      { header: text.columns.share, align: 'right', width: 13 },
    ],
    rows: fields.map((f, i) => [
      String(i + 1),
      KPI_FIELD_LABELS[f.code as KpiField]?.[lang] ?? f.code,
      formatMaxPoints(f.maxPoints, lang),
      formatPoints(f.average, lang),
      formatPoints(f.best, lang),
      f.maxPoints && f.average !== null ? formatIndex((f.average / f.maxPoints) * 100, lang) : '–',
    ]),
    footer: null,
  }
}

export function buildCohortReport(input: CohortReportInput): ReportModel {
  const { lang, ranking } = input
  const text = reportText(lang)
  const source = reportSource(input.publication, lang, input.previousPublication ?? null)
  const parentKind = parentKindOf(ranking.kind, ranking.parent.code)
  const parent = { name: ranking.parent.name, kind: parentKind, title: null }
  const tables = counter()
  const blocks: ReportBlock[] = [
    { type: 'heading', text: text.sections.overall },
    ...cohortParagraphs(input).map((p): ReportBlock => ({ type: 'paragraph', text: p })),
    ...figureBlocks(
      {
        year: ranking.year,
        cohortInCaption: cohortInText(ranking, lang),
        cohortLabel: cohortLabel(ranking, lang),
        items: ranking.items,
        total: ranking.total,
        ranked: ranking.ranked,
        bands: ranking.gradeBands,
        highlight: null,
        source: source.line,
        changeSource: source.changeLine,
        lang,
      },
      1,
    ),
    { type: 'heading', text: text.sections.ranking },
    { type: 'table', table: rankingTable(ranking, tables(), lang) },
    ...(anyRankAmongLoaded(ranking)
      ? [
          {
            type: 'note',
            text: text.amongLoadedNote(
              ranking.ranked,
              // The clause on the year before only where the cohort has one.
              ranking.years.includes(ranking.year - 1) ? ranking.year - 1 : null,
            ),
          } as const,
        ]
      : []),
    { type: 'heading', text: `III. ${text.sections.fields}` },
    input.fields.length > 0
      ? { type: 'table', table: cohortFieldTable(input.fields, tables(), lang) }
      : { type: 'note', text: text.noFields },
    { type: 'heading', text: `IV. ${text.sections.tasksAwards}` },
    ...taskBlocks(input.tasks, ranking.year, tables, lang),
    ...awardBlocks(input.awards, ranking.year, tables, lang),
  ]
  const subject = [text.subjectYear(ranking.year), cohortSubject(ranking, lang)]
  return {
    lang,
    fileName: reportFileName([
      lang === 'vi' ? 'bao-cao-cchc' : 'par-report',
      ranking.parent.code,
      ranking.kind,
      ranking.block ?? '',
      ranking.year,
    ]),
    documentTitle: `${text.kind} ${subject.join(' ')}`,
    header: input.withHeader ? reportHeader(null, parent, parent, input.issuedYear, lang) : null,
    kind: text.kind,
    subject,
    blocks,
    source,
  }
}
