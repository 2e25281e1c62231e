// The source line of a comparison: the units sit in different cohorts, each published by its own
// decisions, so the line names each cohort's decisions over the years compared.
import type { Kysely } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import { findCohortsOfUnits, type Visibility } from '#server/cohorts/cohorts.repository.ts'
import { findUnitByCode } from '#server/cohorts/placements.repository.ts'
import { findCohortPublications } from '#server/features/publications/publication-status.ts'
import type { ComparisonSource, ComparisonSourceLine } from '#shared/dto/compare.ts'
import type { TextLang } from '#shared/text/format-number.ts'
import { sourceLine, type SourcePublication } from '#shared/text/source-line.ts'

const PREFIX: Record<TextLang, RegExp> = { vi: /^Nguồn: /, en: /^Source: / }

/** Several cohorts' lines as one: the "Nguồn:" once, each cohort's decisions after it. */
function joined(lines: readonly string[], lang: TextLang): string {
  const distinct = [...new Set(lines)]
  return distinct.map((line, i) => (i === 0 ? line : line.replace(PREFIX[lang], ''))).join(' · ')
}

type CohortPublications = { years: number[]; publications: SourcePublication[] }

/** The line over `years` (each cohort over the years of it that fall in them), and its draft flag. */
function lineOver(
  parts: readonly CohortPublications[],
  years?: readonly number[],
): ComparisonSourceLine {
  const lines = { vi: [] as string[], en: [] as string[] }
  let draft = false
  for (const part of parts) {
    const shown = years ? part.years.filter((y) => years.includes(y)) : part.years
    if (shown.length === 0) continue
    const status = new Map(part.publications.map((p) => [p.year, p.status]))
    draft ||= shown.some((year) => status.get(year) !== 'PUBLISHED')
    lines.vi.push(sourceLine(part.publications, 'vi', shown))
    lines.en.push(sourceLine(part.publications, 'en', shown))
  }
  return { vi: joined(lines.vi, 'vi'), en: joined(lines.en, 'en'), draft }
}

/** The comparison's source over all its years, and year by year (a chart of one year says that year). */
export async function compareSource(
  db: Kysely<Database>,
  codes: readonly string[],
  visibility: Visibility,
): Promise<ComparisonSource> {
  const cohorts = await findCohortsOfUnits(db, codes, visibility)
  const parts: CohortPublications[] = []
  for (const { cohort, years } of cohorts) {
    const parent = await findUnitByCode(db, cohort.parentCode)
    if (!parent) continue
    const publications = await findCohortPublications(db, parent, cohort, {
      includeDrafts: visibility.includeDrafts,
      years,
    })
    parts.push({ years, publications })
  }
  const allYears = [...new Set(parts.flatMap((p) => p.years))].sort((a, b) => a - b)
  return {
    ...lineOver(parts),
    byYear: Object.fromEntries(allYears.map((year) => [year, lineOver(parts, [year])])),
  }
}
