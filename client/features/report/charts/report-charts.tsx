// The report's two charts, drawn by the dashboard's own chart components through the one export
// path (client/lib/export-chart.ts) at its A4 target: 16 cm wide, labels ≥ 9 pt, PNG ≥ 300 dpi;
// at most 12 cm tall (figure-target.ts), so a figure and its caption fit under the summary.
// The report composes the rankings feature's charts rather than drawing its own, so the printed
// figure is the one the overview shows (ADR 021).
import { INK, NEGATIVE, POSITIVE } from '#client/lib/palette.ts'
import { createExportSvg, svgToPng } from '#client/lib/export-chart.ts'
import { EXPORT_TARGETS } from '#client/lib/export-targets.ts'
import {
  formatDelta,
  formatDeltaTick,
  formatIndex,
  formatRankChange,
  formatTick,
  type Language,
} from '#client/lib/format.ts'
import { RankingChart } from '#client/cohorts/charts/ranking-chart.tsx'
import { YoyChart } from '#client/cohorts/charts/yoy-chart.tsx'
import { gradeLegend, gradeStyles, styleOf } from '#client/lib/grade-styles.ts'
import { drawsRankMoves, type YoyRow } from '#client/cohorts/charts/to-yoy-series.ts'
import type { ReportFigure, ReportModel } from '../model/report-model.ts'
import { reportText } from '../model/report-text.ts'
import type { ReportImage } from '../writers/page-layout.ts'
import type { ReportImages } from '../writers/pdf-writer.ts'
import { reportFigureTarget } from './figure-target.ts'

/** The A4 export target, whose type and density every figure keeps; its height is capped per figure. */
const TARGET = EXPORT_TARGETS['a4-portrait']

async function renderFigure(
  figure: ReportFigure,
  lang: Language,
  draftMark: string | null,
): Promise<ReportImage> {
  const words = reportText(lang)
  const base = { title: figure.title, subtitle: figure.subtitle, source: figure.source, draftMark }
  let exported: { svg: string; width: number; height: number }
  if (figure.id === 'ranking') {
    const styles = gradeStyles(figure.bands, lang)
    const rows = figure.bars.map((bar) => {
      const style = styleOf(styles, bar.grade)
      return { ...bar, gradeLabel: style.label, color: style.color, pattern: style.pattern }
    })
    const text = { ...base, legend: gradeLegend(styles, lang) }
    exported = await createExportSvg(
      text,
      (size) => (
        <RankingChart
          rows={rows}
          size={size}
          formatValue={(v) => formatIndex(v, lang)}
          formatTick={(v) => formatTick(v, lang)}
          valueLabel={words.axisIndex}
        />
      ),
      reportFigureTarget(text, rows.length),
      { kind: 'rows', rows: rows.length },
    )
  } else {
    const rows: (YoyRow & { highlighted: boolean })[] = figure.bars.map((bar, i) => ({
      ...bar,
      previousRank: null,
      previousTotal: null,
      rank: i + 1,
      rankWithheld: null,
    }))
    const label = (row: YoyRow) =>
      row.rankChange === null
        ? formatDelta(row.deltaPct, lang)
        : `${formatDelta(row.deltaPct, lang)}  ${formatRankChange(row.rankChange)}`
    const text = {
      ...base,
      legend: [
        { label: words.gain, color: POSITIVE },
        { label: words.loss, color: NEGATIVE, pattern: 'hatch' as const },
        // The bars' labels write rank moves ("↑7") beside the points: their key.
        ...(drawsRankMoves(rows)
          ? [{ label: words.rankMoveKey, color: INK, shape: 'none' as const }]
          : []),
      ],
    }
    exported = await createExportSvg(
      text,
      (size) => (
        <YoyChart
          rows={rows}
          size={size}
          formatDelta={(v) => formatDelta(v, lang)}
          formatTick={(v) => formatDeltaTick(v, lang)}
          valueLabel={words.axisDelta}
          label={label}
        />
      ),
      reportFigureTarget(text, rows.length),
      { kind: 'rows', rows: rows.length },
    )
  }
  const blob = await svgToPng(exported.svg, exported.width, exported.height, TARGET.density)
  return {
    png: new Uint8Array(await blob.arrayBuffer()),
    width: Math.round(exported.width * TARGET.density),
    height: Math.round(exported.height * TARGET.density),
  }
}

/** PNG images of every figure of the model, one after the other (each renders off-screen). */
export async function renderReportImages(model: ReportModel): Promise<ReportImages> {
  const images: ReportImages = {}
  for (const block of model.blocks) {
    if (block.type !== 'figure') continue
    images[block.figure.id] = await renderFigure(block.figure, model.lang, model.source.draftMark)
  }
  return images
}
