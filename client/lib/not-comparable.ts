import type { NotComparable } from '#shared/dto/ranking.ts'
import { formatIndexPercent, formatRank, type Language } from './format.ts'

/** i18next's t, as these helpers use it. */
type Translate = (key: string, options?: Record<string, unknown>) => string

/** "không so sánh được (đơn vị được sắp xếp lại)" */
export function notComparableText(nc: Pick<NotComparable, 'reason'>, t: Translate): string {
  return t('change.notComparableWhy', { reason: t(`change.reason.${nc.reason}`) })
}

/** "Tỉnh Long An 90,48% (hạng 11/63)" */
export function standingText(
  s: { unit: { code: string; name: string }; indexPct: number; rank: number; total: number },
  lang: Language,
  t: Translate,
  selfName?: string,
): string {
  return t('change.standing', {
    // A predecessor named like its successor (Long An's Sở Tài chính into Tây Ninh's, a ward
    // merged into a ward of its name) is "(cũ)", as the decisions after the mergers write it.
    name: s.unit.name === selfName ? t('change.former', { name: s.unit.name }) : s.unit.name,
    index: formatIndexPercent(s.indexPct, lang),
    rank: formatRank(s.rank, s.total),
  })
}

/**
 * "Đơn vị tiền thân năm 2024: Tỉnh Long An 90,48% (hạng 11/63)": the units this one succeeded,
 * as they stood, never as its own previous year. Null when there are none.
 */
export function predecessorsText(
  nc: NotComparable | null,
  lang: Language,
  t: Translate,
  selfName?: string,
): string | null {
  const list = nc?.predecessors ?? []
  if (list.length === 0) return null
  const year = list[0]?.year ?? nc?.previousYear
  return t('change.predecessors', {
    count: list.length,
    year,
    units: list.map((p) => standingText(p, lang, t, selfName)).join('; '),
  })
}

/**
 * "Năm 2025: không so sánh được với năm 2024 (đơn vị được sắp xếp lại)." — a year's withheld
 * change told in a sentence, for notes under a chart.
 */
export function yearWithheldText(
  year: number,
  nc: NotComparable,
  t: Translate,
  /** Further reasons in the same gap (a merger and a change of method), named beside it. */
  also: readonly NotComparable['reason'][] = [],
): string {
  return t(nc.rankOnly ? 'change.yearRankWithheld' : 'change.yearWithheld', {
    year,
    previous: nc.previousYear,
    reason: [nc.reason, ...also].map((reason) => t(`change.reason.${reason}`)).join('; '),
  })
}
