// What an exported image says about where its figures come from (issue 16, ADR 020): the
// decision that published them, or a draft's mark across it; and the years it actually spans.
// The line itself is the shared sourceLine(), the one every table export, print and report uses.
import type { QueryClient } from '@tanstack/react-query'
import { RANKED_UNIT_KINDS, type UnitKind } from '#shared/domain/units.ts'
import type { UnitRef } from '#shared/dto/unit.ts'
import { sourceLine, yearSpanText, type SourcePublication } from '#shared/text/source-line.ts'
import { api, request } from '#client/lib/api-client.ts'
import type { Language } from '#client/lib/format.ts'

/** A cohort whose decisions publish the figures drawn: a CohortSelection or a profile's CohortRef. */
export type SourceCohort = { parent: Pick<UnitRef, 'code'>; kind: UnitKind; block: string | null }

/**
 * Where an image's figures come from. `cohorts`: results a decision publishes (index, ranks),
 * read from those cohorts' publications; none for data no decision publishes (tasks, awards).
 * `years`: the years drawn, when more than the frame's period says (a history over 2019–2024).
 */
export type ExportSource = {
  years?: readonly number[]
  cohorts?: readonly SourceCohort[]
  /**
   * A line the server already wrote (a comparison: several cohorts, each with its own decisions
   * in the same year, which one cohort's publications cannot say); used as it is.
   */
  line?: { vi: string; en: string; draft: boolean }
}

type Translate = (key: string, options?: Record<string, unknown>) => string

/** The years of a ChartFrame's period: 2023, or "2019-2024" as file names write it. */
export function periodYears(period: string | number): number[] | null {
  const match = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(String(period).trim())
  if (!match) return null
  const from = Number(match[1])
  const to = match[2] ? Number(match[2]) : from
  return Array.from({ length: Math.max(0, to - from) + 1 }, (_, i) => from + i)
}

/** Publications of the years drawn, merged over the cohorts (a unit's cohort may change over time). */
export function publicationsOfYears(
  lists: readonly (readonly SourcePublication[])[],
  years: readonly number[],
): SourcePublication[] {
  const byYear = new Map<number, SourcePublication>()
  for (const list of lists)
    for (const p of list) if (years.includes(p.year) && !byYear.has(p.year)) byYear.set(p.year, p)
  return [...byYear.values()].sort((a, b) => a.year - b.year)
}

/** An image holds draft figures when any year it draws is not wholly published. */
export function holdsDraft(
  publications: readonly SourcePublication[],
  years: readonly number[],
): boolean {
  const byYear = new Map(publications.map((p) => [p.year, p]))
  return years.some((year) => byYear.get(year)?.status !== 'PUBLISHED')
}

/** The source line drawn inside the image, and the draft mark across it (null when published). */
export function exportSourceText(
  cohortLabel: string,
  years: readonly number[],
  publications: readonly SourcePublication[] | null,
  lang: Language,
  t: Translate,
): { line: string; draftMark: string | null } {
  if (!publications)
    return {
      line: t('chartExport.source.data', { cohort: cohortLabel, years: yearSpanText(years) }),
      draftMark: null,
    }
  return {
    line: sourceLine(publications, lang, years),
    draftMark: holdsDraft(publications, years) ? t('chartExport.draftMark') : null,
  }
}

type RankedKind = (typeof RANKED_UNIT_KINDS)[number]

const isRanked = (kind: UnitKind): kind is RankedKind =>
  (RANKED_UNIT_KINDS as readonly string[]).includes(kind)

function statusQuery(cohort: SourceCohort & { kind: RankedKind }) {
  const query = {
    parent: cohort.parent.code,
    kind: cohort.kind,
    ...(cohort.block ? { cohort: cohort.block } : {}),
  }
  return {
    queryKey: ['publications', 'status', query] as const,
    queryFn: () => request(api.publications.status.$get({ query })),
    staleTime: 60_000,
  }
}

/** Reads the cohorts' publications when an image is made (pages do not load them for this). */
export async function loadPublications(
  client: QueryClient,
  cohorts: readonly SourceCohort[],
  years: readonly number[],
) {
  const ranked = cohorts.filter((c): c is SourceCohort & { kind: RankedKind } => isRanked(c.kind))
  const reports = await Promise.all(ranked.map((cohort) => client.fetchQuery(statusQuery(cohort))))
  return publicationsOfYears(
    reports.map((r) => r.years),
    years,
  )
}
