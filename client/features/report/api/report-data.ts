// What a report reads, from existing endpoints only: a unit-year from the profile, the summary,
// the cohort's ranking and publication status; a cohort-year from the ranking, the task and
// award summaries, the publication status, and the cohort's field averages (read from one
// member's profile, which carries them) with the maxima of the scheme in force.
import { RANKED_UNIT_KINDS } from '#shared/domain/units.ts'
import type { SourcePublication } from '#shared/text/source-line.ts'
import { api, request } from '#client/lib/api-client.ts'
import { changedWhileRead } from '#client/lib/query-client.ts'
import { toCohortParams, type CohortParams } from '#client/lib/cohort-params.ts'
import type { Language } from '#client/lib/format.ts'
import type { CohortField, CohortReportInput } from '../model/cohort-report.ts'
import type { UnitReportInput } from '../model/unit-report.ts'

/** A cohort-year as the overview selects it. */
export type CohortKey = CohortParams

export type ReportTarget =
  { type: 'unit'; code: string; year: number } | { type: 'cohort'; cohort: CohortKey }

function cohortQuery(c: CohortKey) {
  return {
    parent: c.parent,
    kind: c.kind,
    ...(c.block ? { cohort: c.block } : {}),
    year: String(c.year),
  }
}

/**
 * The cohort-year's publication and the year before's (the change figure's source), from one read
 * of every year the cohort has; a year the status does not list is a draft.
 */
async function publicationsOf(
  c: CohortKey,
): Promise<{ publication: SourcePublication; previousPublication: SourcePublication }> {
  const kind = RANKED_UNIT_KINDS.find((k) => k === c.kind)
  if (!kind) throw new Error(`${c.kind} units are not ranked`)
  const report = await request(
    api.publications.status.$get({
      query: { parent: c.parent, kind, ...(c.block ? { cohort: c.block } : {}) },
    }),
  )
  const of = (year: number): SourcePublication =>
    report.years.find((p) => p.year === year) ?? {
      year,
      status: 'DRAFT',
      decisionNo: null,
      decisionDate: null,
      issuer: report.issuer,
    }
  return { publication: of(c.year), previousPublication: of(c.year - 1) }
}

/** The cohort-year's whole ranking; asked once again if the data changed while it was read (409). */
async function rankingOf(c: CohortKey) {
  const read = () => request(api.rankings.$get({ query: cohortQuery(c) }))
  const ranking = await read().catch((error: unknown) => {
    if (changedWhileRead(error)) return read()
    throw error
  })
  if (ranking.year !== c.year)
    throw new Error(`No results for ${c.parent} (${c.kind}) in ${c.year}`)
  return { ...ranking, year: c.year }
}

type Base = { lang: Language; withHeader: boolean; issuedYear: number }

export async function loadUnitReport(
  code: string,
  year: number,
  base: Base,
): Promise<UnitReportInput> {
  const profile = await request(api.units[':code'].profile.$get({ param: { code } }))
  const result = profile.years.find((y) => y.year === year)
  if (!result) throw new Error(`${profile.unit.name} has no result in ${year}`)
  const cohort = toCohortParams({ ...result.cohort, year })
  const [ranking, summary, publications] = await Promise.all([
    rankingOf(cohort),
    request(
      api.units[':code'].summary.$get({
        param: { code },
        query: { year: String(year), lang: base.lang },
      }),
    ),
    publicationsOf(cohort),
  ])
  return { ...base, unit: profile.unit, result, ranking, summary: summary.text, ...publications }
}

/** The cohort's field averages and bests (from the top unit's profile) with the scheme's maxima. */
async function cohortFields(c: CohortKey, topUnit: string | undefined): Promise<CohortField[]> {
  if (!topUnit) return []
  const [profile, schemes] = await Promise.all([
    request(api.units[':code'].profile.$get({ param: { code: topUnit } })),
    request(api.schemes.$get({ query: { kind: c.kind } })),
  ])
  const fields = profile.years.find((y) => y.year === c.year)?.fields ?? []
  const scheme = schemes.items.find(
    (s) =>
      s.provinceCode === c.parent &&
      s.yearFrom <= c.year &&
      (s.yearTo === null || s.yearTo >= c.year),
  )
  return fields.map((f) => ({
    code: f.code,
    maxPoints: scheme?.fields.find((sf) => sf.code === f.code)?.maxPoints ?? null,
    average: f.cohortAverage,
    best: f.cohortBest,
  }))
}

export async function loadCohortReport(c: CohortKey, base: Base): Promise<CohortReportInput> {
  const [ranking, tasks, awards, publications] = await Promise.all([
    rankingOf(c),
    request(api.tasks.summary.$get({ query: cohortQuery(c) })),
    request(api.awards.summary.$get({ query: cohortQuery(c) })),
    publicationsOf(c),
  ])
  const top = [...ranking.items].sort((a, b) => a.rank - b.rank)[0]?.unit.code
  return {
    ...base,
    ranking,
    tasks: tasks.totals,
    awards: awards.totals,
    fields: await cohortFields(c, top),
    ...publications,
  }
}
