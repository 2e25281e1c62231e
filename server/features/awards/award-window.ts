// Places [start, end) of a cohort-year's awards in the order of a count, ties by name, then code
// — the list's page or a summary's ends — cut in SQL from the units' stored sums (ADR 032): the
// counts at the window's first and last places are looked up along the order (an index for
// recipients in all), and only the units from the one to the other are read with their names and
// ordered by name (Vietnamese collation is the costly comparison; cut-ends.ts says why).
import { sql, type Kysely } from 'kysely'
import type { UnitRef } from '#shared/dto/unit.ts'
import type { SortDirection } from '#shared/schemas/cohorts.schema.ts'
import type { Database } from '#server/db/schema.ts'
import { byNameThenCode } from '#server/cohorts/cohort-list.ts'
import { cohortActivity, NAMED_COLUMNS } from '#server/cohorts/cohort-members.repository.ts'
import type { CohortKey } from '#server/cohorts/cohorts.repository.ts'

/** The stored sum each count order reads. */
const COUNT_COLUMNS = {
  total: 'c.award_total',
  collective: 'c.award_collective',
  individual: 'c.award_individual',
  household: 'c.award_household',
} as const

export type AwardCount = keyof typeof COUNT_COLUMNS

type Cut = { cohort: CohortKey; year: number; count: AwardCount; dir: SortDirection }

/** The units at places [start, end) of the order among `units` units with grants, named. */
export async function awardWindow(
  db: Kysely<Database>,
  cut: Cut,
  units: number,
  start: number,
  end: number,
): Promise<UnitRef[]> {
  const from = Math.max(0, start)
  const to = Math.min(end, units)
  if (from >= to) return []
  const first = await countAt(db, cut, units, from)
  const last = await countAt(db, cut, units, to - 1)
  if (first === null || last === null) return []
  const before = await countBefore(db, cut, units, from, first)
  const sign = cut.dir === 'asc' ? 1 : -1
  const band = await namedBand(db, cut, Math.min(first, last), Math.max(first, last))
  return band
    .sort((a, b) => sign * (a.value - b.value) || byNameThenCode(a, b))
    .slice(from - before, to - before)
    .map((item) => item.unit)
}

function rows({ cohort, year }: Cut, db: Kysely<Database>) {
  return cohortActivity(db, cohort, year, 'grants')
}

const reverse = (dir: SortDirection): SortDirection => (dir === 'asc' ? 'desc' : 'asc')

/**
 * The count at a place of the order (null past its end), walked to from the nearer end: the
 * bottom of 10,600 units is the top of the other direction.
 */
async function countAt(
  db: Kysely<Database>,
  cut: Cut,
  units: number,
  place: number,
): Promise<number | null> {
  const column = sql.ref(COUNT_COLUMNS[cut.count])
  const fromEnd = place > units / 2
  const row = await rows(cut, db)
    .select(column.as('v'))
    .orderBy(column, fromEnd ? reverse(cut.dir) : cut.dir)
    .limit(1)
    .offset(fromEnd ? units - 1 - place : place)
    .executeTakeFirst()
  return row ? Number(row.v) : null
}

/**
 * How many units come before the first with `value` (found at `place`) in the order: those
 * beyond it, or — near the end — all less those from the end up to it.
 */
async function countBefore(
  db: Kysely<Database>,
  cut: Cut,
  units: number,
  place: number,
  value: number,
): Promise<number> {
  const column = sql.ref(COUNT_COLUMNS[cut.count])
  const fromEnd = place > units / 2
  const beyond = cut.dir === 'desc' ? '>' : '<'
  const upTo = cut.dir === 'desc' ? '<=' : '>='
  const row = await rows(cut, db)
    .where(column, fromEnd ? upTo : beyond, value)
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return fromEnd ? units - Number(row.n) : Number(row.n)
}

/** The units with a count from `low` to `high`, named. */
async function namedBand(db: Kysely<Database>, cut: Cut, low: number, high: number) {
  const column = sql.ref(COUNT_COLUMNS[cut.count])
  const band = await rows(cut, db)
    .where(column, '>=', low)
    .where(column, '<=', high)
    .select([...NAMED_COLUMNS, column.as('v')])
    .execute()
  return band.map((r) => ({ unit: { code: r.code, name: r.name }, value: Number(r.v) }))
}
