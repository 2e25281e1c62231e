// The source line of a comparison: the units sit in different cohorts, each published by its own
// decisions, so the line names each cohort's decisions over the years compared.
import type { Kysely } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import { findCohortsOfUnits, type Visibility } from '#server/features/cohorts/cohorts.repository.ts'
import { findUnitByCode } from '#server/features/cohorts/placements.repository.ts'
import { findCohortPublications } from '#server/features/publications/publication-status.ts'
import type { Localized } from '#server/lib/table-download/table-columns.ts'
import type { TextLang } from '#shared/text/format-number.ts'
import { sourceLine } from '#shared/text/source-line.ts'

const PREFIX: Record<TextLang, RegExp> = { vi: /^Nguồn: /, en: /^Source: / }

/** Several cohorts' lines as one: the "Nguồn:" once, each cohort's decisions after it. */
function joined(lines: readonly string[], lang: TextLang): string {
  const distinct = [...new Set(lines)]
  return distinct.map((line, i) => (i === 0 ? line : line.replace(PREFIX[lang], ''))).join(' · ')
}

export async function compareSource(
  db: Kysely<Database>,
  codes: readonly string[],
  visibility: Visibility,
): Promise<Localized> {
  const cohorts = await findCohortsOfUnits(db, codes, visibility)
  const lines = { vi: [] as string[], en: [] as string[] }
  for (const { cohort, years } of cohorts) {
    const parent = await findUnitByCode(db, cohort.parentCode)
    if (!parent) continue
    const publications = await findCohortPublications(db, parent, cohort, {
      includeDrafts: visibility.includeDrafts,
      years,
    })
    lines.vi.push(sourceLine(publications, 'vi', years))
    lines.en.push(sourceLine(publications, 'en', years))
  }
  return { vi: joined(lines.vi, 'vi'), en: joined(lines.en, 'en') }
}
