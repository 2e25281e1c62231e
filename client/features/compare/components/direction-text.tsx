import { useTranslation } from 'react-i18next'
import { useLang } from '#client/lib/use-lang.ts'
import { directionWords, type DirectionKind } from '../utils/direction-words.ts'
import '../compare.css'

const ARROWS = { up: '▲', down: '▼', same: '' } as const

/**
 * A change or gap in words, coloured and marked by its direction: "▲ tăng 8 hạng" (green),
 * "▼ giảm 3 hạng" (red), "không đổi". The words carry the meaning; arrow and colour repeat it.
 */
export function DirectionText({ value, kind }: { value: number; kind: DirectionKind }) {
  const { t } = useTranslation()
  const lang = useLang()
  const { direction, text } = directionWords(value, kind, t, lang)
  return (
    <span className={`direction ${direction}`} data-direction={direction}>
      {ARROWS[direction] && <span aria-hidden="true">{ARROWS[direction]} </span>}
      {text}
    </span>
  )
}
