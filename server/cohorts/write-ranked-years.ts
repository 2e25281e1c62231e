// Writes the ranks of the rebuilt cohort-years (their old rows already deleted), each rank row
// once with the facts beside it (store-rank-facts.ts), with the cohort-years' sizes and counts
// and their field stats (store-field-stats.ts), all from one read of the assessments per year.
// Ranking, facts and stats in one pass: inserting ranks, then updating each row with its facts,
// wrote every row and its indexes twice and was a third of an import's time.
import type { Kysely, Transaction } from 'kysely'
import { bulkInsert, type BulkRow, inKeyOrder } from '#server/db/bulk-insert.ts'
import type { Database, RankScope } from '#server/db/schema.ts'
import { chunk } from '#server/lib/chunk.ts'
import { impliedCohortSize } from '#shared/kpi/implied-cohort-size.ts'
import { sharedMaxPoints } from './shared-max-points.ts'
import { fieldStatsOf, type FieldPointsRow } from './store-field-stats.ts'
import { cohortKeyOf, factsOfYear, type RankedRow, type RefreshMemo } from './store-rank-facts.ts'

type Executor = Kysely<Database> | Transaction<Database>

/** Parent codes per IN list: well inside both engines' parameter limits. */
const PARENTS_PER_STATEMENT = 500

/** The primary key of cohort_rank: its rows are written in its order, not the ranks'. */
const RANK_KEY = ['parent_code', 'kind', 'block', 'scope', 'year', 'unit_code']

type AssessmentRow = Omit<RankedRow, 'rank'> &
  FieldPointsRow & {
    status: string
    published_cohort_size: number | null
    max_points: number | null
  }

/**
 * Ranks the assessments of these parents' cohorts (all when null) in these scopes and years (every
 * year with assessments when null), year by year in order: a year's facts read the year before.
 */
export async function writeRankedYears(
  db: Executor,
  parents: readonly string[] | null,
  scopes: readonly RankScope[],
  years: readonly number[] | null,
  memo: RefreshMemo,
): Promise<void> {
  for (const year of years
    ? [...new Set(years)].sort((a, b) => a - b)
    : await yearsOf(db, parents)) {
    const assessments = await readAssessments(db, parents, year)
    for (const scope of scopes) {
      const counted =
        scope === 'ALL' ? assessments : assessments.filter((a) => a.status === 'PUBLISHED')
      await writeYear(db, scope, year, counted, memo)
    }
  }
}

async function yearsOf(db: Executor, parents: readonly string[] | null): Promise<number[]> {
  let query = db
    .selectFrom('assessment')
    .select('year')
    .distinct()
    .where('cohort_parent_code', 'is not', null)
  if (parents) query = query.where('cohort_parent_code', 'in', [...parents])
  const rows = await query.orderBy('year').execute()
  return rows.map((r) => Number(r.year))
}

/**
 * The year's assessments ranked in a cohort of these parents. The cohort is the one the decision
 * ranked, stored on the assessment (ADR 014): the map (placements, merges) is not read here, so a
 * later change of it cannot move an earlier rank.
 */
async function readAssessments(
  db: Executor,
  parents: readonly string[] | null,
  year: number,
): Promise<AssessmentRow[]> {
  const read = (part: readonly string[] | null) => {
    let query = db
      .selectFrom('assessment as a')
      .innerJoin('unit as u', 'u.code', 'a.unit_code')
      .select([
        'a.cohort_parent_code',
        'u.kind',
        'a.cohort_block',
        'a.unit_code',
        'a.index_pct',
        'a.points',
        'a.max_points',
        'a.grade',
        'a.published_grade',
        'a.published_rank',
        'a.published_cohort_size',
        'a.status',
        'a.field_points',
        'u.name',
      ])
      .where('a.year', '=', year)
    query = part
      ? query.where('a.cohort_parent_code', 'in', [...part])
      : query.where('a.cohort_parent_code', 'is not', null)
    return query.execute()
  }
  const parts = parents ? chunk(parents, PARENTS_PER_STATEMENT) : [null]
  const out: AssessmentRow[] = []
  for (const part of parts)
    for (const r of await read(part))
      out.push({
        parent_code: r.cohort_parent_code!,
        kind: r.kind,
        block: r.cohort_block,
        unit_code: r.unit_code,
        index_pct: Number(r.index_pct),
        points: r.points === null ? null : Number(r.points),
        max_points: r.max_points === null ? null : Number(r.max_points),
        grade: r.grade,
        published_grade: r.published_grade,
        published_rank: r.published_rank === null ? null : Number(r.published_rank),
        published_cohort_size:
          r.published_cohort_size === null ? null : Number(r.published_cohort_size),
        status: r.status,
        field_points: r.field_points,
        name: r.name,
      })
  return out
}

/** One scope's year: ranks per cohort, then the cohort-years, the rank rows and the field stats. */
async function writeYear(
  db: Executor,
  scope: RankScope,
  year: number,
  assessments: readonly AssessmentRow[],
  memo: RefreshMemo,
) {
  if (assessments.length === 0) return
  const byCohort = new Map<string, AssessmentRow[]>()
  for (const a of assessments) {
    const key = cohortKeyOf(a)
    const list = byCohort.get(key)
    if (list) list.push(a)
    else byCohort.set(key, [a])
  }
  const ranked: (RankedRow & AssessmentRow)[] = []
  const sizes = new Map<
    string,
    {
      unitCount: number
      publishedSize: number | null
      maxPoints: number | null
      publishedRanks: number
    }
  >()
  for (const [key, rows] of byCohort) {
    ranked.push(...rankOf(rows))
    // Of the scope's own rows: a reader's sizes never depend on drafts (nor on when they came).
    sizes.set(key, {
      unitCount: rows.length,
      publishedSize: impliedCohortSize(rows),
      maxPoints: sharedMaxPoints(rows),
      publishedRanks: rows.filter((r) => r.published_rank !== null).length,
    })
  }
  const shown = new Map([...sizes].map(([k, s]) => [k, s.publishedSize ?? s.unitCount]))
  const facts = await factsOfYear(db, scope, year, ranked, shown, memo)
  const cohortYears: BulkRow[] = []
  const ranks: BulkRow[] = []
  for (const [key, cohort] of facts) {
    const first = cohort.rows[0]!
    const size = sizes.get(key)!
    const where = { parent_code: first.parent_code, kind: first.kind, block: first.block, scope }
    cohortYears.push({
      ...where,
      year,
      unit_count: size.unitCount,
      published_size: size.publishedSize,
      shared_max_points: size.maxPoints,
      published_ranks: size.publishedRanks,
      counts: JSON.stringify(cohort.counts),
      summary_ends: cohort.summaryEnds,
    })
    cohort.rows.forEach((row, i) =>
      ranks.push({
        ...where,
        year,
        unit_code: row.unit_code,
        rank: row.rank,
        index_pct: row.index_pct,
        ...cohort.facts[i],
      }),
    )
  }
  await bulkInsert(db, 'cohort_year', Object.keys(cohortYears[0]!), cohortYears)
  await bulkInsert(db, 'cohort_rank', Object.keys(ranks[0]!), inKeyOrder(ranks, RANK_KEY))
  const stats = fieldStatsOf(ranked, scope, year)
  if (stats.length > 0) await bulkInsert(db, 'cohort_field_stat', Object.keys(stats[0]!), stats)
}

/**
 * SQL's rank() over index_pct, highest first, within one cohort-year: ties share a rank and the
 * next rank skips (ADR 003).
 */
function rankOf<Row extends { index_pct: number }>(
  rows: readonly Row[],
): (Row & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.index_pct - a.index_pct)
  let rank = 0
  return sorted.map((row, i) => {
    if (i === 0 || row.index_pct !== sorted[i - 1]!.index_pct) rank = i + 1
    return { ...row, rank }
  })
}
