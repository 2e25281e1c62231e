import { queryOptions, useQuery } from '@tanstack/react-query'
import { sourceLine } from '#shared/text/source-line.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { loadPublications, type SourceCohort } from './export-source.ts'

/** The publications of the years drawn from `cohorts` (ADR 020: one per year, read on demand). */
const publicationsQuery = (cohorts: readonly SourceCohort[], years: readonly number[]) =>
  queryOptions({
    queryKey: ['publications', 'source-line', cohorts, years] as const,
    queryFn: ({ client }) => loadPublications(client, cohorts, years),
    enabled: cohorts.length > 0 && years.length > 0,
    staleTime: 60_000,
  })

/**
 * The source line of figures drawn from `cohorts` over `years`, in the reader's language, for a
 * printed page's running footer: the same line the page's chart images carry (null until the
 * cohorts' publications are read, or when nothing is drawn).
 */
export function useSourceLine(
  cohorts: readonly SourceCohort[],
  years: readonly number[],
): string | null {
  const lang = useLang()
  const { data } = useQuery(publicationsQuery(cohorts, years))
  return data ? sourceLine(data, lang, years) : null
}
