// The cells of a change on the previous year (Δ index, rank move). A withheld change says so in
// words with its reason (ADR 014): a title or a colour alone would not reach every reader.
import { useTranslation } from 'react-i18next'
import type { NotComparable } from '#shared/dto/ranking.ts'
import { formatDelta, formatRankChange } from '#client/lib/format.ts'
import { notComparableText } from '#client/lib/not-comparable.ts'
import { useLang } from '#client/lib/use-lang.ts'

type Change = { value: number | null; notComparable: NotComparable | null }

/** "không so sánh được (đơn vị được sắp xếp lại)", set apart from numbers. */
export function NotComparableNote({
  notComparable,
}: {
  notComparable: Pick<NotComparable, 'reason'>
}) {
  const { t } = useTranslation()
  return <span className="not-comparable">{notComparableText(notComparable, t)}</span>
}

/** Whether the Δ index is withheld (not only the rank move): DeltaCell then says why. */
export function isIndexChangeWithheld({ value, notComparable }: Change): boolean {
  return value === null && !!notComparable && !notComparable.rankOnly
}

/** Δ index: the change, or why there is none. */
export function DeltaCell({ value, notComparable }: Change) {
  const lang = useLang()
  if (notComparable && isIndexChangeWithheld({ value, notComparable }))
    return <NotComparableNote notComparable={notComparable} />
  return <>{formatDelta(value, lang)}</>
}

/**
 * Rank move: ↑7 / ↓2 / =, or why there is none. Where the index change is withheld too, the Δ
 * cell beside it already says why in full: this one shows a dash, with the words for screen
 * readers.
 */
export function RankMoveCell({ value, notComparable }: Change) {
  const { t } = useTranslation()
  if (value === null && notComparable) {
    if (notComparable.rankOnly) return <NotComparableNote notComparable={notComparable} />
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{notComparableText(notComparable, t)}</span>
      </>
    )
  }
  const cls = value && value > 0 ? 'up' : value && value < 0 ? 'down' : undefined
  return <span className={cls}>{formatRankChange(value)}</span>
}
