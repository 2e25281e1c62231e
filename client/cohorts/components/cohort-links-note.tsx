import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { CohortLinkEntry } from '#shared/dto/cohort.ts'
import { cohortInWords } from '#client/lib/cohort-label.ts'
import { toCohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { cohortSearch } from '#client/lib/cohort-search.ts'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { cohortQueries } from '../api/cohorts.queries.ts'

/**
 * Where a cohort-year's units were ranked the year before and the year after, when that is
 * another cohort (ADR 071): a 2025 ward block leads back to the 2024 communes of the cities its
 * wards were formed from, and the last year of a city's communes on to the blocks they went
 * into. Each link opens that cohort's own year on `page`, its ranks as that year published them.
 */
export function CohortLinksNote({
  selection,
  page,
}: {
  selection: CohortSelection
  page: '/rankings' | '/overview'
}) {
  const { t } = useTranslation()
  const { data } = useQuery(cohortQueries.links(toCohortParams(selection)))
  if (!data || (data.before.length === 0 && data.after.length === 0)) return null
  return (
    <div className="chart-note cohort-links" data-testid="cohort-links">
      {data.before.length > 0 && (
        <CohortLinkList
          lead={t('cohortLinks.before', { year: selection.year - 1 })}
          links={data.before}
          page={page}
          testId="cohort-links-before"
        />
      )}
      {data.after.length > 0 && (
        <CohortLinkList
          lead={t('cohortLinks.after', { year: selection.year + 1 })}
          links={data.after}
          page={page}
          testId="cohort-links-after"
        />
      )}
      <p>{t('cohortLinks.ranksThere')}</p>
    </div>
  )
}

function CohortLinkList({
  lead,
  links,
  page,
  testId,
}: {
  lead: string
  links: readonly CohortLinkEntry[]
  page: string
  testId: string
}) {
  const { t } = useTranslation()
  const lang = useLang()
  return (
    <>
      <p>{lead}</p>
      <ul data-testid={testId}>
        {links.map((link) => (
          <li key={`${link.parent.code}|${link.kind}|${link.block ?? ''}`}>
            <Link
              to={`${page}${cohortSearch({
                parent: link.parent.code,
                kind: link.kind,
                block: link.block,
                year: link.year,
              })}`}
            >
              {t('cohortLinks.cohortYear', {
                cohort: cohortInWords(link, lang, t),
                year: link.year,
              })}
            </Link>{' '}
            {t('cohortLinks.units', { count: link.units, n: formatNumber(link.units, lang) })}
          </li>
        ))}
      </ul>
    </>
  )
}
