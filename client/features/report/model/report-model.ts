// The A4 report as data (ADR 021): what the document says, in reading order, with no layout
// decisions beyond those of NĐ 30/2020 that both writers share. The PDF and the DOCX writer
// each turn this one model into a file, so the two files cannot say different things.
import type { GradeBand } from '#shared/kpi/grade.ts'
import type { Language } from '#client/lib/format.ts'

/** The two charts a report embeds; the chart renderer draws each from the model's rows. */
export const REPORT_CHARTS = ['ranking', 'change'] as const
export type ReportChartId = (typeof REPORT_CHARTS)[number]

/** A bar of the ranking chart (rank order) or of the change chart (largest gain first). */
export type ReportRankingBar = {
  code: string
  name: string
  rank: number
  indexPct: number
  grade: string | null
  /** The unit the report is about (a unit report), drawn outlined and starred. */
  highlighted: boolean
}

export type ReportChangeBar = {
  code: string
  name: string
  deltaPct: number
  rankChange: number | null
  highlighted: boolean
}

export type ReportFigure = {
  id: ReportChartId
  /** "Hình 1. Chỉ số CCHC năm 2023 …" under the image. */
  caption: string
  /** The title, subtitle and source drawn inside the image by the export renderer. */
  title: string
  subtitle: string
  source: string
} & (
  | { id: 'ranking'; bars: ReportRankingBar[]; total: number; bands: GradeBand[] }
  | { id: 'change'; bars: ReportChangeBar[]; previousYear: number }
)

export type ColumnAlign = 'left' | 'center' | 'right'

export type ReportTableColumn = {
  header: string
  align: ColumnAlign
  /** Share of the text width, in percent; the columns of a table add up to 100. */
  width: number
}

export type ReportTable = {
  /** "Bảng 1. …" above the table, as official reports number them. */
  caption: string
  columns: ReportTableColumn[]
  rows: string[][]
  /** A last row in bold (totals, the cohort's average). */
  footer: string[] | null
}

/** One element of the body, in reading order. */
export type ReportBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'note'; text: string }
  | { type: 'figure'; figure: ReportFigure }
  | { type: 'table'; table: ReportTable }

/**
 * The header of an administrative document (NĐ 30/2020, Phụ lục I): the issuing body at the left
 * (its governing body above it), the national motto at the right, the number under the body
 * and the place and date under the motto, left blank for the office to fill in when it signs.
 */
export type ReportHeader = {
  governingBody: string | null
  issuingBody: string
  number: string
  mottoCountry: string
  mottoSlogan: string
  placeAndDate: string
}

/** Where the figures come from: the publishing decision, or a draft marked as such. */
export type ReportSource = {
  published: boolean
  /** "Nguồn: Quyết định số 228/QĐ-UBND ngày 14/03/2024 của UBND tỉnh Long An" */
  line: string
  /** The change figure's: the decisions of the year and of the year before. */
  changeLine: string
  /** "Dự thảo — chưa công bố", printed across every page of a draft; null when published. */
  draftMark: string | null
}

export type ReportModel = {
  lang: Language
  /** File name without extension: "bao-cao-cchc-long-an-thanh-hoa-2023". */
  fileName: string
  /** The document's title for the file's metadata (one line). */
  documentTitle: string
  /** null: the motto block was not asked for (the report goes inside another document). */
  header: ReportHeader | null
  /** "BÁO CÁO", then the subject lines, centred and bold. */
  kind: string
  subject: string[]
  blocks: ReportBlock[]
  source: ReportSource
}
