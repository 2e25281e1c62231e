// The source line of the awards chart image: the award decisions that granted what it draws
// (issue 16, "Official sources everywhere"), not the dashboard. Award data is not published by a
// ranking decision, so it carries no draft mark.
import { awardsSourceLine, type AwardDecisionDigest } from '#shared/text/source-line.ts'
import type { ExportSource } from './export-source.ts'

/** The image's source for a cohort-year's awards, from the digest of the decisions that granted them. */
export function awardsImageSource(
  decisions: AwardDecisionDigest,
  year: number | null,
): ExportSource {
  const years = year === null ? [] : [year]
  return {
    years,
    line: {
      vi: awardsSourceLine(decisions, 'vi', years),
      en: awardsSourceLine(decisions, 'en', years),
      draft: false,
    },
  }
}
