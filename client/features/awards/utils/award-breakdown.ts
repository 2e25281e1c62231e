// Awards by award × recipient type, the ones a unit gave (at its own level) apart from the ones it
// received from a level above: a table of the cohort's, and one line per unit that reads back as
// the decision wrote it ("Giấy khen — 10 tập thể, 8 cá nhân").
import { AWARD_KINDS, type AwardCode } from '#shared/domain/award-kinds.ts'
import type { AwardDirection } from '#shared/domain/award-direction.ts'
import type { AwardBreakdownLine } from '#shared/dto/award.ts'
import type { Language } from '#client/lib/format.ts'
import { recipientParts } from './award-headline.ts'

type Translate = (key: string, options?: Record<string, unknown>) => string

export type AwardBreakdownTableRow = {
  key: string
  direction: AwardDirection
  awardCode: string
  award: string
  collective: number
  individual: number
  household: number
  total: number
}

const awardName = (code: string, lang: Language) => AWARD_KINDS[code as AwardCode]?.[lang] ?? code

/** One row per direction and award (in the server's order), recipients by type across. */
export function breakdownTableRows(
  lines: readonly AwardBreakdownLine[],
  lang: Language,
): AwardBreakdownTableRow[] {
  const rows = new Map<string, AwardBreakdownTableRow>()
  for (const line of lines) {
    const key = `${line.direction}:${line.awardCode}`
    const row = rows.get(key) ?? {
      key,
      direction: line.direction,
      awardCode: line.awardCode,
      award: awardName(line.awardCode, lang),
      collective: 0,
      individual: 0,
      household: 0,
      total: 0,
    }
    if (line.recipientType === 'COLLECTIVE') row.collective += line.count
    else if (line.recipientType === 'INDIVIDUAL') row.individual += line.count
    else if (line.recipientType === 'HOUSEHOLD') row.household += line.count
    row.total += line.count
    rows.set(key, row)
  }
  return [...rows.values()]
}

/** "Giấy khen — 10 tập thể, 8 cá nhân; …" for one direction; null when there is none. */
export function directionText(
  lines: readonly AwardBreakdownLine[],
  direction: AwardDirection,
  lang: Language,
  t: Translate,
): string | null {
  const rows = breakdownTableRows(
    lines.filter((l) => l.direction === direction),
    lang,
  )
  if (rows.length === 0) return null
  return rows
    .map((row) =>
      t('awardBreakdown.item', { award: row.award, parts: recipientParts(row, lang, t) }),
    )
    .join('; ')
}
