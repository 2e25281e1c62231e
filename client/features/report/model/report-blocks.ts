// Pieces both kinds of report share: the header, the source, the two figures, the tables of
// tasks and awards. Each takes plain data and the language and returns model blocks.
import {
  AWARD_KINDS,
  ISSUER_LEVEL_LABELS,
  type AwardCode,
  type IssuerLevel,
} from '#shared/domain/award-kinds.ts'
import { TASK_STATUSES, TASK_STATUS_LABELS } from '#shared/domain/task-statuses.ts'
import type { RankingEntry } from '#shared/dto/ranking.ts'
import type { TaskSummary } from '#shared/dto/task.ts'
import type { AwardTotals } from '#shared/kpi/award-totals.ts'
import type { GradeBand } from '#shared/kpi/grade.ts'
import { NOT_COMPARABLE_LABELS } from '#shared/kpi/comparability.ts'
import { sourceLine, type SourcePublication } from '#shared/text/source-line.ts'
import { formatIndex, formatNumber, type Language } from '#client/lib/format.ts'
import { slugify } from '#client/lib/slug.ts'
import { changeBars, keepEnds, rankingBars } from './chart-bars.ts'
import { bodyHeading, numberSuffix, placeName, type BodyUnit } from './issuing-body.ts'
import type { ReportBlock, ReportHeader, ReportSource, ReportTable } from './report-model.ts'
import { reportText } from './report-text.ts'
import { anyRankAmongLoaded } from './standing-order.ts'

/** Where a ministry's documents are issued (NĐ 30: the place of the issuing body's seat). */
const CAPITAL = 'Hà Nội'

/** The NĐ 30 header: `governing` above the issuing body, the place of issue from `place`. */
export function reportHeader(
  governing: BodyUnit | null,
  issuing: BodyUnit,
  place: BodyUnit,
  issuedYear: number,
  lang: Language,
): ReportHeader {
  const text = reportText(lang)
  return {
    governingBody: governing ? bodyHeading(governing, lang) : null,
    issuingBody: bodyHeading(issuing, lang),
    number: text.number(numberSuffix(issuing)),
    mottoCountry: text.mottoCountry,
    mottoSlogan: text.mottoSlogan,
    // The Ministry of Home Affairs issues the country's rankings from the capital, not "Việt Nam".
    placeAndDate: text.placeAndDate(
      place.kind === 'COUNTRY' ? CAPITAL : placeName(place.name),
      issuedYear,
    ),
  }
}

/**
 * The source line of the year's figures; a draft (or a partly published year) is marked on every
 * page. The change on the previous year stands on both years' decisions: its figure names both
 * (`changeLine`), the year before as its cohort's publications say (a draft when none).
 */
export function reportSource(
  publication: SourcePublication,
  lang: Language,
  previous: SourcePublication | null = null,
): ReportSource {
  const published = publication.status === 'PUBLISHED'
  const line = sourceLine(publication, lang, [publication.year])
  const before = publication.year - 1
  return {
    published,
    line,
    changeLine: previous
      ? sourceLine([previous, publication], lang, [before, publication.year])
      : line,
    draftMark: published ? null : reportText(lang).draftMark,
  }
}

type FigureContext = {
  year: number
  /** The cohort as captions name it: "các huyện, thị xã, thành phố thuộc tỉnh Long An". */
  cohortInCaption: string
  /** The cohort as the picker labels it: "Tỉnh Long An (cấp huyện)". */
  cohortLabel: string
  items: readonly RankingEntry[]
  total: number
  /** Units loaded (fewer than `total` for a partial table). */
  ranked: number
  bands: GradeBand[]
  highlight: string | null
  source: string
  /** The change figure's source: the decisions of both years. */
  changeSource: string
  lang: Language
}

function subtitle(ctx: FigureContext, shown: number, of: number, note: string | null): string {
  const base = `${ctx.cohortLabel}, ${ctx.year}`
  const notes = [note, shown < of ? reportText(ctx.lang).shownOf(shown, of) : null].filter(
    (n) => n !== null,
  )
  return notes.length > 0 ? `${base} — ${notes.join('; ')}` : base
}

/** Figure 1 (ranking) and figure 2 (change on the previous year), or a note when no change is comparable. */
export function figureBlocks(ctx: FigureContext, firstNumber: number): ReportBlock[] {
  const text = reportText(ctx.lang)
  const previous = ctx.year - 1
  const ranking = rankingBars(ctx, ctx.highlight)
  const rankingShown = keepEnds(ranking)
  const change = changeBars(ctx.items, ctx.highlight)
  const changeShown = keepEnds(change)
  const blocks: ReportBlock[] = [
    {
      type: 'figure',
      figure: {
        id: 'ranking',
        caption: text.figureRanking(firstNumber, ctx.year, ctx.cohortInCaption),
        title: text.chartRankingTitle(ctx.year),
        // The chart labels a bar with its rank alone ("1."): a partial table's subtitle says how
        // many are loaded, and what a rank among them is of.
        subtitle: subtitle(
          ctx,
          rankingShown.length,
          ranking.length,
          ctx.ranked < ctx.total
            ? text.chartLoaded(ctx.ranked, ctx.total, anyRankAmongLoaded(ctx))
            : null,
        ),
        source: ctx.source,
        bars: rankingShown,
        total: ctx.total,
        bands: ctx.bands,
      },
    },
  ]
  if (change.length === 0) {
    blocks.push({ type: 'note', text: text.noChange(previous) })
    return blocks
  }
  // A unit's report whose unit has no comparable change would draw the others' changes without
  // it (a 2025 province merged from two: only the provinces left whole): it says why instead.
  if (ctx.highlight !== null && !change.some((bar) => bar.highlighted)) {
    const reason = ctx.items.find((i) => i.unit.code === ctx.highlight)?.notComparable?.reason
    const why = reason ? NOT_COMPARABLE_LABELS[reason][ctx.lang] : null
    blocks.push({ type: 'note', text: text.unitNoChange(previous, why) })
    return blocks
  }
  blocks.push({
    type: 'figure',
    figure: {
      id: 'change',
      caption: text.figureChange(firstNumber + 1, ctx.year, previous, ctx.cohortInCaption),
      title: text.chartChangeTitle(ctx.year, previous),
      subtitle: subtitle(ctx, changeShown.length, change.length, null),
      source: ctx.changeSource,
      bars: changeShown,
      previousYear: previous,
    },
  })
  return blocks
}

const pct = (value: number | null, lang: Language) =>
  value === null ? '–' : formatIndex(value, lang)

/** The plan's counts by status, the rates under them; a note when the year has no plan. */
export function taskBlocks(
  tasks: TaskSummary | null,
  year: number,
  next: () => number,
  lang: Language,
): ReportBlock[] {
  const text = reportText(lang)
  if (!tasks || tasks.planned === 0) return [{ type: 'note', text: text.noTasks(year) }]
  const table: ReportTable = {
    caption: text.tableTasks(next()),
    columns: [
      { header: text.columns.no, align: 'center', width: 10 },
      { header: text.columns.status, align: 'left', width: 65 },
      { header: text.columns.tasks, align: 'right', width: 25 },
    ],
    rows: TASK_STATUSES.map((status, i) => [
      String(i + 1),
      TASK_STATUS_LABELS[status][lang],
      formatNumber(tasks.counts[status], lang),
    ]),
    footer: ['', text.total, formatNumber(tasks.planned, lang)],
  }
  return [
    { type: 'table', table },
    {
      type: 'paragraph',
      text: text.taskRates({
        completion: pct(tasks.completionPct, lang),
        onTime: pct(tasks.onTimePct, lang),
        done: formatNumber(tasks.counts.DONE_ON_TIME + tasks.counts.DONE_LATE, lang),
        due: formatNumber(tasks.planned - tasks.counts.CANCELLED, lang),
        cancelled: tasks.counts.CANCELLED > 0 ? formatNumber(tasks.counts.CANCELLED, lang) : null,
      }),
    },
  ]
}

function awardName(code: string, lang: Language): string {
  return AWARD_KINDS[code as AwardCode]?.[lang] ?? code
}

function issuerName(level: string, lang: Language): string {
  return ISSUER_LEVEL_LABELS[level as IssuerLevel]?.[lang] ?? level
}

/** Awards by title or form, with the split by recipient and by issuing level under the table. */
export function awardBlocks(
  awards: AwardTotals | null,
  year: number,
  next: () => number,
  lang: Language,
): ReportBlock[] {
  const text = reportText(lang)
  if (!awards || awards.total === 0) return [{ type: 'note', text: text.noAwards(year) }]
  const codes = Object.keys(awards.byCode).sort((a, b) => {
    const order = Object.keys(AWARD_KINDS)
    return order.indexOf(a) - order.indexOf(b)
  })
  const table: ReportTable = {
    caption: text.tableAwards(next()),
    columns: [
      { header: text.columns.no, align: 'center', width: 10 },
      { header: text.columns.award, align: 'left', width: 65 },
      { header: text.columns.count, align: 'right', width: 25 },
    ],
    rows: codes.map((code, i) => [
      String(i + 1),
      awardName(code, lang),
      formatNumber(awards.byCode[code] ?? 0, lang),
    ]),
    footer: ['', text.total, formatNumber(awards.total, lang)],
  }
  const byIssuer = Object.entries(awards.byIssuer)
    .filter(([, n]) => n > 0)
    .map(([level, n]) => `${issuerName(level, lang)}: ${formatNumber(n, lang)}`)
    .join('; ')
  return [
    { type: 'table', table },
    {
      type: 'paragraph',
      text: text.awardsSplit({
        total: formatNumber(awards.total, lang),
        collective: formatNumber(awards.collective, lang),
        individual: formatNumber(awards.individual, lang),
        household: formatNumber(awards.household, lang),
      }),
    },
    ...(byIssuer ? [{ type: 'paragraph' as const, text: text.awardsByIssuer(byIssuer) }] : []),
  ]
}

/** Numbers tables in the order they are placed (a table left out takes no number). */
export function counter(): () => number {
  let n = 0
  return () => (n += 1)
}

/** "bao-cao-cchc-long-an-thanh-hoa-2023": ASCII, for every file system and mail client. */
export function reportFileName(parts: readonly (string | number)[]): string {
  return slugify(parts.map(String).join('-'))
}
