// Which of a cohort-year's units a tasks summary shows, chosen from their counts alone. The ends
// are the first and last units of the order by completion rate, then planned, then name: only
// the units whose rate and planned count reach either cut (those tied at the cut included) need
// a name to be ordered, and every other unit only adds to the totals. Names are what make the
// full list slow at 10,600 units: reading them, and collating them to break ties.
import type { TaskCounts } from '#shared/domain/task-statuses.ts'
import { taskCompletion } from '#shared/kpi/task-completion.ts'
import { toTaskCounts } from './tasks.mapper.ts'
import type { UnnamedTaskCountRow } from './tasks.repository.ts'

export type SummaryPicks = {
  /** Every unit's counts, summed. */
  counts: TaskCounts
  /** Units with task results. */
  units: number
  /** Of them, units with tasks due (a completion rate). */
  withPlan: number
  /** The units with a rate that can be among the first or last `ends`: a superset to order. */
  ends: UnnamedTaskCountRow[]
  /** The focused units found, in the order asked. */
  focus: UnnamedTaskCountRow[]
  /** The focus codes not found, as asked. */
  missingFocus: string[]
}

/** A summary's units (the candidates for its ends, the focused ones) and its counts. */
export function pickSummaryRows(
  rows: readonly UnnamedTaskCountRow[],
  ends: number,
  focus: readonly string[],
): SummaryPicks {
  const ranked = rankRows(rows)
  return {
    counts: sumCounts(rows),
    units: rows.length,
    withPlan: ranked.rows.length,
    ends: endCandidates(ranked, ends),
    ...findFocus(rows, focus),
  }
}

/** Every row's counts summed, status by status (as sumTaskCounts, without a table a row). */
function sumCounts(rows: readonly UnnamedTaskCountRow[]): TaskCounts {
  let [onTime, late, inProgress, overdue, notStarted, cancelled] = [0, 0, 0, 0, 0, 0]
  for (const row of rows) {
    onTime += row.done_on_time
    late += row.done_late
    inProgress += row.in_progress
    overdue += row.overdue
    notStarted += row.not_started
    cancelled += row.cancelled
  }
  return {
    DONE_ON_TIME: onTime,
    DONE_LATE: late,
    IN_PROGRESS: inProgress,
    OVERDUE: overdue,
    NOT_STARTED: notStarted,
    CANCELLED: cancelled,
  }
}

/**
 * The focused rows in the order asked and the codes not found, `focus` matched without regard
 * to case as endsAndFocus (server/cohorts/cohort-list.ts) matches it.
 */
function findFocus(rows: readonly UnnamedTaskCountRow[], focus: readonly string[]) {
  const wanted = new Set(focus.map((code) => code.toUpperCase()))
  const found = new Map<string, UnnamedTaskCountRow>()
  if (wanted.size > 0)
    for (const row of rows) {
      const key = row.unit_code.toUpperCase()
      if (wanted.has(key)) found.set(key, row)
    }
  const missingFocus: string[] = []
  const focused: UnnamedTaskCountRow[] = []
  for (const code of focus) {
    const row = found.get(code.toUpperCase())
    if (row) focused.push(row)
    else missingFocus.push(code)
  }
  return { focus: focused, missingFocus }
}

/** The rows with a rate, each with (rate, planned) as one number that orders as the pair. */
type RankedRows = { rows: UnnamedTaskCountRow[]; keys: Float64Array }

function rankRows(rows: readonly UnnamedTaskCountRow[]): RankedRows {
  const measured: UnnamedTaskCountRow[] = []
  const ranks = new Float64Array(rows.length)
  const planned = new Float64Array(rows.length)
  // The rounded rate depends on done and due alone, which take few values: each pair's is
  // computed once, by the code that gives an entry its rate, and kept as its hundredths (a whole
  // number), looked up by due then done (arrays: a map keyed by the share costs twice as much).
  const rankOf: number[][] = []
  let mostPlanned = 0
  for (const row of rows) {
    const done = row.done_on_time + row.done_late
    const due = done + row.in_progress + row.overdue + row.not_started
    if (!(due > 0)) continue
    const byDone = (rankOf[due] ??= [])
    let rank = byDone[done]
    if (rank === undefined) {
      rank = Math.round(taskCompletion(toTaskCounts(row)).completionPct! * 100)
      byDone[done] = rank
    }
    const plan = due + row.cancelled
    ranks[measured.length] = rank
    planned[measured.length] = plan
    if (plan > mostPlanned) mostPlanned = plan
    measured.push(row)
  }
  // Exact while below 2^53, that is for plans of fewer than 9 × 10^11 tasks (counts are never
  // negative).
  const span = mostPlanned + 1
  const keys = new Float64Array(measured.length)
  for (let i = 0; i < keys.length; i += 1) keys[i] = ranks[i]! * span + planned[i]!
  return { rows: measured, keys }
}

/**
 * The ranked rows from the top cut up and from the bottom cut down: the first and last `ends` of
 * the full order (ties broken by name) are among them.
 */
function endCandidates({ rows, keys }: RankedRows, ends: number): UnnamedTaskCountRow[] {
  const keep = Math.min(ends, rows.length)
  if (keep <= 0) return []
  const topCut = keepThFirst(keys, keep, 1)
  const bottomCut = -keepThFirst(keys, keep, -1)
  return rows.filter((_, i) => keys[i]! >= topCut || keys[i]! <= bottomCut)
}

/** Up to this many, the units kept at an end are found in one pass; more, by a sort. */
const FEW_KEPT = 64

/**
 * The `keep`-th highest of `keys` times `sign` (-1: the `keep`-th lowest, negated). A summary's
 * ends are short: one pass keeping the best `keep` so far costs a tenth of a sort of 10,600 floats.
 */
function keepThFirst(keys: Float64Array, keep: number, sign: 1 | -1): number {
  if (keep > FEW_KEPT) {
    const sorted = keys.slice().sort()
    return sign * (sign === 1 ? sorted[keys.length - keep]! : sorted[keep - 1]!)
  }
  const best: number[] = [] // highest first
  for (const raw of keys) {
    const key = sign * raw
    if (best.length === keep && key <= best[keep - 1]!) continue
    let i = best.length === keep ? keep - 1 : best.length
    for (; i > 0 && best[i - 1]! < key; i -= 1) best[i] = best[i - 1]!
    best[i] = key
  }
  return best[keep - 1]!
}
