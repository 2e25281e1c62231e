// The report on click (ADR 021): this module, the model, the writers, docx, pdf-lib and the
// font are fetched only when a reader asks for a report; no page loads them before.
import { downloadBlob } from '#client/lib/export-chart.ts'
import type { Language } from '#client/lib/format.ts'
import { loadCohortReport, loadUnitReport, type ReportTarget } from './api/report-data.ts'
import { renderReportImages } from './charts/report-charts.tsx'
import { buildCohortReport } from './model/cohort-report.ts'
import { buildUnitReport } from './model/unit-report.ts'

export type ReportFormat = 'pdf' | 'docx'

export type ReportRequest = {
  target: ReportTarget
  format: ReportFormat
  lang: Language
  withHeader: boolean
}

const TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

/** Reads the data, builds the model, draws the charts, writes the file and downloads it. */
export async function generateReport(request: ReportRequest): Promise<void> {
  const base = {
    lang: request.lang,
    withHeader: request.withHeader,
    issuedYear: new Date().getFullYear(),
  }
  const { target } = request
  const model =
    target.type === 'unit'
      ? buildUnitReport(await loadUnitReport(target.code, target.year, base))
      : buildCohortReport(await loadCohortReport(target.cohort, base))
  const images = await renderReportImages(model)
  let bytes: Uint8Array
  if (request.format === 'pdf') {
    const [{ writeReportPdf }, { loadReportFonts }] = await Promise.all([
      import('./writers/pdf-writer.ts'),
      import('./writers/report-fonts.ts'),
    ])
    bytes = await writeReportPdf(model, await loadReportFonts(), images)
  } else {
    const { writeReportDocx } = await import('./writers/docx-writer.ts')
    bytes = await writeReportDocx(model, images)
  }
  downloadBlob(
    new Blob([bytes as BlobPart], { type: TYPES[request.format] }),
    `${model.fileName}.${request.format}`,
  )
}
