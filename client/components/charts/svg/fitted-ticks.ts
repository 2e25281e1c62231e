// The marks of a number axis that fit its length: round steps (niceTicks, ADR 052), as many as
// the labels have room for, every one drawn. An axis that left out the labels which ran into
// their neighbours showed 0, 5, 10, 20 where an export's panel was narrower than the page's
// (ADR 060): the marks are picked for the room instead, so they stay evenly spaced at any size.
import { linearScale } from './linear-scale.ts'
import { niceTicks } from './nice-ticks.ts'
import { marksFit } from './tick-room.ts'

/** The axis's length in px, and the extent of a mark's label along it. */
export type TickRoom = { length: number; extent: (mark: number) => number }

/** Intervals at most, as niceTicks'. */
const MAX_INTERVALS = 5

const tidy = (value: number) => Number(value.toPrecision(12))

/** Whether every label of `ticks`, spread over the room's length, clears its neighbours'. */
export function ticksFit(ticks: readonly number[], room: TickRoom): boolean {
  const first = ticks[0] ?? 0
  const position = linearScale([first, ticks.at(-1) ?? first], [0, room.length])
  return marksFit(ticks, position, room.extent)
}

/**
 * The round marks for data from `min` to `max`, with the most intervals (five at most) whose
 * labels fit the room; the axis runs from the first to the last, as niceTicks'. Two marks at
 * least, even where those do not fit (a drawing too narrow to read anyway).
 */
export function fittedNiceTicks(
  min: number,
  max: number,
  room: TickRoom,
  allowDecimals = true,
): number[] {
  let ticks: number[] = []
  for (let intervals = MAX_INTERVALS; intervals >= 1; intervals -= 1) {
    ticks = niceTicks(min, max, allowDecimals, intervals)
    if (ticks.length <= 2 || ticksFit(ticks, room)) return ticks
  }
  return ticks
}

/** The round steps, 1, 2, 2.5 and 5 times a power of ten, from `least` up; whole ones only without decimals. */
function* roundStepsFrom(least: number, allowDecimals: boolean): Generator<number> {
  for (let power = 10 ** Math.floor(Math.log10(least)); ; power *= 10)
    for (const factor of [1, 2, 2.5, 5]) {
      const step = tidy(factor * power)
      if (step >= least && (allowDecimals || Number.isInteger(step))) yield step
    }
}

/**
 * Marks over a fixed extent, `from` to `to` (both round, as niceTicks' ends): every multiple of
 * the smallest round step that divides the extent, leaves at most five intervals and whose labels
 * fit the room; `from` and `to` alone where none does. For an axis whose ends are set by more than
 * its own labels (the awards chart's two parts on one scale, the profile's 0–100).
 */
export function fittedTicksOver(
  from: number,
  to: number,
  room: TickRoom,
  allowDecimals = true,
): number[] {
  const extent = to - from
  if (!(extent > 0)) return niceTicks(from, to, allowDecimals)
  const divides = (step: number) =>
    Number.isInteger(tidy(from / step)) && Number.isInteger(tidy(to / step))
  for (const step of roundStepsFrom(extent / MAX_INTERVALS, allowDecimals)) {
    if (step >= extent) break
    if (!divides(step)) continue
    const count = Math.round(extent / step)
    const ticks = Array.from({ length: count + 1 }, (_, i) => tidy(from + i * step))
    if (ticksFit(ticks, room)) return ticks
  }
  return [from, to]
}
