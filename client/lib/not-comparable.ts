import type { NotComparable } from '#shared/dto/ranking.ts'
import { formatDate, formatIndexPercent, formatRank, type Language } from './format.ts'
import { predecessorSteps } from './predecessor-steps.ts'

/** i18next's t, as these helpers use it. */
type Translate = (key: string, options?: Record<string, unknown>) => string

/** "không so sánh được (đơn vị được sắp xếp lại)" */
export function notComparableText(nc: Pick<NotComparable, 'reason'>, t: Translate): string {
  return t('change.notComparableWhy', { reason: t(`change.reason.${nc.reason}`) })
}

/** The unit a predecessor is named beside: its name, and the parent of its cohort that year. */
export type Successor = { name: string; parentCode: string | null }

type Predecessor = NotComparable['predecessors'][number]

/**
 * Ranked the year before under another parent than the successor's: Long An's Sở Nội vụ, of Long
 * An's 10 departments, beside Tây Ninh's Sở Nội vụ of its 15; a ward of Thành phố Long Xuyên's
 * 13 beside a ward of An Giang's.
 */
function isUnderOtherParent(p: Pick<Predecessor, 'parent'>, self: Successor | undefined): boolean {
  return !!p.parent && !!self?.parentCode && p.parent.code !== self.parentCode
}

/** The predecessor's name as the sentence gives it, its parent named or not. */
function predecessorName(
  p: Pick<Predecessor, 'unit' | 'parent'>,
  t: Translate,
  self: Successor | undefined,
  parentSaid: boolean,
): string {
  const name = p.unit.name
  // Ranked under another parent: the parent tells the two apart, and whose cohort the rank is of
  // ("Sở Nội vụ (Tỉnh Long An)"), unless the sentence has named it once for every predecessor.
  if (isUnderOtherParent(p, self))
    return parentSaid ? name : t('change.underParent', { name, parent: p.parent?.name })
  // Named like its successor under the same parent (a ward merged into a ward of its name): "(cũ)",
  // as the decisions after the mergers write it.
  return name === self?.name ? t('change.former', { name }) : name
}

/** "Tỉnh Long An 90,48% (hạng 11/63)", "Sở Nội vụ (Tỉnh Long An) 76,21% (hạng 7/10)" */
export function standingText(
  s: Pick<Predecessor, 'unit' | 'parent' | 'indexPct' | 'rank' | 'total'>,
  lang: Language,
  t: Translate,
  self?: Successor,
  parentSaid = false,
): string {
  return t('change.standing', {
    name: predecessorName(s, t, self, parentSaid),
    index: formatIndexPercent(s.indexPct, lang),
    rank: formatRank(s.rank, s.total),
  })
}

/**
 * "Đơn vị tiền thân năm 2024: Tỉnh Long An 90,48% (hạng 11/63)": the units this one succeeded,
 * as they stood, never as its own previous year. A predecessor ranked under another parent is
 * named with it; several all under one other parent have it said once ("Đơn vị tiền thân năm
 * 2024, thuộc Thành phố Long Xuyên: …"). The units it took in itself are listed, each with those
 * that had gone into it within the year as that step ("Phường Mỹ Xuyên 78,23% (hạng 5/13), gồm
 * Phường Đông Xuyên 77,08% (hạng 6/13) nhập vào ngày 01/01/2025"), as the profile's header and
 * history name them (predecessorSteps). Null when there are none.
 */
export function predecessorsText(
  nc: NotComparable | null,
  lang: Language,
  t: Translate,
  self?: Successor,
): string | null {
  const list = nc?.predecessors ?? []
  if (list.length === 0) return null
  const year = list[0]?.year ?? nc?.previousYear
  const parents = new Set(list.map((p) => p.parent?.code))
  const oneOtherParent =
    list.length > 1 && parents.size === 1 && list.every((p) => isUnderOtherParent(p, self))
  const standing = (p: Predecessor) => standingText(p, lang, t, self, oneOtherParent)
  const steps = predecessorSteps(list)
  const units = steps
    .map(({ unit, earlier }) => {
      // Its unit between not listed (not ranked the year before): the step said beside it.
      const own = unit.via
        ? t('change.wentVia', {
            standing: standing(unit),
            unit: unit.via.unit.name,
            date: formatDate(unit.via.date, lang),
          })
        : standing(unit)
      return earlier.reduce(
        (text, step) =>
          t('change.tookIn', {
            standing: text,
            units: step.units.map(standing).join(', '),
            date: formatDate(step.date, lang),
          }),
        own,
      )
    })
    .join('; ')
  return oneOtherParent
    ? t('change.predecessorsUnder', {
        count: steps.length,
        year,
        parent: list[0]?.parent?.name,
        units,
      })
    : t('change.predecessors', { count: steps.length, year, units })
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
