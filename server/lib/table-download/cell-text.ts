// Numbers as official tables print them: indices, points and rates always with two decimals, a
// decimal comma in Vietnamese ("80,10") and a point in English ("80.10"); counts and a scheme's
// maxima ("100", "71,5") as they are.
import { round } from '#shared/kpi/round.ts'
import { type CsvValue, rankOfSizeInCsv } from '#shared/text/csv.ts'
import { formatMaxPoints, type TextLang } from '#shared/text/format-number.ts'
import type { ColumnKind } from './table-columns.ts'

/** A value of a column as the report-grade CSV writes it (text stays text). */
export function reportCellText(value: CsvValue, kind: ColumnKind, lang: TextLang): CsvValue {
  if (kind === 'rank' && typeof value === 'string') return rankOfSizeInCsv(value, lang)
  if (typeof value !== 'number' || !Number.isFinite(value)) return value
  if (kind === 'integer') return String(value)
  if (kind === 'text') return String(value)
  if (kind === 'maximum') return formatMaxPoints(value, lang)
  const text = round(value, 2).toFixed(2)
  return lang === 'vi' ? text.replace('.', ',') : text
}
