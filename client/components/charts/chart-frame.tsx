import { useId, useRef, useState, type KeyboardEvent, type ReactElement } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { DataTable, tableToCsvRows, type Column } from '#client/components/ui/data-table.tsx'
import { useDetailsMenu } from '#client/components/ui/use-details-menu.ts'
import {
  createExportSvg,
  csvSeparator,
  downloadBlob,
  svgToPng,
  toCsv,
  type ChartSize,
  type LegendItem,
} from '#client/lib/export-chart.ts'
import {
  EXPORT_TARGET_IDS,
  EXPORT_TARGETS,
  isExportTargetId,
  type ExportContent,
} from '#client/lib/export-targets.ts'
import { exportFileName } from '#client/lib/slug.ts'
import { useLang } from '#client/lib/use-lang.ts'
import {
  exportSourceText,
  loadPublications,
  periodYears,
  type ExportSource,
} from './export-source.ts'
import { useExportTarget } from './use-export-target.ts'
import { Legend } from './legend.tsx'
import { focusLegendItem } from './focus-mark.tsx'
import {
  LiveChartsDrawContext,
  useAfterFirstPaint,
  useNearViewport,
  usePrinting,
} from './draw-after-paint.tsx'
import { useMarkChartShown } from './first-chart.tsx'
import { usePhone } from '#client/lib/use-phone.ts'

export type ChartRender = (size: ChartSize | undefined) => ReactElement

type Props<R> = {
  /** Chart slug for file names: "ranking" → ranking-long-an-2023.png. */
  chartId: string
  title: string
  subtitle: string
  /** Cohort (or unit) name for the export's source line. */
  cohortLabel: string
  /** ASCII-able cohort key for file names (LONG_AN → long-an). */
  fileCohort: string
  period: string | number
  legend?: LegendItem[]
  columns: Column<R>[]
  rows: R[]
  rowKey: (row: R) => string
  /** Draws the chart: responsive when size is undefined, fixed and unanimated for export. */
  render: ChartRender
  /** Shown instead of chart and table when there are no rows ("No data for …"). */
  emptyText?: string
  /**
   * The years the image spans (else the period's) and the publication of its figures: the
   * image's source line names the decision, or marks a draft.
   */
  source?: ExportSource
  /** What the chart draws, for the export's height: by default one bar for each row. */
  exportContent?: ExportContent
  /** The reader's unit's row in the table view (client/lib/focus-unit.ts), marked. */
  isFocusRow?: (row: R) => boolean
  /** The name of the reader's unit's row: an image that marks it says whose mark it is. */
  focusName?: (row: R) => string
  /** The legend on screen when it differs from the export's (a phone draws fewer lines). */
  screenLegend?: LegendItem[]
  /** The subtitle on screen when it differs from the export's (it counts the lines drawn). */
  screenSubtitle?: string
}

/**
 * The rows under a chart's CSV: an empty one, then the image's source line (the decision, or
 * that the figures are a draft), as the server's table downloads end (ADR 018): figures pasted
 * into a report keep their source.
 */
function sourceRows(text: { source: string }): string[][] {
  return [[], [text.source]]
}

type View = 'chart' | 'table'
type Busy = 'png' | 'svg' | 'csv' | null

/** Every chart's frame: title, subtitle, Chart/Table tabs and PNG/SVG/CSV export (STYLE B.9). */
export function ChartFrame<R>(props: Props<R>) {
  const {
    chartId,
    title,
    subtitle,
    cohortLabel,
    fileCohort,
    period,
    legend = [],
    columns,
    rows,
    rowKey,
    render,
    emptyText,
    source,
  } = props
  const { t } = useTranslation()
  const lang = useLang()
  const phone = usePhone()
  const menu = useDetailsMenu()
  const [targetId, setTargetId] = useExportTarget()
  const frameRef = useRef<HTMLElement>(null)
  const nearViewport = useNearViewport(frameRef)
  const painted = useAfterFirstPaint()
  const printing = usePrinting()
  const drawChart = painted && (nearViewport || printing)
  useMarkChartShown(drawChart)
  const [view, setView] = useState<View>('chart')
  const [busy, setBusy] = useState<Busy>(null)
  const [failed, setFailed] = useState(false)
  const id = useId()
  const empty = rows.length === 0

  const queryClient = useQueryClient()
  const years = source?.years ?? periodYears(period) ?? []

  // The image's legend ends with the key to the reader's unit's mark, where the chart draws it.
  const focusRow = props.isFocusRow && props.focusName ? rows.find(props.isFocusRow) : undefined
  const imageLegend =
    focusRow !== undefined && props.focusName
      ? [...legend, focusLegendItem(t('chartExport.focusKey', { unit: props.focusName(focusRow) }))]
      : legend

  /** Title, legend and the source line with the decision (or a draft's mark), read when exporting. */
  async function exportText() {
    const legend = imageLegend
    if (source?.line) {
      const draftMark = source.line.draft ? t('chartExport.draftMark') : null
      return { title, subtitle, source: source.line[lang], draftMark, legend }
    }
    const cohorts = source?.cohorts ?? []
    const publications =
      cohorts.length > 0 ? await loadPublications(queryClient, cohorts, years) : null
    const provenance = exportSourceText(cohortLabel, years, publications, lang, t)
    return { title, subtitle, source: provenance.line, draftMark: provenance.draftMark, legend }
  }
  const content = props.exportContent ?? { kind: 'rows', rows: rows.length }
  // The default size keeps the plain name; another size says which it is.
  const fileName = (ext: string) =>
    exportFileName(
      chartId,
      fileCohort,
      targetId === 'a4-portrait' || ext === 'csv' ? period : `${period}-${targetId}`,
      ext,
    )

  async function run(kind: Exclude<Busy, null>) {
    setBusy(kind)
    setFailed(false)
    try {
      if (kind === 'csv') {
        const csv = tableToCsvRows(columns, rows, lang)
        const text = toCsv(csv.header, [...csv.rows, ...sourceRows(await exportText())], {
          separator: csvSeparator(lang),
        })
        downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName('csv'))
      } else {
        const target = EXPORT_TARGETS[targetId]
        const image = await createExportSvg(
          await exportText(),
          (size) => render(size),
          target,
          content,
        )
        const blob =
          kind === 'svg'
            ? new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' })
            : await svgToPng(image.svg, image.width, image.height, target.density)
        downloadBlob(blob, fileName(kind))
      }
    } catch (error) {
      console.error(error)
      setFailed(true)
    } finally {
      setBusy(null)
    }
  }

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
    const next: View = view === 'chart' ? 'table' : 'chart'
    setView(next)
    document.getElementById(`${id}-tab-${next}`)?.focus()
  }

  const exportGroup = (
    <div role="group" aria-label={t('chart.export')} className="export-buttons">
      <label className="export-target">
        <span className="visually-hidden">{t('chartExport.target')}</span>
        <select
          value={targetId}
          data-export-target
          title={t('chartExport.target')}
          onChange={(e) => {
            if (isExportTargetId(e.target.value)) setTargetId(e.target.value)
          }}
        >
          {EXPORT_TARGET_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`chartExport.targets.${id}`)}
            </option>
          ))}
        </select>
      </label>
      {(['png', 'svg', 'csv'] as const).map((kind) => (
        <button
          key={kind}
          type="button"
          className="button small"
          data-export={kind}
          disabled={busy !== null}
          aria-label={`${t('chart.export')}: ${t(`chart.export${kind === 'png' ? 'Png' : kind === 'svg' ? 'Svg' : 'Csv'}`)}`}
          onClick={() => {
            // The phone's menu closes on a choice (the download is the answer).
            menu.close()
            void run(kind)
          }}
        >
          {kind.toUpperCase()}
        </button>
      ))}
    </div>
  )

  return (
    <figure
      ref={frameRef}
      className="chart-frame"
      data-chart={chartId}
      aria-labelledby={`${id}-title`}
    >
      <header className="chart-header">
        <div>
          <h2 id={`${id}-title`} className="panel-title">
            {title}
          </h2>
          <p className="chart-subtitle">{props.screenSubtitle ?? subtitle}</p>
        </div>
        {!empty && (
          <div className="chart-tools">
            <div role="tablist" aria-label={t('chart.view')} className="segmented">
              {(['chart', 'table'] as const).map((v) => (
                <button
                  key={v}
                  id={`${id}-tab-${v}`}
                  type="button"
                  role="tab"
                  aria-selected={view === v}
                  aria-controls={`${id}-panel`}
                  tabIndex={view === v ? 0 : -1}
                  onClick={() => setView(v)}
                  onKeyDown={onTabKey}
                >
                  {t(`chart.${v}`)}
                </button>
              ))}
            </div>
            {phone ? (
              // A phone's reader rarely sets a chart into a report: the paper sizes and formats
              // wait behind one button, the chart a line higher on each card.
              <details className="export-menu" ref={menu.ref} onKeyDown={menu.onKeyDown}>
                <summary className="button small">{t('chart.export')}</summary>
                {exportGroup}
              </details>
            ) : (
              exportGroup
            )}
          </div>
        )}
      </header>
      {busy && (
        <p className="chart-note" role="status">
          {t('chart.exporting')}
        </p>
      )}
      {failed && (
        <p className="chart-note error" role="alert">
          {t('chart.exportFailed')}
        </p>
      )}
      {empty ? (
        <p className="empty-state">{emptyText ?? t('state.noData', { what: subtitle })}</p>
      ) : (
        <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${view}`}>
          {view === 'chart' ? (
            <>
              {(props.screenLegend ?? legend).length > 0 && (
                <Legend items={props.screenLegend ?? legend} />
              )}
              <div className="chart-body">
                <LiveChartsDrawContext value={drawChart}>{render(undefined)}</LiveChartsDrawContext>
              </div>
            </>
          ) : (
            <DataTable
              caption={title}
              captionHidden
              columns={columns}
              rows={rows}
              rowKey={rowKey}
              testId={`${chartId}-table`}
              isFocusRow={props.isFocusRow}
            />
          )}
        </div>
      )}
    </figure>
  )
}
