import { useId, useState, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import {
  DEFAULT_FOCUS_SIZE,
  FOCUS_SIZES,
  FOCUS_THRESHOLD,
  focusUnits,
  MAX_HIGHLIGHTS,
  type FocusedRow,
  type FocusResult,
  type FocusSize,
} from '#client/lib/focus-units.ts'
import { formatNumber } from '#client/lib/format.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import { useLang } from '#client/lib/use-lang.ts'
import './focus-controls.css'

type Named = { name: string }

/** A chart's focus state: top/bottom N and the search, applied to rows in their order. */
export function useFocus<R extends Named>(rows: readonly R[]) {
  const [size, setSize] = useState<FocusSize>(DEFAULT_FOCUS_SIZE)
  const [query, setQuery] = useState('')
  const result = focusUnits(rows, { size, query, nameOf: (r) => r.name })
  return { size, setSize, query, setQuery, result, enabled: rows.length > FOCUS_THRESHOLD }
}

export type Focus<R extends Named> = ReturnType<typeof useFocus<R>>

/** "Đang hiển thị 20 trên 10.600 đơn vị", or null when every unit is drawn. */
export function useFocusNote<R extends Named>(result: FocusResult<R>): string | null {
  const { t } = useTranslation()
  const lang = useLang()
  if (!result.focused) return null
  return t('focus.showing', { shown: formatNumber(result.rows.length, lang), total: formatNumber(result.total, lang) })
}

/** Appends the focus note to a chart's subtitle, so exports say what they show. */
export function withFocusNote(subtitle: string, note: string | null) {
  return note ? `${subtitle} — ${note}` : subtitle
}

type Props<R extends Named> = {
  focus: Focus<R>
  /** "hạng 5.300/10.600" (a rank, ties shared) or "thứ 12/10.600" (a place in the chart's order). */
  placeLabel?: 'rank' | 'place'
  /** The number shown for a highlighted unit; its place in the order unless given. */
  placeOf?: (row: FocusedRow<R>) => number
}

/** Above FOCUS_THRESHOLD units: the N picker, the search box and what was found. */
export function FocusControls<R extends Named>({ focus, placeLabel = 'place', placeOf = (r) => r.position }: Props<R>) {
  const { t } = useTranslation()
  const lang = useLang()
  const id = useId()
  const note = useFocusNote(focus.result)
  if (!focus.enabled) return null
  const { result } = focus
  const found = result.rows.filter((r) => r.highlighted)
  const total = formatNumber(result.total, lang)
  return (
    <div className="focus-controls">
      <label htmlFor={`${id}-size`}>
        <span>{t('focus.size')}</span>
        <select id={`${id}-size`} value={focus.size} onChange={(e) => focus.setSize(Number(e.target.value) as FocusSize)}>
          {FOCUS_SIZES.map((n) => (
            <option key={n} value={n}>
              {t('focus.sizeOption', { n })}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-find`}>
        <span>{t('focus.find')}</span>
        <input id={`${id}-find`} type="search" value={focus.query} placeholder={t('table.searchPlaceholder')} onChange={(e) => focus.setQuery(e.target.value)} />
      </label>
      <div className="focus-status" role="status">
        {note && <p>{note}</p>}
        {focus.query.trim() !== '' && found.length === 0 && <p>{t('table.noMatch', { query: focus.query.trim() })}</p>}
        {found.length > 0 && (
          <p>
            {t('focus.found', {
              units: found
                .map((r) => `${r.name} (${t(`focus.${placeLabel}`, { rank: formatNumber(placeOf(r), lang), total })})`)
                .join('; '),
            })}
          </p>
        )}
        {result.matches > MAX_HIGHLIGHTS && <p>{t('focus.moreMatches', { count: result.matches, shown: MAX_HIGHLIGHTS })}</p>}
      </div>
    </div>
  )
}

/**
 * A chart with its focus controls above it on screen; an export (a size given) gets the chart
 * alone, its subtitle carrying the focus note.
 */
export function FocusedChart<R extends Named>({ size, children, ...controls }: Props<R> & { size: ChartSize | undefined; children: ReactElement }) {
  if (size) return children
  return (
    <>
      <FocusControls {...controls} />
      {children}
    </>
  )
}
