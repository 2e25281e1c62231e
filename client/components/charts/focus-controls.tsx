import { lazy, Suspense, useState, type ComponentType, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import {
  DEFAULT_FOCUS_SIZE,
  FOCUS_THRESHOLD,
  focusUnits,
  type FocusedRow,
  type FocusResult,
} from '#client/lib/focus-units.ts'
import { formatNumber } from '#client/lib/format.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import { useLang } from '#client/lib/use-lang.ts'
import type { RankSize } from '#shared/kpi/rank-denominator.ts'

type Named = { name: string }

/** A chart's focus state: top/bottom N and the search, applied to rows in their order. */
export function useFocus<R extends Named>(rows: readonly R[]) {
  const [size, setSize] = useState<number>(DEFAULT_FOCUS_SIZE)
  const [query, setQuery] = useState('')
  const result = focusUnits(rows, { size, query, nameOf: (r) => r.name })
  return { size, setSize, query, setQuery, result, enabled: rows.length > FOCUS_THRESHOLD }
}

export type Focus<R extends Named> = ReturnType<typeof useFocus<R>> & {
  /**
   * The ends the picker offers, each end's count (FOCUS_SIZES unless given): a chart that can
   * draw only so many offers only those, so the picker says what is drawn (a phone's rank history).
   */
  sizes?: readonly number[]
}

/**
 * "Đang hiển thị 20 trên 10.600 đơn vị", or null when every unit is drawn; with the units found by
 * `query` drawn, what their ★ means ("…; ★: tìm theo “thạnh”"): the subtitle carries it into an
 * image, which has no search box beside it.
 */
export function useFocusNote<R extends Named>(
  result: FocusResult<R>,
  query?: string,
): string | null {
  const { t } = useTranslation()
  const lang = useLang()
  if (!result.focused) return null
  const showing = t('focus.showing', {
    shown: formatNumber(result.rows.length, lang),
    total: formatNumber(result.total, lang),
  })
  const searched = query?.replace(/\s+/g, ' ').trim() ?? ''
  return searched && result.rows.some((r) => r.highlighted)
    ? `${showing}; ${t('focus.searchedKey', { query: searched })}`
    : showing
}

/** Appends the focus note to a chart's subtitle, so exports say what they show. */
export function withFocusNote(subtitle: string, note: string | null) {
  return note ? `${subtitle} — ${note}` : subtitle
}

export type ControlsProps<R extends Named> = {
  focus: Focus<R>
  /** "hạng 5.300/10.600" (a rank, ties shared) or "thứ 12/10.600" (a place in the chart's order). */
  placeLabel?: 'rank' | 'place'
  /** The number shown for a highlighted unit; its place in the order unless given. */
  placeOf?: (row: FocusedRow<R>) => number
  /**
   * What a highlighted unit's rank is of: the cohort's size, or — for a rank computed among the
   * units loaded of a partial table — the units loaded (shared/kpi/rank-denominator.ts).
   */
  rankSizeOf?: (row: FocusedRow<R>) => RankSize
}

// Only large cohorts show the controls: they load with the first one.
const FocusControls = lazy(async () => ({
  default: (await import('./focus-panel.tsx')).FocusControls as ComponentType<ControlsProps<Named>>,
}))

/**
 * A chart with its focus controls above it on screen; an export (a size given) gets the chart
 * alone, its subtitle carrying the focus note.
 */
export function FocusedChart<R extends Named>({
  size,
  children,
  ...controls
}: ControlsProps<R> & { size: ChartSize | undefined; children: ReactElement }) {
  if (size || !controls.focus.enabled) return children
  return (
    <>
      <Suspense fallback={null}>
        <FocusControls {...(controls as ControlsProps<Named>)} />
      </Suspense>
      {children}
    </>
  )
}
