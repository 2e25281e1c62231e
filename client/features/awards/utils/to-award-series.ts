import { AWARD_CODES, AWARD_KINDS, type AwardCode } from '#shared/domain/award-kinds.ts'
import type { AwardDirection } from '#shared/domain/award-direction.ts'
import type { AwardBreakdownLine, AwardEntry } from '#shared/dto/award.ts'
import { categoricalColor, sequentialPattern } from '#client/lib/palette.ts'
import type { StackSeries } from '#client/lib/domain-series.ts'
import type { Language } from '#client/lib/format.ts'

/**
 * The awards chart's two parts, left to right: what a unit received from a level above (a
 * province's flag or Bằng khen), then what it gave at its own level (its Giấy khen, its "Tập thể
 * lao động tiên tiến"). Received first: "who was commended" is asked of the awards from above.
 */
export const DIRECTIONS_DRAWN = ['RECEIVED', 'GIVEN'] as const satisfies readonly AwardDirection[]

/** A segment of the awards chart: one award in one direction, coloured by its award. */
export type DirectedSeries = StackSeries & { direction: AwardDirection; code: string }

/** A row's key for the recipients of one award in one direction: "RECEIVED:PROVINCE_MERIT_CERTIFICATE". */
export const directedKey = (direction: AwardDirection, code: string) => `${direction}:${code}`

const taxonomyPlace = (code: string) => {
  const i = AWARD_CODES.indexOf(code as AwardCode)
  return i < 0 ? AWARD_CODES.length : i
}

/**
 * The segments present in the cohort's lines, received first, each direction in the taxonomy's
 * order. An award keeps one colour in both directions (a commune's own Giấy khen and the
 * district's), assigned in the order the legend lists the awards.
 */
export function directedAwardSeries(
  lines: readonly Pick<AwardBreakdownLine, 'awardCode' | 'direction' | 'count'>[],
  lang: Language,
): DirectedSeries[] {
  const present = DIRECTIONS_DRAWN.flatMap((direction) =>
    [
      ...new Set(
        lines.filter((l) => l.direction === direction && l.count > 0).map((l) => l.awardCode),
      ),
    ]
      .sort((a, b) => taxonomyPlace(a) - taxonomyPlace(b))
      .map((code) => ({ direction, code })),
  )
  const colourOf = new Map<string, number>()
  for (const { code } of present) if (!colourOf.has(code)) colourOf.set(code, colourOf.size)
  return present.map(({ direction, code }) => {
    const i = colourOf.get(code) ?? 0
    return {
      key: directedKey(direction, code),
      direction,
      code,
      label: AWARD_KINDS[code as AwardCode]?.[lang] ?? code,
      color: categoricalColor(i),
      pattern: i >= 8 ? sequentialPattern(0, 2) : 'solid',
    }
  })
}

/** The legend: each award once, in the order its first segment is drawn. */
export function awardLegend(series: readonly DirectedSeries[]): StackSeries[] {
  const seen = new Set<string>()
  return series.flatMap((s) => {
    if (seen.has(s.code)) return []
    seen.add(s.code)
    return [{ key: s.code, label: s.label, color: s.color, pattern: s.pattern }]
  })
}

export type AwardRow = {
  code: string
  name: string
  total: number
  collective: number
  individual: number
  household: number
  /** Recipients of the awards the unit gave, and of those it received from a level above. */
  given: number
  received: number
  /** Recipients by award and direction, by directedKey; given + received of them = total. */
  directed: Record<string, number>
} & Partial<Record<AwardCode, number>>

/** A unit's awards as a flat row, one column per award code. */
export function toAwardRow(item: AwardEntry): AwardRow {
  const directed: Record<string, number> = {}
  for (const line of item.byAwardAndRecipient) {
    const key = directedKey(line.direction, line.awardCode)
    directed[key] = (directed[key] ?? 0) + line.count
  }
  const row: AwardRow = {
    code: item.unit.code,
    name: item.unit.name,
    total: item.total,
    collective: item.collective,
    individual: item.individual,
    household: item.household,
    given: item.given,
    received: item.received,
    directed,
  }
  for (const code of AWARD_CODES) row[code] = item.byCode[code] ?? 0
  return row
}

/** Recipients a row has in one direction's segments (the length of its bar in that part). */
export function directionSum(
  row: Pick<AwardRow, 'directed'>,
  series: readonly DirectedSeries[],
  direction: AwardDirection,
): number {
  return series.reduce(
    (n, s) => (s.direction === direction ? n + (row.directed[s.key] ?? 0) : n),
    0,
  )
}
