import type { TFunction } from 'i18next'
import {
  formatIndexPercent,
  formatMaxPoints,
  formatPoints,
  type Language,
} from '#client/lib/format.ts'
import type { ShareCell } from '../utils/to-compare-shares.ts'

/** "82,23 % (18,09/22)": the share compared, with the points and maximum it comes from. */
export function shareText(cell: ShareCell | null | undefined, lang: Language, t: TFunction) {
  if (!cell) return '–'
  return t('comparing.shareCell', {
    share: formatIndexPercent(cell.sharePct, lang),
    points: formatPoints(cell.points, lang),
    max: formatMaxPoints(cell.maxPoints, lang),
  })
}
