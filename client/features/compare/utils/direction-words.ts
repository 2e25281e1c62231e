// Changes and gaps said in words by their direction ("tăng 8 hạng", "giảm 3 hạng"), never as a
// bare signed number: a rank going from 13 to 5 is "-8" as arithmetic but a rise to the reader.
import type { Language } from '#client/lib/format.ts'
import { formatPoints } from '#client/lib/format.ts'

export type Direction = 'up' | 'down' | 'same'

/**
 * What is measured:
 * - `rankChange`: a rank move on the previous year, previous rank − rank (positive is a rise);
 * - `indexChange`: an index change on the previous year, in index points;
 * - `rankGap`: how many places above another unit of the same cohort (positive is higher);
 * - `indexGap`: an index above another unit's, in index points (as a change is said: "điểm");
 * - `shareGap`: a field's share of its maximum above another unit's, in percentage points (its
 *   raw points are out of another maximum: "điểm" alone would read as those).
 */
export type DirectionKind = 'rankChange' | 'indexChange' | 'rankGap' | 'indexGap' | 'shareGap'

type Keys = { up: string; upOne?: string; down: string; downOne?: string; same: string }

const KEYS: Record<DirectionKind, Keys> = {
  rankChange: {
    up: 'comparing.rankUp',
    upOne: 'comparing.rankUpOne',
    down: 'comparing.rankDown',
    downOne: 'comparing.rankDownOne',
    same: 'comparing.rankSame',
  },
  indexChange: {
    up: 'comparing.indexUp',
    down: 'comparing.indexDown',
    same: 'comparing.unchanged',
  },
  rankGap: {
    up: 'comparing.rankAhead',
    upOne: 'comparing.rankAheadOne',
    down: 'comparing.rankBehind',
    downOne: 'comparing.rankBehindOne',
    same: 'comparing.sameRank',
  },
  indexGap: {
    up: 'comparing.indexAhead',
    down: 'comparing.indexBehind',
    same: 'comparing.sameShare',
  },
  shareGap: {
    up: 'comparing.shareAhead',
    down: 'comparing.shareBehind',
    same: 'comparing.sameShare',
  },
}

/** Ranks move by whole places; points by hundredths (a change that rounds to 0,00 is none). */
export function directionOf(value: number, kind: DirectionKind): Direction {
  const rounded = isRankKind(kind) ? value : Math.round(value * 100)
  return rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'same'
}

/** A place, not a value: its arrows are the rankings' (↑ ↓ =), a value's the scorecard's (▲ ▼). */
export const isRankKind = (kind: DirectionKind) => kind === 'rankChange' || kind === 'rankGap'

export type Worded = { direction: Direction; text: string }

type Translate = (key: string, options?: Record<string, unknown>) => string

/** The change or gap in words, with its direction (for the arrow and colour). */
export function directionWords(
  value: number,
  kind: DirectionKind,
  t: Translate,
  lang: Language,
): Worded {
  const direction = directionOf(value, kind)
  const keys = KEYS[kind]
  if (direction === 'same') return { direction, text: t(keys.same) }
  const size = Math.abs(value)
  const isRank = isRankKind(kind)
  const one = direction === 'up' ? keys.upOne : keys.downOne
  const key = isRank && size === 1 && one ? one : direction === 'up' ? keys.up : keys.down
  return {
    direction,
    text: t(key, isRank ? { count: size } : { value: formatPoints(size, lang) }),
  }
}
