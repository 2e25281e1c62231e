// Intent: a cohort-year's counts (ranked, index sum and median, improved/declined/unchanged, new
// to the cohort, units per grade and per withheld reason) stored as JSON on its cohort_year row
// (ADR 023), so a ranking summary of a 10,600-unit cohort-year reads one row instead of
// aggregating its ranks on every request. Filled here from the stored facts with a frozen copy
// of the rule the writers run (server/cohorts/cohort-year-counts.ts).
// Portable types only (ADR 001). Frozen: never import app code here.
import { sql, type Kysely } from 'kysely'

const ROWS_PER_UPDATE = 500

type Row = {
  parent_code: string
  kind: string
  block: string
  scope: string
  year: number
  grade: string | null
  index_pct: number
  delta_pct: number | null
  not_comparable: string | null
}

function countRows(rows: Row[]) {
  const grades = new Map<string | null, number>()
  const reasons = new Map<string, number>()
  const indices: number[] = []
  let indexSum = 0
  let improved = 0
  let declined = 0
  let unchanged = 0
  let noPrevious = 0
  for (const row of rows) {
    const index = Number(row.index_pct)
    const delta = row.delta_pct === null ? null : Number(row.delta_pct)
    grades.set(row.grade, (grades.get(row.grade) ?? 0) + 1)
    if (row.not_comparable)
      reasons.set(row.not_comparable, (reasons.get(row.not_comparable) ?? 0) + 1)
    indexSum += index
    indices.push(index)
    if (delta === null) {
      if (row.not_comparable === null) noPrevious += 1
    } else if (delta > 0) improved += 1
    else if (delta < 0) declined += 1
    else unchanged += 1
  }
  indices.sort((a, b) => a - b)
  const middle = Math.floor(indices.length / 2)
  const median =
    indices.length === 0
      ? null
      : indices.length % 2 === 1
        ? indices[middle]!
        : (indices[middle - 1]! + indices[middle]!) / 2
  return {
    ranked: rows.length,
    indexSum,
    median,
    improved,
    declined,
    unchanged,
    noPrevious,
    grades: [...grades],
    reasons: [...reasons],
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cohort_year').addColumn('counts', 'text').execute()
  const years = await db.selectFrom('cohort_year').select(['scope', 'year']).distinct().execute()
  for (const { scope, year } of years) {
    const rows: Row[] = await db
      .selectFrom('cohort_rank')
      .select([
        'parent_code',
        'kind',
        'block',
        'scope',
        'year',
        'grade',
        'index_pct',
        'delta_pct',
        'not_comparable',
      ])
      .where('scope', '=', scope)
      .where('year', '=', year)
      .execute()
    const byCohort = new Map<string, Row[]>()
    for (const row of rows) {
      const key = `${row.parent_code}\u0000${row.kind}\u0000${row.block}`
      const list = byCohort.get(key)
      if (list) list.push(row)
      else byCohort.set(key, [row])
    }
    const updates = [...byCohort.values()].map((list) => [
      list[0]!.parent_code,
      list[0]!.kind,
      list[0]!.block,
      JSON.stringify(countRows(list)),
    ])
    for (let i = 0; i < updates.length; i += ROWS_PER_UPDATE) {
      const part = updates.slice(i, i + ROWS_PER_UPDATE)
      const values = sql.join(part.map((row) => sql`(${sql.join(row.map((v) => sql`${v}`))})`))
      await sql`update cohort_year set counts = cast(v.column4 as text)
        from (values ${values}) as v
        where cohort_year.parent_code = cast(v.column1 as text)
          and cohort_year.kind = cast(v.column2 as text)
          and cohort_year.block = cast(v.column3 as text)
          and cohort_year.scope = ${scope}
          and cohort_year.year = ${year}`.execute(db)
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cohort_year').dropColumn('counts').execute()
}
