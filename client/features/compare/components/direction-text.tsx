import { useTranslation } from 'react-i18next'
import { useLang } from '#client/lib/use-lang.ts'
import { directionWords, isRankKind, type DirectionKind } from '../utils/direction-words.ts'
import '../compare.css'

/**
 * The product's marks for a change: a place moves ↑ ↓ or stays = (the rankings and their charts'
 * key), a value rises ▲ or falls ▼ (the scorecard's cells).
 */
const ARROWS = {
  place: { up: '↑', down: '↓', same: '=' },
  value: { up: '▲', down: '▼', same: '' },
} as const

/**
 * A change or gap in words, coloured and marked by its direction: "↑ tăng 8 hạng" (blue),
 * "▼ giảm 1,20 điểm" (red), "= giữ nguyên hạng". The words carry the meaning; mark and colour
 * repeat it.
 */
export function DirectionText({ value, kind }: { value: number; kind: DirectionKind }) {
  const { t } = useTranslation()
  const lang = useLang()
  const { direction, text } = directionWords(value, kind, t, lang)
  const mark = ARROWS[isRankKind(kind) ? 'place' : 'value'][direction]
  return (
    <span className={`direction ${direction}`} data-direction={direction}>
      {mark && <span aria-hidden="true">{mark} </span>}
      {text}
    </span>
  )
}
