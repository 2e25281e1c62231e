// The source line of a chart of figures units report themselves (reform tasks): no decision
// publishes them, so the image names the reports they come from, as the table download does
// (shared/text/source-line.ts reportedSourceLine), never the dashboard.
import { reportedSourceLine } from '#shared/text/source-line.ts'
import type { ExportSource } from './export-source.ts'

/** The image's source for reported figures of `years`; reported data carries no draft mark. */
export function reportedImageSource(years: readonly number[]): ExportSource {
  return {
    years,
    line: {
      vi: reportedSourceLine('vi', years),
      en: reportedSourceLine('en', years),
      draft: false,
    },
  }
}
