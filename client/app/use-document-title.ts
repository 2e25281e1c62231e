import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { COMPARE_MAX_UNITS, COMPARE_MIN_UNITS } from '#shared/domain/compare-limits.ts'
import { isUnitCode } from '#shared/domain/units.ts'
import { cohortQueries } from '#client/cohorts/api/cohorts.queries.ts'
import { compareQueries } from '#client/features/compare/api/compare.queries.ts'
import { parseCompareUrl } from '#client/features/compare/utils/compare-url.ts'
import { unitQueries } from '#client/cohorts/api/units.queries.ts'
import { kindLabel, shownBlock } from '#client/lib/cohort-label.ts'
import {
  cohortSearchSchema,
  findCohort,
  parseSearch,
  profileSearchSchema,
  selectedCohort,
} from '#client/lib/cohort-params.ts'
import { profileYear } from '#client/features/units/utils/profile-year.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { useRunningHeaderPart } from '#client/lib/running-header.ts'

export type TitledPage =
  | 'overview'
  | 'rankings'
  | 'tasks'
  | 'awards'
  | 'scorecard'
  | 'profile'
  | 'compare'
  | 'data'
  | 'admin'
  | 'login'
  | 'notFound'

const COHORT_PAGES: readonly TitledPage[] = ['overview', 'rankings', 'tasks', 'awards', 'scorecard']

type Subject = { name: string; year: number | null } | null

/**
 * The cohort and year a cohort page's URL names, as its picker resolves them: "Tỉnh Tây Ninh
 * (cấp xã)", 2025. Reads the cohort list the page has already loaded (no request of its own).
 */
function useCohortSubject(enabled: boolean): Subject {
  const { t } = useTranslation()
  const lang = useLang()
  const [params] = useSearchParams()
  const { data } = useQuery({ ...cohortQueries.list(), enabled })
  const parsed = parseSearch(cohortSearchSchema, params)
  if (!enabled || !data || !parsed.ok) return null
  const key = selectedCohort(parsed.data, data.items)
  const cohort = key && findCohort(data.items, key)
  if (!cohort) return null
  const block = shownBlock(cohort.kind, cohort.block, lang)
  const kind = kindLabel(cohort.kind, lang).toLocaleLowerCase(lang)
  const name = block
    ? t('filters.cohortLabelBlock', { parent: cohort.parent.name, kind, block })
    : t('filters.cohortLabel', { parent: cohort.parent.name, kind })
  return { name, year: parsed.data.year ?? cohort.latestYear }
}

/**
 * The unit a profile shows and its year, chosen as the page chooses them (`isUnitCode`,
 * `profileYear`): a year the unit has no result for is left out of the title, as the page says
 * it has none.
 */
function useProfileSubject(enabled: boolean): Subject {
  const { code = '' } = useParams()
  const [params] = useSearchParams()
  const parsed = parseSearch(profileSearchSchema, params)
  const valid = enabled && isUnitCode(code) && parsed.ok
  const { data } = useQuery({ ...unitQueries.profile(code), enabled: valid })
  if (!valid || !data) return null
  const years = data.years.map((y) => y.year)
  const year = profileYear(years, parsed.data.year)
  return { name: data.unit.name, year: year !== undefined && years.includes(year) ? year : null }
}

/** The units compared, by name: "Thạnh Hóa, Tân Thạnh" or "Thạnh Hóa and 4 other units". */
function useCompareSubject(enabled: boolean): Subject {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  // Read as the page reads it (parseCompareUrl): the same units, the same query.
  const parsed = parseCompareUrl(params)
  const codes = parsed.ok ? parsed.value.units : []
  const valid =
    enabled && parsed.ok && codes.length >= COMPARE_MIN_UNITS && codes.length <= COMPARE_MAX_UNITS
  const { data } = useQuery({ ...compareQueries.detail(codes), enabled: valid })
  if (!valid || !data) return null
  const names = data.items.map((item) => item.unit.name)
  const [first] = names
  if (!first) return null
  const name =
    names.length <= 3
      ? names.join(', ')
      : t('print.title.units', { first, count: names.length - 1 })
  return { name, year: null }
}

/**
 * Titles the browser tab (and the printed pages' running header) with what the page shows, in
 * the reader's language: "Xếp hạng Chỉ số CCHC — Tỉnh Tây Ninh (cấp xã), 2025 · PAR Dashboard".
 * Follows the language and the page's selection as they change.
 */
export function useDocumentTitle(page: TitledPage) {
  const { t } = useTranslation()
  const cohort = useCohortSubject(COHORT_PAGES.includes(page))
  const profile = useProfileSubject(page === 'profile')
  const compare = useCompareSubject(page === 'compare')
  const subject = cohort ?? profile ?? compare
  // The scorecard's strings live in its own area (client/app/i18n/scorecard.*.ts).
  const pageName = t(page === 'scorecard' ? 'scorecard.title' : `print.pages.${page}`)
  const heading = !subject
    ? null
    : subject.year === null
      ? t('print.title.subject', { page: pageName, subject: subject.name })
      : t('print.title.full', { page: pageName, subject: subject.name, year: subject.year })
  const title = `${heading ?? pageName} · ${t('app.name')}`
  useEffect(() => {
    document.title = title
  }, [title])
  useRunningHeaderPart('heading', heading ?? pageName)
}
