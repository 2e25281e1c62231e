import { useTranslation } from 'react-i18next'
import type { ScorecardCell } from '#shared/dto/scorecard.ts'
import type { GradeStyle } from '#client/lib/grade-styles.ts'
import {
  formatDelta,
  formatIndex,
  formatIndexPercent,
  formatNumber,
  formatPoints,
} from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { cellColours } from '../utils/cell-style.ts'
import { changeArrow } from '../utils/scorecard-rows.ts'

type Props = { cell: ScorecardCell | null; field: string; styles: readonly GradeStyle[] }

/**
 * One unit's share of a field's maximum: the number written in the band's colour, the band named
 * in the title and for screen readers, and the change on last year as an arrow where it compares.
 */
export function ScorecardCellView({ cell, field, styles }: Props) {
  const { t } = useTranslation()
  const lang = useLang()
  if (!cell)
    return (
      <span className="scorecard-none">
        –<span className="visually-hidden">{t('scorecard.noPoints')}</span>
      </span>
    )
  const colours = cellColours(styles, cell.band)
  const share =
    cell.sharePct === null ? formatPoints(cell.points, lang) : formatIndex(cell.sharePct, lang)
  const title =
    cell.maxPoints === null
      ? t('scorecard.cellTitleNoMax', { field, points: formatPoints(cell.points, lang) })
      : t('scorecard.cellTitle', {
          field,
          points: formatPoints(cell.points, lang),
          max: formatNumber(cell.maxPoints, lang),
          // "84,00%", "84.00%": as every other share is written (the cell wrote "84.00 %" in English).
          share: cell.sharePct === null ? share : formatIndexPercent(cell.sharePct, lang),
          band: colours.label ?? '–',
        })
  const arrow = changeArrow(cell.deltaPct)
  return (
    <span
      className="scorecard-cell"
      style={{ background: colours.background, color: colours.color }}
      title={title}
      data-band={cell.band ?? undefined}
    >
      {share}
      {colours.label && <span className="visually-hidden"> ({colours.label})</span>}
      {arrow && cell.deltaPct !== null && (
        <span className="scorecard-change">
          <span aria-hidden="true">
            {arrow} {formatDelta(cell.deltaPct, lang)}
          </span>
          <span className="visually-hidden">
            , {t('scorecard.change', { delta: formatDelta(cell.deltaPct, lang) })}
          </span>
        </span>
      )}
    </span>
  )
}
