// A successor's predecessors told as one story wherever they are named (the profile's header
// line, its history, the notes under its index chart, the rankings): the units it took in itself,
// each with the units that had gone into that one within the year before, as the step they were
// (Phường Long Xuyên took in six wards on 1 July 2025; Phường Mỹ Xuyên, one of them, had taken in
// Phường Đông Xuyên on 1 January). The API lists all of them, the earlier ones saying which unit
// they went into (`via`); listed flat, Đông Xuyên read as a seventh ward taken in on 1 July.
import { unitCodeKey } from '#shared/domain/units.ts'
import type { NotComparable } from '#shared/dto/ranking.ts'

type Predecessor = NotComparable['predecessors'][number]

/** Units that went into one predecessor on one day, within the year before the successor. */
export type EarlierStep<P = Predecessor> = { date: string; units: P[] }

/** A predecessor the successor took in itself, with the steps into it before (oldest first). */
export type PredecessorStep<P = Predecessor> = { unit: P; earlier: EarlierStep<P>[] }

/**
 * The predecessors as steps: those the successor took in itself, in the order given, each with the
 * earlier ones that went into it (and into those, as they are listed under the unit they went
 * into). One whose unit between is not listed stands on its own, its `via` said beside it.
 */
export function predecessorSteps<P extends Pick<Predecessor, 'unit' | 'via'>>(
  list: readonly P[],
): PredecessorStep<P>[] {
  const listed = new Set(list.map((p) => unitCodeKey(p.unit.code)))
  const into = new Map<string, P[]>()
  for (const p of list)
    if (p.via && listed.has(unitCodeKey(p.via.unit.code))) {
      const key = unitCodeKey(p.via.unit.code)
      into.set(key, [...(into.get(key) ?? []), p])
    }
  const stepsOf = (p: P, seen: Set<string>): EarlierStep<P>[] => {
    const key = unitCodeKey(p.unit.code)
    if (seen.has(key)) return []
    const byDate = new Map<string, P[]>()
    const collect = (code: string, path: Set<string>) => {
      for (const e of into.get(code) ?? []) {
        const k = unitCodeKey(e.unit.code)
        if (path.has(k) || !e.via) continue
        byDate.set(e.via.date, [...(byDate.get(e.via.date) ?? []), e])
        collect(k, new Set([...path, k]))
      }
    }
    collect(key, new Set([...seen, key]))
    return [...byDate]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([date, units]) => ({ date, units }))
  }
  return list
    .filter((p) => !p.via || !listed.has(unitCodeKey(p.via.unit.code)))
    .map((p) => ({ unit: p, earlier: stepsOf(p, new Set()) }))
}

/**
 * The earlier steps into each of `units` (the units a successor took in, as its lineage names
 * them), read from the predecessors its results list: keyed by unit code (unitCodeKey).
 */
export function earlierStepsByUnit(
  predecessors: readonly Predecessor[],
): Map<string, EarlierStep[]> {
  return new Map(
    predecessorSteps(predecessors)
      .filter((s) => s.earlier.length > 0)
      .map((s) => [unitCodeKey(s.unit.unit.code), s.earlier]),
  )
}
