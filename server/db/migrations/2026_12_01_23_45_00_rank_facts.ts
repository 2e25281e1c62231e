// Intent: the facts every sorted, searched or summarised ranking reads, stored beside each rank
// (ADR 015) so that no request joins a cohort to its previous year:
// - `cohort_rank.points`, `grade` (computed, else published): the assessment's, for sorting;
// - `prev_index_pct`, `prev_rank`, `prev_total`: the same unit in the same cohort the year before,
//   as published (the published rank and size where given);
// - `delta_pct`, `rank_change`, `not_comparable`: the change as the product may claim it (ADR 014:
//   LINEAGE, SCHEME, COHORT withhold it, COHORT_SIZE withholds the rank move only);
// - `name_order` (place by Vietnamese collation, then code) and `search_key` (the name lower-cased
//   without diacritics) for sorting and searching by name.
// One covering index per cohort-year replaces the rank-order index: every list order and summary
// reads one cohort-year range of it. Existing ranks are filled here with a frozen copy of the
// rule the writers run (server/cohorts/store-rank-facts.ts).
// Portable types only (ADR 001). Frozen: never import app code here.
import { sql, type Kysely } from 'kysely'

const ROWS_PER_UPDATE = 500
const collator = new Intl.Collator('vi', { numeric: true })

export async function up(db: Kysely<any>): Promise<void> {
  const columns: [string, 'double precision' | 'integer' | 'text'][] = [
    ['points', 'double precision'],
    ['grade', 'text'],
    ['prev_index_pct', 'double precision'],
    ['prev_rank', 'integer'],
    ['prev_total', 'integer'],
    ['delta_pct', 'double precision'],
    ['rank_change', 'integer'],
    ['not_comparable', 'text'],
  ]
  for (const [name, type] of columns)
    await db.schema.alterTable('cohort_rank').addColumn(name, type).execute()
  await db.schema
    .alterTable('cohort_rank')
    .addColumn('name_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema
    .alterTable('cohort_rank')
    .addColumn('search_key', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  await db.schema.dropIndex('cohort_rank_order_idx').execute()
  await db.schema
    .createIndex('cohort_rank_facts_idx')
    .on('cohort_rank')
    .columns([
      'parent_code',
      'kind',
      'block',
      'scope',
      'year',
      'rank',
      'unit_code',
      'index_pct',
      'points',
      'delta_pct',
      'rank_change',
      'not_comparable',
      'name_order',
      'grade',
      'search_key',
    ])
    .execute()
  // The name order is unique within a cohort-year: a page by name is a range of this index.
  await db.schema
    .createIndex('cohort_rank_name_idx')
    .on('cohort_rank')
    .columns(['parent_code', 'kind', 'block', 'scope', 'year', 'name_order', 'unit_code'])
    .execute()
  const years = await db.selectFrom('cohort_year').select(['scope', 'year']).distinct().execute()
  const schemes = await loadSchemes(db)
  for (const { scope, year } of years) await fillYear(db, scope, Number(year), schemes)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('cohort_rank_name_idx').execute()
  await db.schema.dropIndex('cohort_rank_facts_idx').execute()
  await db.schema
    .createIndex('cohort_rank_order_idx')
    .on('cohort_rank')
    .columns(['parent_code', 'kind', 'block', 'scope', 'year', 'rank', 'unit_code'])
    .execute()
  for (const name of [
    'search_key',
    'name_order',
    'not_comparable',
    'rank_change',
    'delta_pct',
    'prev_total',
    'prev_rank',
    'prev_index_pct',
    'grade',
    'points',
  ])
    await db.schema.alterTable('cohort_rank').dropColumn(name).execute()
}

type Scheme = {
  id: string
  province_code: string
  unit_kind: string
  year_from: number
  year_to: number | null
}

async function loadSchemes(db: Kysely<any>) {
  const schemes: Scheme[] = await db
    .selectFrom('scheme')
    .select(['id', 'province_code', 'unit_kind', 'year_from', 'year_to'])
    .execute()
  const placements: { unit_code: string; parent_code: string }[] = await db
    .selectFrom('unit_placement')
    .select(['unit_code', 'parent_code'])
    .where('parent_code', 'is not', null)
    .orderBy('valid_from')
    .execute()
  const parentsOf = new Map<string, string[]>()
  for (const p of placements) {
    const list = parentsOf.get(p.unit_code) ?? []
    if (!list.includes(p.parent_code)) list.push(p.parent_code)
    parentsOf.set(p.unit_code, list)
  }
  /** Whether the schemes covering `year` and the year before differ (both known). */
  return (parent: string, kind: string, year: number): boolean => {
    const provinces = [parent, ...(parentsOf.get(parent) ?? [])]
    const candidates = schemes
      .filter((s) => s.unit_kind === kind && provinces.includes(s.province_code))
      .sort(
        (a, b) =>
          provinces.indexOf(a.province_code) - provinces.indexOf(b.province_code) ||
          b.year_from - a.year_from,
      )
    const cover = (y: number) =>
      candidates.find((s) => s.year_from <= y && (s.year_to === null || s.year_to >= y))
    const now = cover(year)
    const before = cover(year - 1)
    return now !== undefined && before !== undefined && now.id !== before.id
  }
}

const keyOf = (r: { parent_code: string; kind: string; block: string }) =>
  `${r.parent_code}\u0000${r.kind}\u0000${r.block}`

function round2(value: number): number {
  const sign = value < 0 ? -1 : 1
  const result = sign * Number(`${Math.round(Number(`${Math.abs(value)}e2`))}e-2`)
  return Object.is(result, -0) ? 0 : result
}

function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9:]+/g, ' ')
    .replace(/\s*:\s*/g, ':')
    .trim()
}

async function fillYear(
  db: Kysely<any>,
  scope: string,
  year: number,
  schemeChanged: (parent: string, kind: string, year: number) => boolean,
) {
  const ranked = (y: number) =>
    db
      .selectFrom('cohort_rank as r')
      .innerJoin('assessment as a', (j) =>
        j.onRef('a.unit_code', '=', 'r.unit_code').onRef('a.year', '=', 'r.year'),
      )
      .innerJoin('unit as u', 'u.code', 'r.unit_code')
      .select([
        'r.parent_code',
        'r.kind',
        'r.block',
        'r.unit_code',
        'r.rank',
        'r.index_pct',
        'a.points',
        'a.grade',
        'a.published_grade',
        'a.published_rank',
        'u.name',
      ])
      .where('r.scope', '=', scope)
      .where('r.year', '=', y)
      .execute()
  const [rows, previousRows, sizes, lineage] = await Promise.all([
    ranked(year),
    ranked(year - 1),
    db
      .selectFrom('cohort_year')
      .select(['parent_code', 'kind', 'block', 'year', 'unit_count', 'published_size'])
      .where('scope', '=', scope)
      .where('year', 'in', [year - 1, year])
      .execute(),
    db
      .selectFrom('unit_lineage')
      .select(['from_code', 'to_code'])
      .where('effective_date', '>', `${year - 1}-12-31`)
      .where('effective_date', '<=', `${year}-12-31`)
      .execute(),
  ])
  const size = new Map<string, number>()
  for (const s of sizes)
    size.set(`${Number(s.year)}\u0000${keyOf(s)}`, Number(s.published_size ?? s.unit_count))
  const previous = new Map<string, any>()
  const rankedBefore = new Set<string>()
  for (const p of previousRows) {
    previous.set(`${keyOf(p)}\u0000${p.unit_code}`, p)
    rankedBefore.add(p.unit_code)
  }
  const touched = new Set<string>()
  for (const e of lineage) {
    touched.add(e.from_code)
    if (e.to_code) touched.add(e.to_code)
  }
  const byCohort = new Map<string, any[]>()
  for (const row of rows) {
    const list = byCohort.get(keyOf(row)) ?? []
    list.push(row)
    byCohort.set(keyOf(row), list)
  }
  const updates: unknown[][] = []
  for (const [key, cohortRows] of byCohort) {
    const { parent_code, kind } = cohortRows[0]
    const changed = schemeChanged(parent_code, kind, year)
    const total = size.get(`${year}\u0000${key}`) ?? cohortRows.length
    const previousTotal = size.get(`${year - 1}\u0000${key}`) ?? null
    const byName = [...cohortRows].sort(
      (a, b) =>
        collator.compare(a.name, b.name) ||
        (a.unit_code < b.unit_code ? -1 : a.unit_code > b.unit_code ? 1 : 0),
    )
    const nameOrder = new Map(byName.map((r, i) => [r.unit_code, i + 1]))
    for (const row of cohortRows) {
      const prev = previous.get(`${key}\u0000${row.unit_code}`)
      const before =
        prev && previousTotal !== null
          ? {
              indexPct: Number(prev.index_pct),
              rank: Number(prev.published_rank ?? prev.rank),
              total: previousTotal,
            }
          : null
      const rank = Number(row.published_rank ?? row.rank)
      let delta: number | null = null
      let move: number | null = null
      let reason: string | null = null
      if (touched.has(row.unit_code)) reason = 'LINEAGE'
      else if (!before) reason = rankedBefore.has(row.unit_code) ? 'COHORT' : null
      else if (changed) reason = 'SCHEME'
      else {
        delta = round2(Number(row.index_pct) - before.indexPct)
        if (before.total !== total) reason = 'COHORT_SIZE'
        else move = before.rank - rank
      }
      updates.push([
        row.parent_code,
        row.kind,
        row.block,
        row.unit_code,
        row.points === null ? null : Number(row.points),
        row.grade ?? row.published_grade,
        before?.indexPct ?? null,
        before?.rank ?? null,
        before?.total ?? null,
        delta,
        move,
        reason,
        nameOrder.get(row.unit_code) ?? 0,
        fold(row.name),
      ])
    }
  }
  for (let i = 0; i < updates.length; i += ROWS_PER_UPDATE) {
    const part = updates.slice(i, i + ROWS_PER_UPDATE)
    const values = sql.join(part.map((row) => sql`(${sql.join(row.map((v) => sql`${v}`))})`))
    await sql`update cohort_rank set
        points = cast(v.column5 as double precision),
        grade = cast(v.column6 as text),
        prev_index_pct = cast(v.column7 as double precision),
        prev_rank = cast(v.column8 as integer),
        prev_total = cast(v.column9 as integer),
        delta_pct = cast(v.column10 as double precision),
        rank_change = cast(v.column11 as integer),
        not_comparable = cast(v.column12 as text),
        name_order = cast(v.column13 as integer),
        search_key = cast(v.column14 as text)
      from (values ${values}) as v
      where cohort_rank.parent_code = cast(v.column1 as text)
        and cohort_rank.kind = cast(v.column2 as text)
        and cohort_rank.block = cast(v.column3 as text)
        and cohort_rank.scope = ${scope}
        and cohort_rank.year = ${year}
        and cohort_rank.unit_code = cast(v.column4 as text)`.execute(db)
  }
}
