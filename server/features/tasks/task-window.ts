// A page of a cohort-year's task list ordered by a measure, at any size (ADR 030):
// SQL orders the stored rows by the measure and gives the keys at the first and last place
// asked; the rows with a key in that range, widened to every row that can tie with them once a
// rate is rounded, are read with names, and the page's places are selected from them as the
// list orders (value, then name, then code: ordered-slice.ts, without ordering the whole band,
// which at a national cohort's first page holds over a thousand units tied at 100 %); the rows
// above the range are only counted. The same places a full sort would cut.
import type { Kysely } from 'kysely'
import type { TaskEntry } from '#shared/dto/task.ts'
import type { SortDirection } from '#shared/schemas/cohorts.schema.ts'
import type { Database } from '#server/db/schema.ts'
import type { CohortKey } from '#server/cohorts/cohorts.repository.ts'
import { orderedSlice } from '#server/lib/ordered-slice.ts'
import { toTaskEntry } from './tasks.mapper.ts'
import { countBeyond, findBand, findKeysAt, type TaskMeasure } from './task-window.repository.ts'

/**
 * Places [start, end) among the `measured` rows (the units with tasks due, which have a rate) of
 * the order of `measure` in `dir`, ordered within the band by `compare` (a total order).
 */
export async function taskWindow(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number,
  ask: {
    measure: TaskMeasure
    dir: SortDirection
    measured: number
    start: number
    end: number
    compare: (a: TaskEntry, b: TaskEntry) => number
  },
): Promise<TaskEntry[]> {
  const { measure, dir } = ask
  const start = Math.max(0, ask.start)
  const end = Math.min(ask.end, ask.measured)
  if (end <= start) return []
  const keys = await findKeysAt(db, cohort, year, measure, dir, start, end - start)
  const first = keys[0]!
  const last = keys.at(-1)!
  const margin = measure.margin
  const [low, high] =
    dir === 'desc' ? [last - margin, first + margin] : [first - margin, last + margin]
  const band = (await findBand(db, cohort, year, measure, low, high)).map(toTaskEntry)
  // From the first place nothing precedes the band, and to the last place nothing follows it:
  // only a page in between counts the rows before it.
  const before =
    start === 0
      ? 0
      : end === ask.measured
        ? ask.measured - band.length
        : await countBeyond(db, cohort, year, measure, dir, dir === 'desc' ? high : low)
  return orderedSlice(band, ask.compare, start - before, end - before)
}
