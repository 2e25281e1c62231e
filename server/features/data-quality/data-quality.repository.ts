// Published vs computed: rank computed with the SQL window function (ties share a rank, as
// rankings do), grade and index as stored; a difference is flagged, never overwritten.
import type { Kysely } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import type { DataQualityItem, DataQualityReport } from '#shared/dto/data-quality.ts'
import {
  impliedCohortSize,
  type PublishedRankRow,
  publishedRankRowOf,
} from '#shared/kpi/implied-cohort-size.ts'
import { publishedFlags } from '#shared/kpi/published-flags.ts'
import type { DataQualityQuery } from '#shared/schemas/publications.schema.ts'
import type { GradeBand } from '#shared/kpi/grade.ts'
import { toGradeBands } from '#server/cohorts/cohorts.mapper.ts'
import {
  findGradeBands,
  findSchemes,
  schemeForYear,
} from '#server/cohorts/cohort-schemes.repository.ts'

export async function findDataQuality(
  db: Kysely<Database>,
  q: DataQualityQuery,
): Promise<DataQualityReport> {
  let query = db
    .selectFrom('assessment as a')
    .innerJoin('unit as u', 'u.code', 'a.unit_code')
    .where('a.cohort_parent_code', '=', q.parent)
    .where('a.cohort_block', '=', q.cohort ?? '')
    .where('u.kind', '=', q.kind)
    .select(({ fn }) => [
      'a.published_cohort_size',
      fn
        .countAll<number>()
        .over((ob) => ob.partitionBy('a.year'))
        .as('loaded'),
      'a.unit_code',
      'u.name',
      'a.year',
      'a.status',
      'a.index_pct',
      'a.grade',
      'a.published_rank',
      'a.published_grade',
      'a.published_index_pct',
      fn
        .agg<number>('rank')
        .over((ob) => ob.partitionBy('a.year').orderBy('a.index_pct', 'desc'))
        .as('rank'),
    ])
  if (q.year !== undefined) query = query.where('a.year', '=', q.year)
  const rows = await query.orderBy('a.year', 'desc').orderBy('a.unit_code').execute()
  const items: DataQualityItem[] = []
  const rowsOfYear = new Map<number, PublishedRankRow[]>()
  for (const r of rows) {
    const list = rowsOfYear.get(Number(r.year)) ?? []
    list.push(publishedRankRowOf(r))
    rowsOfYear.set(Number(r.year), list)
  }
  const sizeOfYear = new Map([...rowsOfYear].map(([year, list]) => [year, impliedCohortSize(list)]))
  for (const r of rows) {
    // rank() is bigint on PostgreSQL: Number() whatever the driver returns.
    const computed = { rank: Number(r.rank), grade: r.grade, indexPct: Number(r.index_pct) }
    // Of a partial table the computed rank is a rank among the units loaded: nothing to check.
    const size = sizeOfYear.get(Number(r.year)) ?? null
    const partial = size !== null && Number(r.loaded) < size
    const published = {
      rank: partial ? null : r.published_rank,
      grade: r.published_grade,
      indexPct: r.published_index_pct,
    }
    const flags = publishedFlags(computed, published)
    if (flags.length > 0)
      items.push({
        unit: { code: r.unit_code, name: r.name },
        year: r.year,
        status: r.status,
        computed,
        published,
        flags,
      })
  }
  items.sort((a, b) => b.year - a.year || a.computed.rank - b.computed.rank)
  const years = [...new Set(items.map((i) => i.year))]
  const bands = await yearGradeBands(db, { code: q.parent }, q.kind, years)
  return {
    parentCode: q.parent,
    kind: q.kind,
    year: q.year ?? null,
    checked: rows.length,
    items,
    gradeBands: [...bands].map(([year, bands]) => ({ year, bands })),
  }
}

/** The grade bands of the scheme covering each of `years` for the cohort's kind under `parent`. */
async function yearGradeBands(
  db: Kysely<Database>,
  parent: { code: string },
  kind: string,
  years: readonly number[],
): Promise<Map<number, GradeBand[]>> {
  const schemes = await findSchemes(db, parent, kind)
  const schemeOfYear = new Map(years.map((year) => [year, schemeForYear(schemes, year)?.id]))
  const ids = [...new Set([...schemeOfYear.values()].filter((id) => id !== undefined))]
  const rows = await findGradeBands(db, ids)
  return new Map([...schemeOfYear].map(([year, id]) => [year, toGradeBands(rows, id)]))
}
