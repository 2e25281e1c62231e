import { queryOptions, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { RANKED_UNIT_KINDS, type UnitKind } from '#shared/domain/units.ts'
import {
  decisionDateText,
  issuerText,
  sourceLine,
  type SourcePublication,
} from '#shared/text/source-line.ts'
import { api, request } from '#client/lib/api-client.ts'
import type { CohortSelection } from '#client/lib/cohort-params.ts'
import { useRunningHeaderPart } from '#client/lib/running-header.ts'
import { useLang } from '#client/lib/use-lang.ts'

type RankedKind = (typeof RANKED_UNIT_KINDS)[number]
const isRanked = (kind: UnitKind): kind is RankedKind =>
  (RANKED_UNIT_KINDS as readonly string[]).includes(kind)

/**
 * A cohort's publications over all its years (GET /api/publications/status). Every year at once,
 * under the key chart exports read too, so moving between years and exporting ask once.
 */
export const publicationStatusQueries = {
  cohort: (cohort: { parent: string; kind: RankedKind; block: string | null }) => {
    const query = {
      parent: cohort.parent,
      kind: cohort.kind,
      ...(cohort.block ? { cohort: cohort.block } : {}),
    }
    return queryOptions({
      queryKey: ['publications', 'status', query] as const,
      queryFn: () => request(api.publications.status.$get({ query })),
      staleTime: 60_000,
    })
  },
}

/**
 * The publications read of a listed cohort (its codes as the cohort list spells them, so the
 * page's route loader and the line share one request); null for a level no decision ranks (the
 * country's row is no cohort of its own).
 */
export function publicationStatusQueryOf(cohort: {
  parent: { code: string }
  kind: UnitKind
  block: string | null
}) {
  if (!isRanked(cohort.kind)) return null
  return publicationStatusQueries.cohort({
    parent: cohort.parent.code,
    kind: cohort.kind,
    block: cohort.block,
  })
}

type Tone = 'published' | 'mixed' | 'draft'
type Translate = ReturnType<typeof useTranslation>['t']

/**
 * "Đã công bố — QĐ 2729/QĐ-UBND ngày 29/12/2023"; for results stored without a decision number,
 * the date and issuer the source line gives ("Đã công bố ngày 06/04/2025 — Bộ Nội vụ"); or why
 * the year is not (wholly) official.
 */
function statusText(
  p: SourcePublication | undefined,
  lang: 'vi' | 'en',
  t: Translate,
): { tone: Tone; text: string } {
  // A year the reader is not shown a publication of is, for that reader, a draft.
  if (!p || p.status === 'DRAFT') return { tone: 'draft', text: t('print.status.draft') }
  if (p.status === 'MIXED') return { tone: 'mixed', text: t('print.status.mixed') }
  if (!p.decisionNo) {
    if (!p.decisionDate) return { tone: 'published', text: t('print.status.publishedPlain') }
    const date = decisionDateText(p.decisionDate, lang)
    const text = p.issuer
      ? t('print.status.publishedDatedBy', { date, issuer: issuerText(p.issuer, lang) })
      : t('print.status.publishedDated', { date })
    return { tone: 'published', text }
  }
  if (!p.decisionDate)
    return {
      tone: 'published',
      text: t('print.status.publishedNumber', { decision: p.decisionNo }),
    }
  const date = decisionDateText(p.decisionDate, lang)
  return { tone: 'published', text: t('print.status.published', { decision: p.decisionNo, date }) }
}

/**
 * Beside a cohort page's year: whether that year's figures are published, under which decision,
 * or a draft. Printed too, with the cohort and year (the filters it sits beside do not print),
 * and repeated in every printed page's running header with the source line.
 *
 * `ofIndex`: the page's figures are not the ones the decision published (tasks the units
 * report, awards their own decisions grant). The status then names what it is of, "Chỉ số CCHC:
 * Đã công bố — QĐ …", and the page's panels give the source line of their own figures.
 */
export function PublicationStatus({
  selection,
  ofIndex = false,
}: {
  selection: CohortSelection
  ofIndex?: boolean
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const query = publicationStatusQueryOf(selection)
  const { data, isError } = useQuery({
    ...(query ?? publicationStatusQueries.cohort({ parent: '', kind: 'PROVINCE', block: null })),
    enabled: query !== null,
  })
  const publication = data?.years.find((p) => p.year === selection.year)
  const known = data !== undefined
  const status = known ? statusText(publication, lang, t) : null
  // "Chỉ số CCHC:" is known before the answer: it stands in the placeholder too (below).
  const of = ofIndex ? <span className="publication-of">{t('print.status.ofIndex')} </span> : null
  const source = known ? sourceLine(publication ? [publication] : [], lang, [selection.year]) : null
  useRunningHeaderPart(
    'status',
    status && (ofIndex ? `${t('print.status.ofIndex')} ${status.text}` : status.text),
  )
  useRunningHeaderPart('source', source, !ofIndex)
  if (query === null || isError) return null
  return (
    <p className="publication-line">
      <span className="print-only">
        {selection.label}, {selection.year}
        {' · '}
      </span>
      {status ? (
        <span className={`publication-status ${status.tone}`} data-status={status.tone}>
          <span className="visually-hidden">{t('print.status.label')}: </span>
          {of}
          {status.text}
        </span>
      ) : (
        // Holds the line's place while the answer is on its way (ADR 051): a line of text high,
        // and on a phone the line "Chỉ số CCHC:" takes of its own too, so nothing under it moves.
        <span className="publication-status pending" aria-hidden="true">
          {of}
          {'\u00a0'}
        </span>
      )}
    </p>
  )
}
